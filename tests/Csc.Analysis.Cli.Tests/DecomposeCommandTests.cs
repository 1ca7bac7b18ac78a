using System.Globalization;
using Csc.Analysis.Statistics.Decomposition;

namespace Csc.Analysis.Cli.Tests;

public sealed class DecomposeCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"decompose-{Guid.NewGuid():N}");
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public DecomposeCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static double Value(int i) => 100 + 0.5 * i + 10 * Math.Sin(i * Math.PI / 6) + (i * 37 % 11) / 5.0;

    private static string Month(int i) => $"{2014 + (i + 3) / 12}-{(i + 3) % 12 + 1:00}";

    private string WriteInput(string text)
    {
        File.WriteAllText(Path.Combine(folder, "in.csv"), text);
        return "in.csv";
    }

    private static string MonthlyCsv(int months, string? series = null, Func<int, string>? value = null)
    {
        var lines = Enumerable.Range(0, months).Select(i =>
            (series is null ? string.Empty : series + ",") + Month(i) + "," + (value ?? (j => Value(j).ToString("R", CultureInfo.InvariantCulture)))(i));
        return string.Join("\n", lines) + "\n";
    }

    private async Task<int> Run(params string[] args)
        => await CliApp.RunAsync(["decompose", .. args], new CliEnvironment(output, error, TimeProvider.System, false, folder));

    private string[] OutputLines() => File.ReadAllLines(Path.Combine(folder, "out.csv"));

    [Fact]
    public async Task Decompose_StlOneSeries_WritesComponentsEqualToLibrary()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));

        var code = await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "7");

        Assert.Equal(ExitCodes.Ok, code);
        var lines = OutputLines();
        Assert.Equal("t,observed,seasonal,trend,remainder,weights", lines[0]);
        Assert.Equal(37, lines.Length);
        var expected = Stl.Decompose(Enumerable.Range(0, 36).Select(Value).ToArray(), new StlOptions { Period = 12, SeasonalWindow = 7 });
        var cells = lines[5].Split(',');
        Assert.Equal(Month(4), cells[0]);
        Assert.Equal(expected.Seasonal[4], double.Parse(cells[2], CultureInfo.InvariantCulture));
        Assert.Equal(expected.Trend[4], double.Parse(cells[3], CultureInfo.InvariantCulture));
        Assert.Equal(expected.Remainder[4], double.Parse(cells[4], CultureInfo.InvariantCulture));
        Assert.Equal("1", cells[5]);
        Assert.Contains("Decomposed 1 of 1 series", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Parameters: STL (R defaults), period 12, seasonal window 7 (degree 0, jump 1), trend window 23 (degree 1, jump 3), low-pass window 13 (degree 1, jump 2), inner 2, outer 0.",
            output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_ManySeries_LeadingSeriesColumnInInputOrder()
    {
        WriteInput("series,t,y\n" + MonthlyCsv(30, "north") + MonthlyCsv(40, "south"));

        var code = await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "periodic", "--robust");

        Assert.Equal(ExitCodes.Ok, code);
        var lines = OutputLines();
        Assert.Equal("series,t,observed,seasonal,trend,remainder,weights", lines[0]);
        Assert.Equal(1 + 30 + 40, lines.Length);
        Assert.StartsWith("north,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("south,", lines[31], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_ClassicalMultiplicative_BlankTrendAtEnds()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));

        var code = await Run("--input", "in.csv", "--out", "out.csv", "--method", "classical", "--type", "multiplicative");

        Assert.Equal(ExitCodes.Ok, code);
        var lines = OutputLines();
        // Period 12: the 13-term centred average is missing for the first and last 6 months.
        Assert.Equal(string.Empty, lines[1].Split(',')[3]);
        Assert.Equal(string.Empty, lines[6].Split(',')[3]);
        Assert.NotEqual(string.Empty, lines[7].Split(',')[3]);
        Assert.Equal(string.Empty, lines[36].Split(',')[4]);
        Assert.Contains("classical multiplicative, period 12, centred moving average of 13 terms", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_StatsmodelsDefaults_NoWindowNeeded()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));
        Assert.Equal(ExitCodes.Ok, await Run("--input", "in.csv", "--out", "out.csv", "--defaults", "statsmodels", "--robust"));
        Assert.Contains("STL (statsmodels defaults), period 12, seasonal window 7 (degree 1, jump 1), trend window 23 (degree 1, jump 1), low-pass window 13 (degree 1, jump 1), inner 2, outer 15",
            output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_AllStlOptions_Accepted()
    {
        WriteInput("month,value\n" + MonthlyCsv(48));
        var code = await Run("--input", "in.csv", "--out", "out.csv", "--method", "stl", "--period", "12", "--seasonal-window", "9",
            "--trend-window", "15", "--lowpass-window", "13", "--seasonal-degree", "1", "--trend-degree", "0", "--lowpass-degree", "1",
            "--seasonal-jump", "2", "--trend-jump", "3", "--lowpass-jump", "4", "--inner", "3", "--outer", "2", "--type", "additive");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("seasonal window 9 (degree 1, jump 2), trend window 15 (degree 0, jump 3), low-pass window 13 (degree 1, jump 4), inner 3, outer 2",
            output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_RDefaultsWithoutWindow_UsageError()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));
        Assert.Equal(ExitCodes.Usage, await Run("--input", "in.csv", "--out", "out.csv"));
        Assert.Equal("csc-kpi: --seasonal-window is required with --defaults r (as in R's stl): give an odd number (7 or more is usual; larger means a steadier seasonal pattern) or 'periodic' for the same pattern every year.\n",
            error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Decompose_StatsmodelsEvenWindow_UsageErrorFromLibrary()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));
        Assert.Equal(ExitCodes.Usage, await Run("--input", "in.csv", "--out", "out.csv", "--defaults", "statsmodels", "--trend-window", "50"));
        Assert.Contains("The trend window must be an odd whole number of at least 3 (got 50; statsmodels refuses even windows): use 51.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_REvenWindows_FittedAsNextOddAndSaid()
    {
        WriteInput("month,value\n" + MonthlyCsv(60));
        Assert.Equal(ExitCodes.Ok, await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "8", "--trend-window", "50"));
        var text = output.ToString();
        Assert.Contains("seasonal window 9 (degree 0, jump 1), trend window 51 (degree 1, jump 5)", text, StringComparison.Ordinal);
        Assert.Contains("As R's stl does, the even seasonal window 8 was fitted as 9 (default jumps use 8); the even trend window 50 was fitted as 51 (default jumps use 50).",
            text, StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Decompose_WindowNotANumber_UsageError()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));
        Assert.Equal(ExitCodes.Usage, await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "seven"));
        Assert.Contains("--seasonal-window must be an odd whole number (7 or more is usual) or 'periodic', not 'seven'.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_ClassicalWithStlOptions_UsageError()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));
        Assert.Equal(ExitCodes.Usage, await Run("--input", "in.csv", "--out", "out.csv", "--method", "classical", "--robust", "--trend-window", "13"));
        Assert.Contains("--trend-window, --robust only apply to --method stl; remove them or use --method stl.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_StlMultiplicative_UsageError()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));
        Assert.Equal(ExitCodes.Usage, await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "7", "--type", "multiplicative"));
        Assert.Contains("STL is additive: use --method classical --type multiplicative, or decompose the logarithms of the values with STL.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_UnknownMethod_UsageError()
    {
        WriteInput("month,value\n" + MonthlyCsv(36));
        Assert.Equal(ExitCodes.Usage, await Run("--input", "in.csv", "--out", "out.csv", "--method", "x11"));
        Assert.Contains("--method must be stl or classical, not 'x11'.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_ShortSeriesAmongMany_OthersWrittenExitOne()
    {
        WriteInput("series,month,value\n" + MonthlyCsv(20, "short") + MonthlyCsv(36, "long"));

        var code = await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "7");

        Assert.Equal(ExitCodes.DataErrors, code);
        Assert.Equal(37, OutputLines().Length);
        Assert.Contains("Decomposed 1 of 2 series", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 series could not be decomposed:\n  series 'short': STL needs at least two full periods: the series has 20 value(s) but period 12 needs at least 24.",
            error.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_MissingValues_RefusedWithHint()
    {
        WriteInput("month,value\n" + MonthlyCsv(36, value: i => i is 10 or 11 ? string.Empty : Value(i).ToString("R", CultureInfo.InvariantCulture)));

        Assert.Equal(ExitCodes.DataErrors, await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "7"));
        Assert.Contains($"the series: 2 missing value(s), the first at t={Month(10)}: decomposition needs a complete series. Add --fill-gaps to interpolate gaps inside the series, or remove missing points at the ends.",
            error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_FillGaps_InterpolatesAndFlags()
    {
        WriteInput("month,value\n" + MonthlyCsv(36, value: i => i == 10 ? string.Empty : Value(i).ToString("R", CultureInfo.InvariantCulture)));

        Assert.Equal(ExitCodes.Ok, await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "7", "--fill-gaps"));
        var lines = OutputLines();
        Assert.Equal("t,observed,seasonal,trend,remainder,weights,imputed", lines[0]);
        var row = lines[11].Split(',');
        Assert.Equal("true", row[6]);
        // Linear interpolation between months 9 and 11.
        Assert.Equal((Value(9) + Value(11)) / 2, double.Parse(row[1], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal("false", lines[10].Split(',')[6]);
    }

    [Fact]
    public async Task Decompose_FillGapsAtEnd_Refused()
    {
        WriteInput("month,value\n" + MonthlyCsv(36, value: i => i == 35 ? string.Empty : Value(i).ToString("R", CultureInfo.InvariantCulture)));

        Assert.Equal(ExitCodes.DataErrors, await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "7", "--fill-gaps"));
        Assert.Contains("the series: Cannot interpolate: the last 1 value(s) are missing (after index 34), and a gap at the start or end has no value on one side. Remove the missing points at the ends of the series.",
            error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_BadCsv_DataErrorWithLine()
    {
        WriteInput("month,value\n2016-04,1\n2016-05,lots\n");
        Assert.Equal(ExitCodes.DataErrors, await Run("--input", "in.csv", "--out", "out.csv", "--seasonal-window", "7"));
        Assert.Contains("line 3, column 'value': 'lots' is not a number", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_MissingInputOption_UsageError()
    {
        Assert.Equal(ExitCodes.Usage, await Run("--out", "out.csv"));
        Assert.Contains("--input", error.ToString(), StringComparison.Ordinal);
    }
}
