namespace Csc.Analysis.Cli.Tests;

/// <summary>Outputs over inputs are refused by every command that reads case data (exit 2, one line, nothing written).</summary>
public sealed class CliArgumentsTests : IDisposable
{
    private const string ChildrenHeader = "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n";
    private readonly CliRun cli = new();

    public CliArgumentsTests()
    {
        cli.Write("in/children.csv", ChildrenHeader);
        cli.Write("in/referrals.csv", "referral_id,child_id\n");
        cli.Write("kpi-config.json", "{}");
    }

    public void Dispose() => cli.Dispose();

    private string In(string name) => Path.Combine(cli.Folder, "in", name);

    private void AssertRefused(string option, string because, params string[] args)
    {
        var before = Directory.GetFiles(Path.Combine(cli.Folder, "in")).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        Assert.Equal(ExitCodes.Usage, cli.Run(args));
        var line = Assert.Single(cli.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"csc-kpi: {option} '", line, StringComparison.Ordinal);
        Assert.Contains(because, line, StringComparison.Ordinal);
        Assert.EndsWith("write outputs somewhere else, so the data cannot be overwritten.", line, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(cli.Folder, "in")).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList());
    }

    [Fact]
    public void Kpis_OutOverAnInputFileOrTheConfig_IsRefused()
    {
        AssertRefused("--out", $"is inside the input folder '{Path.Combine(cli.Folder, "in")}'", "kpis", "--data", "in", "--out", "in/referrals.csv");
        AssertRefused("--out", $"is the input file '{Path.Combine(cli.Folder, "kpi-config.json")}'", "kpis", "--data", "in", "--config", "kpi-config.json", "--out", "kpi-config.json");
        AssertRefused("--out", "is the input file", "kpis", "--data", "in/children.csv", "--out", "in/children.csv");
    }

    [Fact]
    public void Report_OutInsideTheInput_IsRefused()
        => AssertRefused("--out", "is inside the input folder", "report", "--data", "in", "--out", "in/report.html");

    [Fact]
    public void Export_OutIsOrIsInsideTheInput_IsRefused()
    {
        AssertRefused("--out", "is the input folder", "export", "--data", "in", "--out", "in");
        AssertRefused("--out", "is inside the input folder", "export", "--data", "in", "--out", "in/powerbi");
        Assert.False(Directory.Exists(In("powerbi")));
    }

    [Fact]
    public void Validate_IssuesOverAnInput_IsRefused()
        => AssertRefused("--issues", "is inside the input folder", "validate", "--data", "in", "--issues", "in/children.csv");

    [Fact]
    public void Investigate_OutOrRowsInsideTheInput_IsRefused()
    {
        AssertRefused("--out", "is inside the input folder", "investigate", "data-quality", "--data", "in", "--out", "in/dq.json");
        AssertRefused("--rows", "is inside the input folder", "investigate", "icpc-recording", "--data", "in", "--out", "icpc.json", "--rows", "in/referrals.csv");
        Assert.False(File.Exists(Path.Combine(cli.Folder, "icpc.json")));
    }

    [Fact]
    public void Spc_OutOverItsInput_IsRefused()
    {
        cli.Write("in/series.csv", "month,value\n2017-01,1\n");
        AssertRefused("--out", "is the input file", "spc", "--input", "in/series.csv", "--out", "in/series.csv");
    }

    [Fact]
    public void OutputFolderThatCannotBeWritten_IsOneMessage_AndExit2()
    {
        cli.Write("blocker", "x");
        cli.Write("series.csv", "month,value\n2017-01,1\n2017-02,2\n");
        Assert.Equal(ExitCodes.Usage, cli.Run("spc", "--input", "series.csv", "--out", "blocker/spc.csv"));
        Assert.Equal($"csc-kpi: cannot write '{Path.Combine(cli.Folder, "blocker", "spc.csv")}': the folder '{Path.Combine(cli.Folder, "blocker")}' cannot be written (", cli.Error[..(cli.Error.IndexOf('(', StringComparison.Ordinal) + 1)]);
        Assert.Single(cli.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal("x", File.ReadAllText(Path.Combine(cli.Folder, "blocker")));
    }
}
