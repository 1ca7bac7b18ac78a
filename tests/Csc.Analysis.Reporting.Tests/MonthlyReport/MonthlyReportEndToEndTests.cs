using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

public sealed class MonthlyReportEndToEndTests(SampleReportFixture fixture) : IClassFixture<SampleReportFixture>
{
    private readonly IDocument _doc = new HtmlParser().ParseDocument(fixture.Html);

    [Fact]
    public void Report_LatestCompleteMonth_IsMay2017()
        => Assert.Equal(new Domain.ReportingMonth(2017, 5), fixture.Model.Month);

    [Fact]
    public void SummaryTable_HasEveryKpiTitle_WithRagText()
    {
        var table = _doc.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("KPI summary", StringComparison.Ordinal));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        var catalog = fixture.Model.Results.Catalog;
        Assert.Equal(catalog.Definitions.Count, rows.Count);
        foreach (var def in catalog.Definitions)
        {
            Assert.Contains(rows, r => r.QuerySelector("th")!.TextContent == def.Title);
        }
        var ragTexts = rows.Select(r => r.QuerySelector(".rag")!.TextContent).ToList();
        Assert.Contains(ragTexts, t => t.StartsWith("Red", StringComparison.Ordinal));
        Assert.Contains(ragTexts, t => t.StartsWith("Amber", StringComparison.Ordinal));
        Assert.Contains(ragTexts, t => t.StartsWith("Green", StringComparison.Ordinal));
        Assert.All(ragTexts, t => Assert.Matches("^(Red|Amber|Green|Not rated)", t));
    }

    [Fact]
    public void SummaryTable_IcpcRowMatchesTheResults()
    {
        var icpc = fixture.Model.Row(KpiIds.IcpcWithin15WdPct)!;
        var row = _doc.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")?.TextContent == icpc.Definition.Title);
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal(ReportText.Value(icpc.Comparison.Current.Value, KpiUnit.Percent), cells[0]);
        Assert.Equal("\u2265 90%", cells[1]);
        Assert.Equal(RagBadgeText(icpc.Comparison.Current.Rag), cells[2]);
        Assert.Contains(icpc.Direction.Words, cells[6]);
    }

    [Fact]
    public void Headings_AreInOrder_AreasInPackOrder()
    {
        var levels = _doc.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.Equal(1, levels.Count(l => l == 1));
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading {i} skips from h{levels[i - 1]} to h{levels[i]}");
        }
        var h2 = _doc.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(
            ["Summary", "Child Protection", "Children in Need", "Looked After Children (LAC)", "Placements", "Advocacy", "Care Leavers", "Front Door/Early Help", "How we compare", "Data quality", "Context events", "Appendix: data quality", "Appendix: child journeys and drift", "Appendix: disproportionality"],
            h2);
    }

    [Fact]
    public void Page_HasNoExternalUrls_AndForbidsOtherHosts()
    {
        foreach (var el in _doc.QuerySelectorAll("[href],[src],[action],[data],[poster]"))
        {
            foreach (var attr in new[] { "href", "src", "action", "data", "poster" })
            {
                var v = el.GetAttribute(attr);
                if (v is not null)
                {
                    Assert.DoesNotMatch("^(?i)(https?:|//|ftp:|javascript:)", v);
                }
            }
        }
        Assert.Empty(_doc.QuerySelectorAll("link, script[src], iframe, img:not([src^='data:'])"));
        var csp = _doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content");
        Assert.Equal(HtmlPageBuilder.ContentSecurityPolicy(HtmlPageBuilder.InlineScripts(fixture.Html)), csp);
        Assert.Contains("default-src 'none'", csp);
        Assert.DoesNotContain("'unsafe-inline'", csp!.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Plotly_InlinedOnce()
    {
        Assert.Single(_doc.QuerySelectorAll("script[" + PageAssets.PlotlyScriptMarker + "]"));
        Assert.Equal(fixture.Html.IndexOf(PageAssets.PlotlyJs[..200], StringComparison.Ordinal), fixture.Html.LastIndexOf(PageAssets.PlotlyJs[..200], StringComparison.Ordinal));
    }

    [Fact]
    public void EveryChart_HasADataTable_AndAnAccessibleName()
    {
        var figures = _doc.QuerySelectorAll("figure.chart").ToList();
        Assert.True(figures.Count >= 30, $"{figures.Count} charts");
        Assert.All(figures, f =>
        {
            Assert.NotNull(f.QuerySelector("details table"));
            Assert.False(string.IsNullOrWhiteSpace(f.QuerySelector(".plot")!.GetAttribute("aria-label")));
        });
        Assert.Equal(figures.Count, _doc.QuerySelectorAll("div.plot").Length);
    }

    [Fact]
    public void SeasonalKpis_HaveSeasonalPatternAndExceptionCharts()
    {
        var captions = _doc.QuerySelectorAll("figcaption strong").Select(s => s.TextContent).ToList();
        foreach (var id in fixture.Options.SeasonalKpis)
        {
            var title = fixture.Model.Results.Catalog[id].Title;
            Assert.Contains(title + ": seasonal pattern", captions);
            Assert.Contains(title + ": months beyond the usual seasonal effect", captions);
        }
    }

    [Fact]
    public void Investigations_Present()
    {
        var h3 = _doc.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Contains("Investigation: ICPC recording", h3);
        Assert.Contains("CIN and CP plans together", h3);
        Assert.Contains("CIN plans open for more than 12 months", h3);
        Assert.Contains("Forecast: number of looked-after children", h3);
        Assert.Contains("The 16\u201317 cohort", h3);
        Assert.NotNull(fixture.Model.IcpcRecording);
        Assert.NotNull(fixture.Model.Forecast);
        // The synthetic council's planted pattern: one team records ICPC dates late.
        Assert.Contains(fixture.Model.IcpcRecording!.Findings, f => f.Pattern.Group == Data.Synthetic.SyntheticGenerator.PlantedTeam);
        Assert.Contains("80% interval", fixture.Html);
    }

    [Fact]
    public void Footer_HasInputHashesConfigAndVersion_NoStamp()
    {
        var footer = _doc.QuerySelector("footer")!.TextContent;
        foreach (var f in fixture.Load.Files)
        {
            Assert.Contains(f.Sha256, footer);
        }
        Assert.Contains("KPI config: data-samples/havering-like/kpi-config.json", footer);
        Assert.Contains("Kit version: Csc.Analysis " + MonthlyReportRenderer.KitVersion, footer);
        Assert.Contains("Parameters: month 2017-05", footer);
        Assert.DoesNotContain("Generated", _doc.QuerySelector("header")!.TextContent);
    }

    [Fact]
    public void Render_SameInputs_ByteIdentical() => Assert.Equal(fixture.Html, fixture.SecondHtml);

    [Fact]
    public void Render_GeneratedAtGiven_Stamped()
    {
        var html = MonthlyReportRenderer.Render(fixture.Model with { Options = fixture.Options with { GeneratedAt = new DateTimeOffset(2017, 6, 1, 9, 0, 0, TimeSpan.Zero) } });
        Assert.Contains("Generated 2017-06-01 09:00 UTC", html);
    }

    [Fact]
    public void Appendix_ListsLoadIssuesAndDataQualityRules()
    {
        var appendix = _doc.QuerySelectorAll("section").First(s => s.QuerySelector("h2")?.TextContent == "Appendix: data quality");
        var captions = appendix.QuerySelectorAll("caption").Select(c => c.TextContent).ToList();
        Assert.Contains("Records breaking each data-quality rule", captions);
        var rules = appendix.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent == "Records breaking each data-quality rule");
        Assert.Equal(Investigations.DataQuality.Rules.Count, rules.QuerySelectorAll("tbody tr").Length);
    }

    private static string RagBadgeText(Rag rag) => rag switch
    {
        Rag.Red => "Red",
        Rag.Amber => "Amber",
        Rag.Green => "Green",
        _ => "Not rated",
    };
}
