using Csc.Analysis.Csv;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Csv;

public sealed class CsvOutputTests
{
    [Theory]
    [InlineData(null, "\n")]
    [InlineData("plain", "plain\n")]
    [InlineData("a,b", "\"a,b\"\n")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"\n")]
    [InlineData("two\nlines", "\"two\nlines\"\n")]
    [InlineData(" edge", "\" edge\"\n")]
    [InlineData("edge\t", "\"edge\t\"\n")]
    public void Text_IsQuotedOnlyWhenNeeded(string? field, string expected)
        => Assert.Equal(expected, CsvOutput.ToText(CsvAudience.Program, csv => csv.Text(field).Text("x").EndRow()).Replace(",x", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void Cells_AreTyped_InvariantAndRoundTrip()
    {
        var text = CsvOutput.ToText(CsvAudience.Program, csv =>
            csv.Cell(0.1 + 0.2).Cell(-5).Cell(12L).Cell(new DateOnly(2016, 2, 29)).Cell(new ReportingMonth(2017, 5)).Cell(true).Cell(null).Cell(double.NaN).Cell(1e21).EndRow());
        Assert.Equal("0.30000000000000004,-5,12,2016-02-29,2017-05,true,,,1E+21\n", text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a=b", "a=b")]
    public void Spreadsheet_NeutralisesTextThatLooksLikeAFormula(string field, string expected)
    {
        Assert.Equal(expected + "\n", CsvOutput.ToText(CsvAudience.Spreadsheet, csv => csv.Text(field).EndRow()));
        Assert.DoesNotContain("'", CsvOutput.ToText(CsvAudience.Program, csv => csv.Text(field).EndRow()), StringComparison.Ordinal);
    }

    [Fact]
    public void Spreadsheet_ReplacesDirectionControls_ProgramKeepsThem()
    {
        Assert.Equal("team \uFFFDgnp.exe,\uFFFDhead\n", CsvOutput.ToText(CsvAudience.Spreadsheet, csv => { csv.Text("team \u202Egnp.exe").Cell("\u2066head").EndRow(); }));
        Assert.Equal("\uFFFDa,b\n", CsvOutput.ToText(CsvAudience.Spreadsheet, csv => csv.Row("\u202Ba", "b")));
        Assert.Equal("team \u202Egnp.exe\n", CsvOutput.ToText(CsvAudience.Program, csv => csv.Text("team \u202Egnp.exe").EndRow()));
    }

    [Fact]
    public void Spreadsheet_LeavesNumbersAlone()
        => Assert.Equal("-5.5,-3\n", CsvOutput.ToText(CsvAudience.Spreadsheet, csv => csv.Number(-5.5).Number(-3L).EndRow()));

    [Fact]
    public void Create_MakesTheFolder_AndWritesUtf8WithoutByteOrderMark()
    {
        var folder = Path.Combine(Path.GetTempPath(), "csv-output-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "sub", "t.csv");
            using (var csv = CsvOutput.Create(path, CsvAudience.Program))
            {
                csv.Row("é", "b");
            }
            Assert.Equal([0xC3, 0xA9, (byte)',', (byte)'b', (byte)'\n'], File.ReadAllBytes(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_ThatThrowsPartWay_KeepsThePreviousFile_AndLeavesNoTemporaryFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "csc-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "kpis.csv");
            File.WriteAllText(path, "kpi_id,month\nA,2017-05\n");
            var before = File.ReadAllBytes(path);
            Assert.Throws<IOException>(() => CsvOutput.Write(path, CsvAudience.Program, csv =>
            {
                for (var i = 0; i < 50_000; i++)
                {
                    csv.Row("B", "2017-06");
                }
                throw new IOException("killed");
            }));
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Single(Directory.GetFiles(folder));

            CsvOutput.Write(path, CsvAudience.Program, csv => csv.Row("x", "y"));
            Assert.Equal("x,y\n", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
