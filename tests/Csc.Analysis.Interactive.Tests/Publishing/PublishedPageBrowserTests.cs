using System.Text.RegularExpressions;
using Csc.Analysis.Interactive.Publishing;

namespace Csc.Analysis.Interactive.Tests.Publishing;

[Collection(Csc.Analysis.Interactive.Tests.Notebooks.NotebookCollection.Name)]
public sealed class PublishedPageBrowserTests
{
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
        var dom = HeadlessChromium.Run(result.Notebooks[0].HtmlPath!);
        var drawn = Regex.Count(dom, "class=\"plot-container plotly\"");
        Assert.True(drawn == 3, $"expected 3 drawn charts, found {drawn}");
        Assert.Contains("class=\"main-svg\"", dom);
        Assert.Contains("Launch", dom);
        if (Environment.GetEnvironmentVariable("CSC_SCREENSHOT") is { Length: > 0 } shot)
        {
            HeadlessChromium.Run(result.Notebooks[0].HtmlPath!, shot);
        }
    }
}
