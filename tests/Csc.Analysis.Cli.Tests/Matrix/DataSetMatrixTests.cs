using System.Diagnostics;
using System.Text.RegularExpressions;
using Csc.Analysis.Cli.Tests.Kpis;
using Xunit.Abstractions;

namespace Csc.Analysis.Cli.Tests.Matrix;

/// <summary>
/// Every notebook executed and published, and the monthly report written, on each kind of data
/// the kit loads: the sample, a generated council without a config, a 13-month history, the tests'
/// own small SSDA903, CIN census and Annex A files and the public validators' samples in
/// ../shared/external-samples (skipped with a message when absent). Each run exits 0, every page is
/// written, and each page says which parts this data cannot give (or, on the sample, that nothing
/// is missing; a council without a config cannot be compared with the published figures, and says so). The time of
/// each data set goes to the test output.
/// </summary>
[Collection(NotebookCliCollection.Name)]
public sealed partial class DataSetMatrixTests(GeneratedCouncilsFixture councils, ITestOutputHelper output) : IClassFixture<GeneratedCouncilsFixture>
{
    private const string Unavailable = "Not available with this data (";

    [GeneratedRegex(@"cell \d+ failed")]
    private static partial Regex CellFailed();

    private static IReadOnlyList<string> NotebookNames()
        => [.. Directory.GetFiles(MatrixData.Notebooks, "*.ipynb")
            .Where(p => !p.EndsWith(".out.ipynb", StringComparison.OrdinalIgnoreCase)) // a local `notebook run`'s outputs, not a notebook
            .Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal)];

    /// <summary>Report and publish on <paramref name="data"/>; returns the report and the pages by notebook name.</summary>
    private (string Report, IReadOnlyDictionary<string, string> Pages) Check(string label, string data, bool somethingUnavailable)
    {
        using var run = new CliRun();
        var clock = Stopwatch.StartNew();
        var code = run.Run("report", "--data", data, "--out", "report.html");
        Assert.True(code == 0, $"{label}: report exited {code}: {run.Error}");
        var report = File.ReadAllText(Path.Combine(run.Folder, "report.html"));
        var reportTime = clock.Elapsed;

        code = run.Run("notebook", "publish", MatrixData.Notebooks, "--execute", "--data", data, "--out", "site");
        Assert.True(code == 0, $"{label}: notebook publish exited {code}: {run.Error}");
        var names = NotebookNames();
        var pages = names.ToDictionary(n => n, n => File.ReadAllText(Path.Combine(run.Folder, "site", n + ".html")), StringComparer.Ordinal);
        var index = File.ReadAllText(Path.Combine(run.Folder, "site", "index.html"));
        Assert.DoesNotMatch(CellFailed(), index);
        output.WriteLine($"{label}: report in {reportTime.TotalSeconds:0.0} s, {pages.Count} of {names.Count} notebooks published in {(clock.Elapsed - reportTime).TotalSeconds:0.0} s");

        Assert.Equal(somethingUnavailable, report.Contains(Unavailable, StringComparison.Ordinal));
        foreach (var (name, html) in pages)
        {
            Assert.Contains("KPI config:", html, StringComparison.Ordinal);
            Assert.True(somethingUnavailable == html.Contains(Unavailable, StringComparison.Ordinal),
                $"{label}: {name} {(somethingUnavailable ? "does not say" : "says")} which parts are unavailable");
            Assert.DoesNotMatch(CellFailed(), html);
        }
        return (report, pages);
    }

    [Fact]
    public void Sample_NothingUnavailable()
    {
        var (report, pages) = Check("data-samples", Path.Combine(Repo.Root(), "data-samples", "havering-like"), somethingUnavailable: false);
        Assert.DoesNotContain("class=\"meta unavailable\"", report, StringComparison.Ordinal);
        Assert.Contains("found in the data folder", pages.Values.First(), StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedCouncil_NoConfig_BuiltInCatalogueSaidOnEveryPage()
    {
        // Without a config no council is named, so "How we compare" is the one part unavailable, on every page.
        var (report, pages) = Check("generated seed 7, no config", councils.Full, somethingUnavailable: true);
        Assert.Contains("KPI config: the built-in defaults.", report, StringComparison.Ordinal);
        Assert.Contains("Not available with this data (1 part(s); each section says why and what data would give it): How we compare.", report, StringComparison.Ordinal);
        Assert.Contains("no council is named", report, StringComparison.Ordinal);
        Assert.All(pages.Values, html => Assert.Contains("(1 part(s); each section says why and what data would give it): How we compare.", html, StringComparison.Ordinal));
        Assert.All(pages.Values, html => Assert.Contains("the built-in catalogue", html, StringComparison.Ordinal));
    }

    [Fact]
    public void ThirteenMonths_SeasonalAndForecastExplained()
    {
        var (report, pages) = Check("generated 13 months", councils.ThirteenMonths, somethingUnavailable: true);
        Assert.Contains("seasonal decomposition (STL) needs at least 24, two full years", report, StringComparison.Ordinal);
        Assert.Contains("a forecast needs at least 24", pages["03-looked-after-s20-seasonality-forecast"], StringComparison.Ordinal);
    }

    [Fact]
    public void CarriedSsda903_AbsentTablesNamed()
    {
        var (report, _) = Check("tests' SSDA903", MatrixData.Carried("ssda903"), somethingUnavailable: true);
        Assert.Contains("the ssda903 data has no contacts", report, StringComparison.Ordinal);
    }

    [Fact]
    public void CarriedCinCensus() => Check("tests' CIN census 2026", MatrixData.Carried("cin-census", "CIN_Census_2026.xml"), somethingUnavailable: true);

    /// <summary>The same bytes as external-samples/annex-a/liia-Annex_A.xlsx, so the external copy is not run again.</summary>
    [Fact]
    public void CarriedAnnexA() => Check("tests' Annex A", MatrixData.Carried("annex-a", "liia-Annex_A.xlsx"), somethingUnavailable: true);

    [ExternalSamplesFact]
    public void ExternalSsda903()
    {
        var (_, pages) = Check("external SSDA903", Path.Combine(MatrixData.External!, "ssda903"), somethingUnavailable: true);
        Assert.Contains("The ICPC recording investigation cannot run: the ssda903 data has no section 47 enquiries", pages["02-icpc-timeliness-root-cause"], StringComparison.Ordinal);
    }

    [ExternalSamplesFact]
    public void ExternalCinCensus() => Check("external CIN census 2024", Path.Combine(MatrixData.External!, "cin-census", "CIN_Census_2024.xml"), somethingUnavailable: true);

    /// <summary>
    /// The looked-after notebook published on the external SSDA903 sample (13 months: no seasonal
    /// pattern, no forecast) drawn in headless chromium with the network off: its charts draw and the
    /// sentences about what is unavailable are on the page. The screenshot is written next to the
    /// test output (matrix-03-ssda903.png) for a person to look at.
    /// </summary>
    [ChromiumFact]
    public void PublishedPage_OnShortStatutoryData_RendersInHeadlessChromium()
    {
        var data = MatrixData.External is { } e ? Path.Combine(e, "ssda903") : MatrixData.Carried("ssda903");
        using var run = new CliRun();
        var notebook = Path.Combine(MatrixData.Notebooks, "03-looked-after-s20-seasonality-forecast.ipynb");
        var code = run.Run("notebook", "publish", notebook, "--execute", "--data", data, "--out", "site");
        Assert.True(code == 0, run.Error);
        var page = Path.Combine(run.Folder, "site", "03-looked-after-s20-seasonality-forecast.html");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "matrix-03-ssda903.png");
        HeadlessChromium.Run(page, screenshot);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
        var dom = HeadlessChromium.Run(page, null);
        Assert.True(Regex.Count(dom, "class=\"plot-container plotly\"") >= 2, "fewer than two charts drawn");
        Assert.Contains("No seasonal pattern for Looked-after children accommodated under section 20 (%)", dom, StringComparison.Ordinal);
        Assert.Contains("No forecast of the looked-after number", dom, StringComparison.Ordinal);
        output.WriteLine($"screenshot: {screenshot}");
    }
}
