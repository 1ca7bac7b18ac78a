using Csc.Analysis.Cli.Commands;
using Csc.Analysis.Csv;

namespace Csc.Analysis.Cli.Tests;

public sealed class SeriesCsvReadTests
{
    private static IReadOnlyList<InputSeries> ReadText(string text) => SeriesCsv.Read(new StringReader(text), "in.csv");

    private static SeriesCsvException Fails(string text) => Assert.Throws<SeriesCsvException>(() => ReadText(text));

    [Fact]
    public void Read_MonthValue_OneUnnamedSeriesInRowOrder()
    {
        var series = Assert.Single(ReadText("month,value\n2016-04,10\n2016-05,12.5\n2016-06,-3e2\n"));
        Assert.Null(series.Name);
        Assert.Equal(["2016-04", "2016-05", "2016-06"], series.Labels);
        Assert.Equal([10.0, 12.5, -300.0], series.Values);
    }

    [Fact]
    public void Read_TYHeaderAnyCase_LabelsKeptAsText()
    {
        var series = Assert.Single(ReadText(" T , Y \r\n007,1\r\nQ1,2\r\n"));
        Assert.Equal(["007", "Q1"], series.Labels);
        Assert.Equal([1.0, 2.0], series.Values);
    }

    [Fact]
    public void Read_BlankNaAndNaN_AreMissing()
    {
        var series = Assert.Single(ReadText("t,y\n1,\n2,NA\n3,nan\n4,  \n5,5\n"));
        Assert.Equal(4, series.MissingCount);
        Assert.True(double.IsNaN(series.Values[0]));
        Assert.Equal(5.0, series.Values[4]);
    }

    [Fact]
    public void Read_SeriesColumn_GroupsByNameInOrderOfFirstAppearance()
    {
        var all = ReadText("series,month,value,note\nB,2016-04,1,x\nA,2016-04,2,\nB,2016-05,3,\nA,2016-05,4,\n");
        Assert.Equal(["B", "A"], all.Select(s => s.Name));
        Assert.Equal([1.0, 3.0], all[0].Values);
        Assert.Equal([2.0, 4.0], all[1].Values);
        Assert.Equal(["2016-04", "2016-05"], all[1].Labels);
    }

    [Fact]
    public void Read_QuotedFields_CommasAndDoubledQuotesKept()
    {
        var all = ReadText("series,t,y\n\"North, \"\"A\"\"\",1,2\n");
        Assert.Equal("North, \"A\"", Assert.Single(all).Name);
    }

    [Fact]
    public void Read_ByteOrderMarkAndBlankLines_Ignored()
    {
        var series = Assert.Single(ReadText("\uFEFFt,y\n\n1,2\n\n"));
        Assert.Equal([2.0], series.Values);
    }

    [Fact]
    public void Read_BadNumber_ReportsFileLineColumnValueAndReason()
    {
        var ex = Fails("month,value\n2016-04,10\n2016-05,1,234\n2016-06,abc\n");
        Assert.Equal(2, ex.Errors.Count);
        Assert.Equal(new SeriesCsvError("in.csv", 3, null, null, "has 3 field(s) but the header has 2; quote fields that contain commas."), ex.Errors[0]);
        Assert.Equal("in.csv, line 4, column 'value': 'abc' is not a number: use digits with '.' as the decimal point and no thousands separators (for example 1234.5), or leave it blank when missing.",
            ex.Errors[1].ToString());
        Assert.StartsWith("in.csv: 2 problems; nothing was read.\n  in.csv, line 3: has 3 field(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Infinity_Refused()
    {
        var ex = Fails("t,y\n1,Infinity\n");
        Assert.Equal("in.csv, line 2, column 'y': 'Infinity' is not a finite number: use a finite value, or leave it blank when missing.", ex.Message);
    }

    [Fact]
    public void Read_MissingValueColumn_SaysWhatWasFound()
    {
        var ex = Fails("month,count\n2016-04,1\n");
        Assert.Equal("in.csv, line 1: the header has no 'value' or 'y' column; found 'month,count'. Expected 'month,value' or 't,y' (optionally with 'series').", ex.Message);
    }

    [Fact]
    public void Read_BothTimeColumns_Refused()
    {
        var ex = Fails("month,t,value\n2016-04,1,1\n");
        Assert.Equal("in.csv, line 1, column 't': is a second 'month' or 't' column (column 1 is one already); keep only one.", ex.Message);
    }

    [Fact]
    public void Read_EmptyFile_Refused()
    {
        var ex = Fails("\n  \n");
        Assert.Equal("in.csv, line 1: the file is empty: expected a header line 'month,value' or 't,y' (optionally with a 'series' column) and one row per point.", ex.Message);
    }

    [Fact]
    public void Read_HeaderOnly_Refused()
    {
        var ex = Fails("t,y\n");
        Assert.Equal("in.csv, line 1: has a header but no data rows: add one row per point.", ex.Message);
    }

    [Fact]
    public void Read_DuplicateLabelInSeries_Refused()
    {
        var ex = Fails("series,t,y\nA,1,1\nB,1,1\nA,1,2\n");
        Assert.Equal("in.csv, line 4, column 't': '1' repeats a time label in series 'A' first seen on line 2; each point must appear once.", ex.Message);
    }

    [Fact]
    public void Read_BlankLabelAndSeries_Refused()
    {
        var ex = Fails("series,t,y\n,1,1\nA,,1\n");
        Assert.Equal(2, ex.Errors.Count);
        Assert.Equal("in.csv, line 2, column 'series': is blank: every row needs a series name when the file has a 'series' column.", ex.Errors[0].ToString());
        Assert.Equal("in.csv, line 3, column 't': is blank: every row needs a time label (for example 2016-04).", ex.Errors[1].ToString());
    }

    [Fact]
    public void Read_UnclosedQuote_Refused()
    {
        var ex = Fails("t,y\n\"1,2\n");
        Assert.Equal("in.csv, line 2: has a quoted field with no closing quote (\"); quoted fields must end on the same line.", ex.Message);
    }

    [Fact]
    public void Read_ManyErrors_AllCountedFirstTwentyListed()
    {
        var text = "t,y\n" + string.Concat(Enumerable.Range(1, 25).Select(i => $"{i},x\n"));
        var ex = Fails(text);
        Assert.Equal(25, ex.Errors.Count);
        Assert.EndsWith("\n  ... and 5 more.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.csv");
        var ex = Assert.Throws<FileNotFoundException>(() => SeriesCsv.Read(path));
        Assert.Equal($"Input file '{path}' was not found. Check the path (relative paths are from the working folder).", ex.Message);
    }

    [Theory]
    [InlineData("month,value\n2017-01,1\n2017-13,2\n", 3, "2017-13", "is not a month: expected YYYY-MM with a month from 01 to 12, for example 2016-04.")]
    [InlineData("month,value\n2017-01,1\nJan-17,2\n", 3, "Jan-17", "is not a month: expected YYYY-MM with a month from 01 to 12, for example 2016-04.")]
    [InlineData("month,value\n2017-02,1\n2017-01,2\n", 3, "2017-01", "comes after 2017-02 (line 2): the months must be in order; sort the rows by month.")]
    [InlineData("month,value\n2017-01,1\n2017-03,2\n", 3, "2017-03", "follows 2017-01 (line 2): 2017-02 is missing; add each missing month with a blank value (a gap the command reports) rather than leaving it out.")]
    [InlineData("month,value\n2016-11,1\n2017-03,2\n", 3, "2017-03", "follows 2016-11 (line 2): 2016-12 to 2017-02 are missing; add each missing month with a blank value (a gap the command reports) rather than leaving it out.")]
    public void Read_MonthColumn_EveryLabelARealMonth_InOrder_NoneLeftOut(string text, int line, string value, string reason)
    {
        var error = Assert.Single(Fails(text).Errors);
        Assert.Equal(new SeriesCsvError("in.csv", line, "month", value, reason), error);
    }

    [Fact]
    public void Read_MonthColumn_OrderIsPerSeries_AndABlankValueKeepsTheMonth()
    {
        var series = ReadText("series,month,value\na,2017-01,1\nb,2016-06,5\na,2017-02,\nb,2016-07,6\na,2017-03,3\n");
        Assert.Equal(["2017-01", "2017-02", "2017-03"], series[0].Labels);
        Assert.True(double.IsNaN(series[0].Values[1]));
        Assert.Equal(["2016-06", "2016-07"], series[1].Labels);
        var error = Assert.Single(Fails("series,month,value\na,2017-01,1\nb,2017-01,5\na,2017-03,3\n").Errors);
        Assert.Equal("follows 2017-01 of series 'a' (line 2): 2017-02 is missing; add each missing month with a blank value (a gap the command reports) rather than leaving it out.", error.Reason);
    }

    [Fact]
    public void Read_TColumn_LabelsAreFreeText_NotCheckedAsMonths()
        => Assert.Equal(["Q3", "Q1"], ReadText("t,y\nQ3,1\nQ1,2\n")[0].Labels);
}

public sealed class SeriesCsvWriterTests
{
    [Fact]
    public void Output_NumbersRoundTripAndNaNIsBlank()
    {
        var text = new StringWriter();
        using (var writer = CsvOutput.Create(text, CsvAudience.Program, leaveOpen: true))
        {
            writer.Row("t", "y");
            writer.Text("a,b").Number(0.1 + 0.2).EndRow();
            writer.Text("c").Number(double.NaN).EndRow();
            writer.Text("d").Number(-1e-300).EndRow();
        }
        Assert.Equal("t,y\n\"a,b\",0.30000000000000004\nc,\nd,-1E-300\n", text.ToString());

        var back = SeriesCsv.Read(new StringReader(text.ToString()), "round-trip");
        var series = Assert.Single(back);
        Assert.Equal(["a,b", "c", "d"], series.Labels);
        Assert.Equal(0.1 + 0.2, series.Values[0]);
        Assert.True(double.IsNaN(series.Values[1]));
        Assert.Equal(-1e-300, series.Values[2]);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_Refused()
    {
        var ex = Assert.Throws<SeriesCsvException>(() => SeriesCsv.Read(new StringReader("t,y\n\"1\"x,2\n"), "in.csv"));
        Assert.Equal("in.csv, line 2: has text after a closing quote; put the whole field inside the quotes.", ex.Message);
    }

    [Fact]
    public void Read_SpacesAroundAQuotedField_AreNotPartOfIt()
    {
        var series = Assert.Single(SeriesCsv.Read(new StringReader("series,t,y\n \"North, A\" ,1,2\n"), "in.csv"));
        Assert.Equal("North, A", series.Name);
    }

    [Fact]
    public void Create_WritesFileInNewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"seriescsv-{Guid.NewGuid():N}");
        var path = Path.Combine(folder, "out.csv");
        try
        {
            using (var writer = CsvOutput.Create(path, CsvAudience.Program))
            {
                writer.Row("month", "value");
                writer.Text("2016-04").Number(1.5).EndRow();
            }
            var series = Assert.Single(SeriesCsv.Read(path));
            Assert.Equal([1.5], series.Values);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
