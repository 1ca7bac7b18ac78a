using AngleSharp.Html.Parser;
using Csc.Analysis.Domain;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace Csc.Analysis.Interactive.Tests;

/// <summary>A type from "another helper": it only implements IHtmlRenderable.</summary>
internal sealed record FindingForTest(string Text) : IHtmlRenderable
{
    public void WriteHtml(HtmlWriter writer) => writer.Section("Finding", s => s.Paragraph(Text));
}

[Collection(Csc.Analysis.Interactive.Tests.Notebooks.NotebookCollection.Name)]
public sealed class FormatterTests
{
    public FormatterTests()
    {
        CscKernel.LoadAsync(new Microsoft.DotNet.Interactive.CompositeKernel()).GetAwaiter().GetResult();
        CscKernel.PlotlyMode = PlotlyOutputMode.PageSupplied;
        CscKernel.ResetSession();
    }

    [Fact]
    public void ToDisplayString_AnyIHtmlRenderable_UsesItsHtmlWithHeadingsBelowMarkdown()
    {
        var html = new FindingForTest("Re-referrals rose <sharply>").ToDisplayString("text/html");
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Equal("Finding", doc.QuerySelector("section h3")!.TextContent);
        Assert.Equal("Re-referrals rose <sharply>", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void ToDisplayString_DataIssueList_IsCountsAndDetailTables()
    {
        List<DataIssue> issues =
        [
            new(IssueSeverity.Error, "DATE_FORMAT", "referrals.csv", 12, "ReferralDate", "31/02/2017", "not a date"),
            new(IssueSeverity.Warning, "FUTURE_DATE", "referrals.csv", 40, "ReferralDate", "2030-01-01", "after the extract date"),
            new(IssueSeverity.Error, "DATE_FORMAT", "referrals.csv", 13, "ReferralDate", "<b>", "not a date"),
        ];
        var doc = new HtmlParser().ParseDocument(issues.ToDisplayString("text/html"));
        var tables = doc.QuerySelectorAll("table");
        Assert.Equal(2, tables.Length);
        Assert.Equal("Data issues by rule (3 in all)", tables[0].QuerySelector("caption")!.TextContent);
        Assert.Equal(["DATE_FORMAT", "Error", "2"], tables[0].QuerySelectorAll("tbody tr")[0].Children.Select(c => c.TextContent));
        Assert.Equal(3, tables[1].QuerySelectorAll("tbody tr").Length);
        Assert.Equal("<b>", tables[1].QuerySelectorAll("tbody tr")[2].Children[5].TextContent);
    }

    [Fact]
    public void ToDisplayString_GenericChart_OfflineDivAndScript()
    {
        var chart = Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 });
        var html = chart.ToDisplayString("text/html");
        Assert.DoesNotContain("cdn.plot.ly", html);
        Assert.Matches("<div id=\"chart-[0-9a-f]{8}\" class=\"plot\"", html);
        Assert.Contains("Plotly.newPlot", html);
    }

    [Fact]
    public void ToNotebookHtml_InlineOncePerSession_OnlyFirstChartCarriesPlotly()
    {
        CscKernel.PlotlyMode = PlotlyOutputMode.InlineOncePerSession;
        CscKernel.ResetSession();
        var fig = ReportCharts.Bar(new BarChartOptions { Title = "B", Categories = ["a"], Series = [new ChartSeries("s", [1])] });
        var first = CscFormatters.ToNotebookHtml(fig);
        var second = CscFormatters.ToNotebookHtml(fig);
        var table = CscFormatters.ToNotebookHtml(new HtmlTable("T", ["a"], [["1"]]));
        Assert.StartsWith("<script data-csc-plotly=\"2.28.0\">", first);
        Assert.DoesNotContain("data-csc-plotly", second);
        Assert.DoesNotContain("data-csc-plotly", table);
        CscKernel.ResetSession();
        Assert.Contains("data-csc-plotly", CscFormatters.ToNotebookHtml(fig));
    }

    [Fact]
    public void EnsureFSharpCore_Twice_InstallsOnce()
    {
        CscKernel.EnsureFSharpCore();
        Assert.False(CscKernel.EnsureFSharpCore());
        Assert.True(CscKernel.FSharpCoreResolverInstalled);
    }
}
