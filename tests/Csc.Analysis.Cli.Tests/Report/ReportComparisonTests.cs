using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests.Report;

/// <summary><c>report --la</c> and <c>--published</c>: the "How we compare" section's council and published figures, and their bad values.</summary>
public sealed class ReportComparisonTests
{
    private static string Published => Path.Combine(Repo.Root(), "published", "dfe-lait");

    private static string Section(string html)
    {
        var start = html.IndexOf(">How we compare</h2>", StringComparison.Ordinal);
        Assert.True(start > 0, "no How we compare section");
        return html[start..html.IndexOf(">Data quality</h2>", start, StringComparison.Ordinal)];
    }

    [SampleDataFact]
    public void Report_Defaults_ConfigCouncilAndBundledFiguresFoundFromTheDataFolder()
    {
        // The working folder is outside the checkout: the bundled figures are found from the data folder's repository.
        using var run = new CliRun();
        var code = run.Run("report", "--data", Repo.SampleFolder, "--out", "r.html");
        Assert.True(code == ExitCodes.Ok, run.Error);
        var section = Section(File.ReadAllText(Path.Combine(run.Folder, "r.html")));
        Assert.Contains("Havering (311) beside the figures the Department for Education publishes", section, StringComparison.Ordinal);
        Assert.Contains("How we compare, 2016-17 (the year to 31 March 2017)", section, StringComparison.Ordinal);
        Assert.DoesNotContain("unavailable", section, StringComparison.Ordinal);
    }

    [SampleDataFact]
    public void Report_LaAndPublished_OverrideTheConfig()
    {
        using var run = new CliRun();
        var code = run.Run("report", "--data", Repo.SampleFolder, "--la", "303", "--published", Published, "--out", "r.html");
        Assert.True(code == ExitCodes.Ok, run.Error);
        var section = Section(File.ReadAllText(Path.Combine(run.Folder, "r.html")));
        Assert.Contains("Bexley (303) beside the figures", section, StringComparison.Ordinal);
        Assert.Contains("Havering", section, StringComparison.Ordinal); // one of Bexley's neighbours
    }

    [SampleDataFact]
    public void Report_BadLa_OneSentenceAndUsageExit()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Usage, run.Run("report", "--data", Repo.SampleFolder, "--published", Published, "--la", "Havering", "--out", "r.html"));
        Assert.Equal("csc-kpi: --la 'Havering' is not a council's DfE number: use a whole number such as 311.\n", run.Error);
        Assert.Equal(ExitCodes.Usage, run.Run("report", "--data", Repo.SampleFolder, "--published", Published, "--la", "970", "--out", "r.html"));
        Assert.Equal("csc-kpi: --la 970 is not a council in the published figures: use a council's DfE number (e.g. 311 for Havering).\n", run.Error);
        Assert.False(File.Exists(Path.Combine(run.Folder, "r.html")));
    }

    [SampleDataFact]
    public void Report_PublishedFolderMissing_OneSentenceAndDataErrorExit()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.DataErrors, run.Run("report", "--data", Repo.SampleFolder, "--published", "nowhere", "--out", "r.html"));
        Assert.StartsWith("csc-kpi: The published figures folder '", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(Path.Combine(run.Folder, "r.html")));
    }

    [SampleDataFact]
    public void Report_NoCouncilNamed_SectionSaysWhatWouldGiveIt()
    {
        using var run = new CliRun();
        // the sample's data with the built-in catalogue (no la_code)
        run.Write("config.json", """{ "kpis": {} }""");
        var code = run.Run("report", "--data", Repo.SampleFolder, "--config", "config.json", "--published", Published, "--out", "r.html");
        Assert.True(code == ExitCodes.Ok, run.Error);
        var section = Section(File.ReadAllText(Path.Combine(run.Folder, "r.html")));
        Assert.Contains("class=\"meta unavailable\"", section, StringComparison.Ordinal);
        Assert.Contains("no council is named. Its DfE number as la_code in the KPI config (311 for Havering), or the report&#39;s --la CODE, would give the comparison.", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Help_ShowsLaPublishedAndExamples()
    {
        using var run = new CliRun();
        run.Run("report", "--help");
        Assert.Contains("--la", run.Out, StringComparison.Ordinal);
        Assert.Contains("--published", run.Out, StringComparison.Ordinal);
        Assert.Contains("csc-kpi report --data extract/ --la 303 --published published/dfe-lait", run.Out, StringComparison.Ordinal);
    }
}
