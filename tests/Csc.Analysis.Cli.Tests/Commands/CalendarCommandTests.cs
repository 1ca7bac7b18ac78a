namespace Csc.Analysis.Cli.Tests;

public sealed class CalendarCommandTests
{
    [Fact]
    public void Calendar_Range_PrintsClosuresAsCsv()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("calendar", "--from", "2016-12-24", "--to", "2017-01-02"));
        Assert.Equal("date,name\n2016-12-26,Boxing Day\n2016-12-27,Christmas Day (substitute day)\n2017-01-02,New Year's Day (substitute day)\n", cli.Out);
    }

    [Fact]
    public void Calendar_Range_2022_HasTheOneOffs()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("calendar", "--from", "2022-06-01", "--to", "2022-09-30"));
        Assert.Equal(
            "date,name\n2022-06-02,Spring bank holiday\n2022-06-03,Platinum Jubilee bank holiday\n2022-08-29,Summer bank holiday\n2022-09-19,Bank Holiday for the State Funeral of Queen Elizabeth II\n",
            cli.Out);
    }

    [Fact]
    public void Calendar_RangeWithoutClosures_HeaderOnly()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("calendar", "--from", "2017-06-01", "--to", "2017-06-30"));
        Assert.Equal("date,name\n", cli.Out);
    }

    [Theory]
    [InlineData("2017-05-05", "2017-05-08", "1")]  // Friday to Monday
    [InlineData("2017-05-10", "2017-05-10", "0")]  // same day
    [InlineData("2017-03-06", "2017-03-27", "15")] // strategy discussion to ICPC
    [InlineData("2017-05-08", "2017-05-05", "-1")]
    [InlineData("2017-04-13", "2017-04-18", "1")]  // over Easter
    public void Calendar_CountWorkingDays_PrintsOneInteger(string a, string b, string expected)
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("calendar", "--count-working-days", a, b));
        Assert.Equal(expected + "\n", cli.Out);
    }

    [Fact]
    public void Calendar_HolidayFile_AddsClosures()
    {
        using var cli = new CliRun();
        cli.Write("closures.json", """{"division":"england-and-wales","events":[{"title":"Council closure, Christmas","date":"2017-12-27"}]}""");
        Assert.Equal(0, cli.Run("calendar", "--from", "2017-12-25", "--to", "2017-12-31", "--holidays", "closures.json"));
        Assert.Equal("date,name\n2017-12-25,Christmas Day\n2017-12-26,Boxing Day\n2017-12-27,\"Council closure, Christmas\"\n", cli.Out);
        // Fri 22 Dec to Fri 29 Dec: 28 and 29 only
        Assert.Equal(0, cli.Run("calendar", "--count-working-days", "2017-12-22", "2017-12-29", "--holidays", "closures.json"));
        Assert.Equal("2\n", cli.Out);
    }

    [Fact]
    public void Calendar_BadHolidayFile_Exit2WithReason()
    {
        using var cli = new CliRun();
        var path = cli.Write("closures.json", """{"events":[{"title":"x","date":"27/12/2017"}]}""");
        Assert.Equal(2, cli.Run("calendar", "--from", "2017-01-01", "--to", "2017-12-31", "--holidays", "closures.json"));
        Assert.Equal($"csc-kpi: Holiday file '{path}': event 1 has date '27/12/2017', expected yyyy-MM-dd.\n", cli.Error);
        Assert.Equal(string.Empty, cli.Out);
    }

    [Fact]
    public void Calendar_MissingHolidayFile_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("calendar", "--count-working-days", "2017-01-03", "2017-01-04", "--holidays", "none.json"));
        Assert.Equal($"csc-kpi: Holiday file '{Path.Combine(cli.Folder, "none.json")}': the file does not exist.\n", cli.Error);
    }

    [Fact]
    public void Calendar_ToBeforeFrom_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("calendar", "--from", "2017-02-01", "--to", "2017-01-01"));
        Assert.Equal("csc-kpi: --to 2017-01-01 is before --from 2017-02-01.\n", cli.Error);
    }

    [Fact]
    public void Calendar_BadDate_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("calendar", "--from", "2017-02-30", "--to", "2017-03-01"));
        Assert.Equal("csc-kpi: --from '2017-02-30' is not a date: expected YYYY-MM-DD, for example 2017-05-31.\n", cli.Error);
    }

    [Fact]
    public void Calendar_OutsideTable_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("calendar", "--count-working-days", "1990-01-01", "2017-01-01"));
        Assert.Equal("csc-kpi: --count-working-days 1990-01-01 is outside the calendar: it covers 1995-01-01 to 2060-12-31.\n", cli.Error);
    }

    [Fact]
    public void Calendar_NoModeOrBothModes_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("calendar", "--from", "2017-01-01"));
        Assert.Equal("csc-kpi: give --from and --to (list closures), or --count-working-days A B.\n", cli.Error);
        Assert.Equal(2, cli.Run("calendar", "--from", "2017-01-01", "--to", "2017-02-01", "--count-working-days", "2017-01-03", "2017-01-04"));
        Assert.Equal("csc-kpi: give either --from and --to (list closures) or --count-working-days A B, not both.\n", cli.Error);
    }

    [Fact]
    public void Calendar_CountWithOneDate_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("calendar", "--count-working-days", "2017-01-03"));
        Assert.Contains("--count-working-days", cli.Error);
    }
}
