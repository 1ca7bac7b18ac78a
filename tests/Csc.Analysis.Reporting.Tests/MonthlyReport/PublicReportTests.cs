using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

/// <summary>The public edition of the sample's report (DfE disclosure control), built once.</summary>
public sealed class PublicReportFixture
{
    public PublicReportFixture()
    {
        var sample = new SampleReportFixture();
        Internal = sample;
        Model = MonthlyKpiReport.BuildModel(sample.Load, sample.Options with { Audience = Audience.Public });
        Html = MonthlyReportRenderer.Render(Model);
        Sample = Path.Combine(SampleReportFixture.RepositoryRoot(), "data-samples", "havering-like");
    }

    public SampleReportFixture Internal { get; }

    public MonthlyReportModel Model { get; }

    public string Html { get; }

    public string Sample { get; }
}

public sealed class PublicReportTests(PublicReportFixture fixture) : IClassFixture<PublicReportFixture>
{
    private readonly IDocument _doc = new HtmlParser().ParseDocument(fixture.Html);

    [Fact]
    public void PublicPage_HasNoChildIdRecordIdWorkerCodePostcodeDateOfBirthOrFreeTextOfTheInput()
    {
        var values = SensitiveValues.FromCanonical(fixture.Sample);
        Assert.True(values.Counts["child id"] > 1000 && values.Counts["record id"] > 1000 && values.Counts["worker code"] > 10
            && values.Counts["postcode"] > 100 && values.Counts["date of birth"] > 1000 && values.Counts["free text"] > 3,
            string.Join(", ", values.Counts.Select(c => $"{c.Key} {c.Value}")));
        // The embedded plotly.js library is not the data: the chart JSON and everything else is scanned.
        var page = fixture.Html.Replace(PageAssets.PlotlyJs, string.Empty, StringComparison.Ordinal);
        Assert.Empty(values.FindIn(page));
        // The internal page does name records (its appendix), so the scan finds what it looks for.
        Assert.NotEmpty(values.FindIn(fixture.Internal.Html.Replace(PageAssets.PlotlyJs, string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void PublicPage_NoCountFrom1To5_InTheFiguresItReads()
    {
        var withheld = 0;
        foreach (var series in fixture.Model.Results.Series)
        {
            var def = series.Definition;
            foreach (var r in series.Results)
            {
                var counts = new List<double?> { r.Numerator, r.YtdNumerator };
                if (def.Unit == KpiUnit.Count)
                {
                    counts.Add(r.Value);
                    counts.Add(r.YtdValue);
                }
                if (!def.DenominatorIsPopulation)
                {
                    counts.Add(r.Denominator);
                    counts.Add(r.YtdDenominator);
                }
                Assert.All(counts, c => Assert.False(c is > 0 and <= 5, $"{def.Id} {r.Month}: {c}"));
                withheld += r.Value is null && fixture.Model.Disclosure![def.Id, r.Month]!.Value == DisclosureSymbol.Suppressed ? 1 : 0;
            }
        }
        Assert.True(withheld > 20, $"only {withheld} withheld values: the sample should exercise suppression");
    }

    [Fact]
    public void PublicPage_JourneysAndDrift_NoCountFrom1To5_InTheirTablesOrTheSankey()
    {
        var section = _doc.QuerySelectorAll("section").First(s => s.QuerySelector("h2")?.TextContent == "Appendix: child journeys and drift");
        var checkedCells = 0;
        var withheld = 0;
        foreach (var table in section.QuerySelectorAll("table"))
        {
            var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
            foreach (var col in new[] { "Children", "Same day", "Negative" }.Select(h => headers.IndexOf(h)).Where(i => i >= 0))
            {
                foreach (var row in table.QuerySelectorAll("tbody tr"))
                {
                    var text = row.Children[col].TextContent;
                    checkedCells++;
                    withheld += text == "c" ? 1 : 0;
                    Assert.False(double.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 5, $"{table.QuerySelector("caption")?.TextContent}: {text}");
                }
            }
        }
        Assert.True(checkedCells > 50 && withheld > 3, $"{checkedCells} cells, {withheld} withheld");
        var sankey = System.Text.Json.Nodes.JsonNode.Parse(Csc.Analysis.Reporting.Charts.PlotlyHtml.FigureJson(
            Csc.Analysis.Reporting.Sections.JourneysSection.Chart(fixture.Model.Journeys!, Audience.Public).Chart))!.AsArray()[0]![0]!;
        Assert.All(sankey["link"]!["value"]!.AsArray(), v => Assert.False((double)v! is > 0 and <= 5));
        Assert.Contains(JsonLinkValues(sankey), fixture.Html, StringComparison.Ordinal);
    }

    private static string JsonLinkValues(System.Text.Json.Nodes.JsonNode trace) => "\"value\":" + trace["link"]!["value"]!.ToJsonString();

    [Fact]
    public void PublicPage_NoCountFrom1To5_InAnyCountTableOnThePage()
    {
        var countTitles = fixture.Model.Results.Series.Where(s => s.Definition.Unit == KpiUnit.Count).Select(s => s.Definition.Title).ToHashSet(StringComparer.Ordinal);
        var checkedCells = 0;
        // The tables under the count KPIs' charts: the "Number" column.
        foreach (var table in _doc.QuerySelectorAll("table"))
        {
            var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
            var col = headers.IndexOf("Number");
            if (col < 0)
            {
                continue;
            }
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var text = row.Children[col].TextContent;
                checkedCells++;
                Assert.False(double.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 5, $"{table.QuerySelector("caption")?.TextContent}: {text}");
            }
        }
        // The summary's count rows: this month, last month, the same month last year and the year to date.
        var summary = _doc.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("KPI summary", StringComparison.Ordinal));
        foreach (var row in summary.QuerySelectorAll("tbody tr").Where(r => countTitles.Contains(r.QuerySelector("th")!.TextContent)))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
            foreach (var text in new[] { cells[0], cells[3], cells[4], cells[5] })
            {
                checkedCells++;
                Assert.False(double.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 5, $"{row.QuerySelector("th")!.TextContent}: {text}");
            }
        }
        Assert.True(checkedCells > 200, $"{checkedCells} cells checked");
        Assert.Contains(_doc.QuerySelectorAll("td.num"), td => td.TextContent == "c");
    }

    [Fact]
    public void PublicPage_NoWithheldFigureCanBeRecoveredFromTheTotalsShown()
    {
        // The intruder's view: every figure the page reads (numerators, denominators, YTDs) as published. A withheld
        // month is recovered when its YTD and the previous YTD are shown (April: its YTD alone); a withheld YTD when
        // the previous YTD and the month are shown, or the next YTD and the next month.
        var recovered = new List<string>();
        var tried = 0;
        foreach (var series in fixture.Model.Results.Series.Where(s => s.Definition.YtdRule != KpiYtdRule.None))
        {
            var rows = series.Results;
            foreach (var (part, ytd) in new (Func<KpiResult, long?>, Func<KpiResult, long?>)[]
                     { (r => r.Numerator, r => r.YtdNumerator), (r => r.Denominator, r => r.YtdDenominator) })
            {
                if (series.Definition.DenominatorIsPopulation && ytd(rows[0]) == rows[0].YtdDenominator)
                {
                    continue;
                }
                for (var i = 0; i < rows.Count; i++)
                {
                    var r = rows[i];
                    var april = r.Month.Month == 4;
                    var prev = i > 0 && !april ? rows[i - 1] : null;
                    var next = i + 1 < rows.Count && rows[i + 1].Month.Month != 4 ? rows[i + 1] : null;
                    if (part(r) is null)
                    {
                        tried++;
                        if ((april && ytd(r) is not null) || (prev is not null && ytd(prev) is not null && ytd(r) is not null))
                        {
                            recovered.Add($"{series.Id} {r.Month} month");
                        }
                    }
                    if (ytd(r) is null)
                    {
                        tried++;
                        if ((april && part(r) is not null) || (prev is not null && ytd(prev) is not null && part(r) is not null)
                            || (next is not null && ytd(next) is not null && part(next) is not null))
                        {
                            recovered.Add($"{series.Id} {r.Month} ytd");
                        }
                    }
                }
            }
        }
        Assert.True(tried > 20, $"{tried} withheld figures tried");
        Assert.Empty(recovered);
        // And the exact audit: no withheld cell is determined by the relations, for any KPI.
        foreach (var (id, table) in fixture.Model.Disclosure!.Tables)
        {
            Assert.True(SuppressionAudit.RecoverableCells(table.Table, table.IsSuppressed).Count == 0, id);
        }
    }

    [Fact]
    public void PublicPage_WithheldPointsAreGapsInTheChartData()
    {
        var row = fixture.Model.Rows.First(r => fixture.Model.Disclosure!.Series(r.Definition.Id).Any(d => d.Value == DisclosureSymbol.Suppressed) && r.Series.IsAvailable && r.Series.Results.Any(x => x.Value is not null));
        var article = _doc.GetElementById(Csc.Analysis.Reporting.Sections.KpiArticleSection.Anchor(row.Definition.Id))!;
        var script = article.QuerySelector("script")!.TextContent;
        Assert.Contains("null", script, StringComparison.Ordinal);
        var table = article.QuerySelector("figure table")!;
        Assert.Contains(table.QuerySelectorAll("td"), td => td.TextContent == "c");
    }

    [Fact]
    public void PublicPage_LeavesOutTheChildLevelSections_AndExplainsTheSymbols()
    {
        var headings = _doc.QuerySelectorAll("h2, h3").Select(h => h.TextContent).ToList();
        Assert.DoesNotContain("Appendix: data quality", headings);
        Assert.DoesNotContain("Data quality", headings);
        Assert.DoesNotContain("Context events", headings);
        Assert.Contains("About these figures", headings);
        // the journeys and drift stay as disclosed counts, without the list of long-open plans (it names children)
        Assert.Contains("Appendix: child journeys and drift", headings);
        Assert.Contains("Child journeys from referral", headings);
        // disproportionality stays too (small groups withheld by its own section); without a population it says so
        Assert.Contains("Appendix: disproportionality", headings);
        Assert.DoesNotContain(_doc.QuerySelectorAll("caption"), c => c.TextContent.StartsWith("Plans open beyond their thresholds", StringComparison.Ordinal));
        Assert.Contains("Plans open beyond their thresholds", fixture.Internal.Html, StringComparison.Ordinal);
        var legend = _doc.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("Symbols", StringComparison.Ordinal));
        Assert.Equal(["c", "z", "x", "k"], legend.QuerySelectorAll("tbody th").Select(c => c.TextContent));
        Assert.DoesNotContain(AudienceNames.InternalMarking, fixture.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void InternalPage_IsMarkedOfficialSensitive_TopAndBottom()
    {
        var doc = new HtmlParser().ParseDocument(fixture.Internal.Html);
        Assert.Equal(2, doc.QuerySelectorAll(".marking").Count(e => e.TextContent == AudienceNames.InternalMarking));
        Assert.Equal(AudienceNames.InternalMarking, doc.QuerySelector("meta[name=classification]")!.GetAttribute("content"));
    }

    [Fact]
    public void PublicPage_SameInputs_SameBytes()
        => Assert.Equal(fixture.Html, MonthlyReportRenderer.Render(MonthlyKpiReport.BuildModel(fixture.Internal.Load, fixture.Internal.Options with { Audience = Audience.Public })));

    [Fact]
    public void PublicPage_WithheldMonth_NarrativeGivesNoOtherFigure()
    {
        var row = fixture.Model.Rows.FirstOrDefault(r => fixture.Model.Disclosure![r.Definition.Id, fixture.Model.Month]?.Value == DisclosureSymbol.Suppressed);
        Assert.NotNull(row);
        Assert.StartsWith("This month's figure is not published (c)", row.Narrative, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d", row.Narrative);
    }
}
