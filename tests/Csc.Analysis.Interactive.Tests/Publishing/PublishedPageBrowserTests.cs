using System.Diagnostics;
using System.Text.RegularExpressions;
using Csc.Analysis.Interactive.Publishing;

namespace Csc.Analysis.Interactive.Tests.Publishing;

/// <summary>Skips with a message when Debian's chromium is not installed (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Browser test skipped: {ChromiumPath} not found (install Debian's chromium: apt-get install chromium).";
        }
    }
}

[Collection(Csc.Analysis.Interactive.Tests.Notebooks.NotebookCollection.Name)]
public sealed class PublishedPageBrowserTests
{
    /// <summary>Headless chromium, network off, after scripts ran: the DOM, or a screenshot when a path is given.</summary>
    internal static string Chromium(string htmlPath, string? screenshot = null)
    {
        var profile = Directory.CreateTempSubdirectory("csc-chromium-");
        try
        {
            var psi = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            string[] args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=" + profile.FullName, "--virtual-time-budget=5000", "--hide-scrollbars", "--window-size=1100,2400",
                screenshot is null ? "--dump-dom" : "--screenshot=" + screenshot,
                new Uri(htmlPath).AbsoluteUri,
            ];
            foreach (var a in args)
            {
                psi.ArgumentList.Add(a);
            }
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            var dom = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 120 s");
            }
            _ = err.Result;
            return dom;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // chromium may hold a lock file for a moment; the temp folder is harmless
            }
        }
    }

    [ChromiumFact]
    public async Task PublishedNotebook_InHeadlessChromium_EveryChartDrawn()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("browser.ipynb",
            TestCell.Markdown("# Browser check\nA published notebook with several charts."),
            TestCell.Code("using Csc.Analysis.Reporting.Charts;\nstring[] m = [\"Jan\", \"Feb\", \"Mar\", \"Apr\"];\nReportCharts.Trend(new TrendChartOptions { Title = \"Trend\", XLabels = m, Series = new ChartSeries(\"s\", [3, 4, 2, 5]), Target = 3.5, Events = [new ChartEvent(\"Feb\", \"Launch\")] })"),
            TestCell.Code("ReportCharts.KaplanMeier(new KaplanMeierChartOptions { Title = \"KM\", Curves = [new SurvivalCurve(\"c\", [0, 5, 10], [1, 0.6, 0.3])] })"),
            TestCell.Code("Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2, 3 }, new[] { 2, 4, 8 })"));
        var result = await NotebookPublisher.PublishAsync([path], new PublishOptions { OutputDirectory = Path.Combine(nb.Directory, "site"), Execute = true, Environment = _ => null });
        Assert.True(result.Succeeded, result.Notebooks[0].Failure?.ToString());
        var dom = Chromium(result.Notebooks[0].HtmlPath!);
        var drawn = Regex.Count(dom, "class=\"plot-container plotly\"");
        Assert.True(drawn == 3, $"expected 3 drawn charts, found {drawn}");
        Assert.Contains("class=\"main-svg\"", dom);
        Assert.Contains("Launch", dom);
        if (Environment.GetEnvironmentVariable("CSC_SCREENSHOT") is { Length: > 0 } shot)
        {
            Chromium(result.Notebooks[0].HtmlPath!, shot);
        }
    }
}
