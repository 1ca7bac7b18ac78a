using System.Text;
using Csc.Analysis.Calendar;

namespace Csc.Analysis.Tests.Calendar;

public sealed class HolidayFileTests
{
    private static IReadOnlyList<BankHoliday> Read(string json)
        => WorkingDayCalendar.ReadHolidayJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "holidays.json");

    private static string Error(string json) => Assert.Throws<HolidayFileException>(() => Read(json)).Message;

    [Fact]
    public void Read_DivisionShape_ReadsEvents()
    {
        var list = Read("""{"division":"england-and-wales","events":[{"title":"Council closure","date":"2017-12-27","notes":"","bunting":false},{"date":"2017-12-28"}]}""");
        Assert.Equal([new BankHoliday(new DateOnly(2017, 12, 27), "Council closure"), new BankHoliday(new DateOnly(2017, 12, 28), "Closure")], list);
    }

    [Fact]
    public void Read_FullGovUkShape_TakesEnglandAndWalesOnly()
    {
        var json = """
            {
              "england-and-wales": {"division": "england-and-wales", "events": [
                {"title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day", "bunting": true}]},
              "scotland": {"division": "scotland", "events": [{"title": "2nd January", "date": "2028-01-04", "notes": "", "bunting": true}]},
              "northern-ireland": {"division": "northern-ireland", "events": [{"title": "St Patrick’s Day", "date": "2028-03-17", "notes": "", "bunting": true}]}
            }
            """;
        Assert.Equal([new BankHoliday(new DateOnly(2028, 1, 3), "New Year’s Day")], Read(json));
    }

    [Fact]
    public void Read_FileOnDisk_ExtendsTheCalendar()
    {
        var path = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"events":[{"title":"Council closure","date":"2017-12-27"}]}""");
        try
        {
            var cal = WorkingDayCalendar.EnglandAndWales.WithExtraClosures(WorkingDayCalendar.ReadHolidayFile(path));
            Assert.False(cal.IsWorkingDay(new DateOnly(2017, 12, 27)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_ExactMessage()
    {
        var ex = Assert.Throws<HolidayFileException>(() => WorkingDayCalendar.ReadHolidayFile("no-such-file.json"));
        Assert.Equal("Holiday file 'no-such-file.json': the file does not exist.", ex.Message);
    }

    [Fact]
    public void Read_BadJson_SaysWhere()
        // the closing quote of "date" is missing: the reader fails at line 1
        => Assert.StartsWith("Holiday file 'holidays.json': not valid JSON (line 1, position ", Error("""{"events":[{"date:"2017-12-27"}]}"""));

    [Fact]
    public void Read_NotAnObject_ExactMessage()
        => Assert.Equal("Holiday file 'holidays.json': expected a JSON object in the shape of gov.uk bank-holidays.json.", Error("[]"));

    [Fact]
    public void Read_NoDivision_ExactMessage()
        => Assert.Equal("Holiday file 'holidays.json': no \"england-and-wales\" division and no \"events\" array: not the gov.uk bank-holidays.json shape.", Error("""{"scotland":{"events":[]}}"""));

    [Fact]
    public void Read_EventsNotAnArray_ExactMessage()
        => Assert.Equal("Holiday file 'holidays.json': the division has no \"events\" array.", Error("""{"events":{}}"""));

    [Fact]
    public void Read_MissingDate_ExactMessageCountsFromOne()
        => Assert.Equal("Holiday file 'holidays.json': event 2 has no \"date\" string.", Error("""{"events":[{"date":"2017-12-27"},{"title":"x"}]}"""));

    [Fact]
    public void Read_BadDate_ExactMessage()
        => Assert.Equal("Holiday file 'holidays.json': event 1 has date '27/12/2017', expected yyyy-MM-dd.", Error("""{"events":[{"date":"27/12/2017"}]}"""));

    [Fact]
    public void Read_ImpossibleDate_ExactMessage()
        => Assert.Equal("Holiday file 'holidays.json': event 1 has date '2017-02-29', expected yyyy-MM-dd.", Error("""{"events":[{"date":"2017-02-29"}]}"""));

    [Fact]
    public void Read_DateOutsideCalendar_ExactMessage()
        => Assert.Equal("Holiday file 'holidays.json': event 1 date 2061-01-03 is outside the calendar's range 1995-01-01 to 2060-12-31.", Error("""{"events":[{"date":"2061-01-03"}]}"""));

    [Fact]
    public void Exception_CarriesFileAndReason()
    {
        var ex = Assert.Throws<HolidayFileException>(() => Read("[]"));
        Assert.Equal("holidays.json", ex.File);
        Assert.Equal("expected a JSON object in the shape of gov.uk bank-holidays.json.", ex.Reason);
    }
}
