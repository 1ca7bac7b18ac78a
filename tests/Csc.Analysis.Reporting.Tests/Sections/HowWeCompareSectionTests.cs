using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Reporting.Notebooks;
using Csc.Analysis.Reporting.Sections;
using Csc.Analysis.Reporting.Tests.MonthlyReport;
using static Csc.Analysis.Reporting.Tests.Sections.SectionHtml;

namespace Csc.Analysis.Reporting.Tests.Sections;

/// <summary>
/// "How we compare" on the sample (Havering, la_code 311, in its kpi-config.json) against the bundled published
/// figures, and the sentence for each reason it can be unavailable.
/// </summary>
public sealed class HowWeCompareSectionTests(SampleReportFixture fixture) : IClassFixture<SampleReportFixture>
{
    private HowWeCompareResult Comparison => fixture.Model.Comparison ?? throw new InvalidOperationException(ReportAvailability.HowWeCompare(fixture.Model));

    [Fact]
    public void Sample_Havering_LondonAndTenNeighbours_Years2016And2017()
    {
        var c = Comparison;
        Assert.Null(fixture.Model.ComparisonGap);
        Assert.Equal(("Havering", 311), (c.Council.Name, c.Council.Number));
        Assert.Equal("London", c.Region!.Name);
        Assert.Equal([303, 822, 883, 881, 886, 866, 941, 826, 887, 938], c.Neighbours.Select(n => n.Number));
        Assert.Equal([2016, 2017], c.Years);
        Assert.Equal(["referrals", "assessments_within_45wd_pct", "icpc_within_15wd_pct", "cp_plans", "lac", "lac_over_20_miles_pct"],
            c.KpiIds.Where(id => id is "referrals" or "assessments_within_45wd_pct" or "icpc_within_15wd_pct" or "cp_plans" or "lac" or "lac_over_20_miles_pct"));
    }

    /// <summary>
    /// 2016-17 (year 2017): England (970) and London (986) as read off bds_long_0.parquet by hand, and the neighbours'
    /// mean from the nine published values added by hand (West Northamptonshire, 941, has none before 2021), as the
    /// benchmark command's test has them.
    /// </summary>
    [Theory]
    [InlineData("referrals", 646120, 100620, 49941)]
    [InlineData("assessments_within_45wd_pct", 82.9, 82.3, 785.4)]
    [InlineData("icpc_within_15wd_pct", 77.2, 73, 695.1)]
    [InlineData("cp_plans", 51080, 7760, 3573)]
    [InlineData("lac", 72610, 9910, 5530)]
    [InlineData("lac_over_20_miles_pct", 14, 19, 127)]
    public void Year2016To17_PublishedFiguresExactly(string kpiId, double england, double london, double neighbourSum)
    {
        var row = Comparison.RowsOf(kpiId).Single(r => r.Year == 2017);
        Assert.Equal(england, row.England);
        Assert.Equal(london, row.Region);
        Assert.Equal(9, row.NeighboursN);
        Assert.Equal(neighbourSum / 9, row.NeighboursMean!.Value, 9);
        // the band's edges are the smallest and largest of the same nine published values
        var published = Comparison.Neighbours.Select(n => fixture.Published.Value(row.Measure, 2017, n.Number)).OfType<double>().ToList();
        Assert.Equal(9, published.Count);
        Assert.Equal((published.Min(), published.Max()), (row.NeighboursMin, row.NeighboursMax));
        // the council's value is the kit's: the March month end for a snapshot, the year to date at March for a flow
        var march = fixture.Model.Results[kpiId][new Domain.ReportingMonth(2017, 3)]!;
        Assert.Equal(fixture.Model.Results.Catalog[kpiId].Kind == KpiKind.Flow ? march.YtdValue : march.Value, row.Value);
    }

    [Fact]
    public void LatestTable_IcpcRow_ValueEnglandLondonNeighboursRankQuartileMeasure()
    {
        var table = HowWeCompareSection.LatestTable(fixture.Model);
        Assert.Equal("How we compare, 2016-17 (the year to 31 March 2017)", table.Caption);
        Assert.Equal(["KPI", "Value", "England", "London", "Neighbours' mean (n)", "Rank", "Quartile", "Measure"], table.Columns.Select(c => c.Header));
        var title = fixture.Model.Results.Catalog[KpiIds.IcpcWithin15WdPct].Title;
        var cells = table.Rows.Single(r => r[0].PlainText == title).Select(c => c.PlainText).ToList();
        var row = Comparison.RowsOf(KpiIds.IcpcWithin15WdPct).Single(r => r.Year == 2017);
        Assert.Equal(ReportText.Value(row.Value, KpiUnit.Percent), cells[1]);
        Assert.Equal(["77.2%", "73%", "77.2% (9)"], cells[2..5]);
        Assert.Equal($"{row.Rank} of {row.Of}", cells[5]);
        Assert.Matches("^[0-9]+ of 15[0-9]$", cells[5]);
        Assert.Matches("^[ABCD]$", cells[6]);
        Assert.Equal("CP_conf_15days", cells[7]);
        // a count has no rank or quartile
        var cp = table.Rows.Single(r => r[0].PlainText == fixture.Model.Results.Catalog[KpiIds.CpPlans].Title).Select(c => c.PlainText).ToList();
        Assert.Equal(["51,080", "7,760", "397 (9)", "\u2013", "\u2013", "CPP_Num"], cp[2..]);
    }

    [Fact]
    public void YearsTable_EveryKpiEveryYear_LabelledLikeDfE()
    {
        var table = HowWeCompareSection.YearsTable(fixture.Model);
        Assert.Equal(Comparison.Rows.Count, table.Rows.Count);
        Assert.Equal(["2015-16", "2016-17"], table.Rows.Select(r => r[1].PlainText).Distinct());
        Assert.Equal("2016-17", HowWeCompareSection.YearLabel(2017));
        Assert.Equal("1999-00", HowWeCompareSection.YearLabel(2000));
    }

    [Fact]
    public void Chart_Percentage_CouncilEnglandLondonNeighboursMeanAndRangeBand()
    {
        var f = HowWeCompareSection.Chart(fixture.Model, KpiIds.IcpcWithin15WdPct);
        var data = JsonNode.Parse(PlotlyHtml.FigureJson(f.Chart))!.AsArray()[0]!.AsArray();
        Assert.Equal(["Neighbours' range: lowest", "Neighbours' range", "England", "London", "Neighbours' mean", "Havering (this data)"], data.Select(t => (string?)t!["name"]));
        Assert.Equal(["2015-16", "2016-17"], data[0]!["x"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("tonexty", (string?)data[1]!["fill"]);
        Assert.Equal([76.7, 77.2], data[2]!["y"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([75.3, 73.0], data[3]!["y"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(["Year to 31 March", "Havering (this data)", "England", "London", "Neighbours' mean", "Neighbours' range: lowest", "Neighbours' range: highest"],
            f.Data.Columns.Select(c => c.Header));
        Assert.Equal(["2016-17", "77.2", "73.0", "77.2"], f.Data.Rows[1].Select(c => c.PlainText).Where((_, i) => i is 0 or 2 or 3 or 4));
    }

    [Fact]
    public void Chart_Count_LeavesOutEnglandAndRegion_AndSaysWhy()
    {
        var f = HowWeCompareSection.Chart(fixture.Model, KpiIds.CpPlans);
        var data = JsonNode.Parse(PlotlyHtml.FigureJson(f.Chart))!.AsArray()[0]!.AsArray();
        Assert.Equal(["Neighbours' range: lowest", "Neighbours' range", "Neighbours' mean", "Havering (this data)"], data.Select(t => (string?)t!["name"]));
        Assert.Contains("England and the region are not drawn: a count depends on the council's size", f.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_InTheReport_IntroTablesAndOneChartPerKpi()
    {
        var doc = new HtmlParser().ParseDocument(fixture.Html);
        var section = doc.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")?.TextContent == "How we compare");
        Assert.StartsWith("Havering (311) beside the figures the Department for Education publishes", section.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2015-16 and 2016-17", section.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        var drawn = Comparison.KpiIds.Where(id => HowWeCompareSection.IsDrawn(fixture.Model.Results.Catalog[id])).ToList();
        Assert.Equal(drawn.Count, section.QuerySelectorAll("figure.chart").Length);
        Assert.Contains(KpiIds.IcpcWithin15WdPct, drawn);
        Assert.DoesNotContain(KpiIds.CpPlans, drawn);
        Assert.Equal(2 + drawn.Count, section.QuerySelectorAll("table").Length); // the two tables and each chart's data table
        Assert.Contains("Counts (Referrals; Children on child protection plans; Children looked after; Unaccompanied asylum-seeking children looked after) depend on a council's size", section.TextContent, StringComparison.Ordinal);
        Assert.Empty(section.QuerySelectorAll(".unavailable"));
        Assert.Contains("Published measure CP_conf_15days.", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NotebookViews_KpiView_ChartNoteAndTable_AndUnmappedKpiSaysSo()
    {
        var html = Markup(NotebookViews.HowWeCompareKpi(fixture.Model, KpiIds.IcpcWithin15WdPct));
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("every year compared", html, StringComparison.Ordinal);
        Assert.Contains("Published measure CP_conf_15days.", html, StringComparison.Ordinal);
        var count = Markup(NotebookViews.HowWeCompareKpi(fixture.Model, KpiIds.CpPlans));
        Assert.DoesNotContain("Plotly.newPlot", count, StringComparison.Ordinal);
        Assert.Contains("is a count, which depends on a council", count, StringComparison.Ordinal);
        Assert.Contains("<table", count, StringComparison.Ordinal);
        var unmapped = Markup(NotebookViews.HowWeCompareKpi(fixture.Model, KpiIds.Contacts));
        Assert.Contains("has no published counterpart, so it is not compared", unmapped, StringComparison.Ordinal);
        Assert.Equal(Body(new HowWeCompareSection(fixture.Model)), Body(NotebookViews.HowWeCompare(fixture.Model)));
    }

    [Theory]
    [InlineData(ComparisonGap.NoPublishedFigures, "no published figures were given", "--published FOLDER")]
    [InlineData(ComparisonGap.NoCouncil, "no council is named", "la_code in the KPI config")]
    [InlineData(ComparisonGap.CouncilNotPublished, "311 is not an area of the published figures", "would give the comparison")]
    [InlineData(ComparisonGap.NoCompleteYear, "hold no whole year April to March that the published figures have", "would give the comparison")]
    public void Unavailable_SaysWhyAndWhatWouldGiveIt_InSectionAndSummary(ComparisonGap gap, string why, string fix)
    {
        var model = fixture.Model with { Comparison = null, ComparisonGap = gap };
        var body = Body(new HowWeCompareSection(model));
        Assert.StartsWith("<p class=\"meta unavailable\">", body.Trim(), StringComparison.Ordinal);
        Assert.Contains(HtmlText.Escape(why), body, StringComparison.Ordinal);
        Assert.Contains(HtmlText.Escape(fix), body, StringComparison.Ordinal);
        Assert.DoesNotContain("plotly", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ReportAvailability.Sections(model), s => s.Title == "How we compare" && s.Reason.Contains(why, StringComparison.Ordinal));
        Assert.Contains("How we compare", SummarySection.UnavailableText(model), StringComparison.Ordinal);
    }

    [Fact]
    public void Unavailable_NotACouncil_NamesTheArea()
    {
        var model = fixture.Model with { Options = fixture.Options with { LaCode = 986 }, Comparison = null, ComparisonGap = ComparisonGap.NotACouncil };
        Assert.Contains("986 is London in the published figures, not a council", ReportAvailability.HowWeCompare(model), StringComparison.Ordinal);
        Assert.Equal((null, ComparisonGap.NotACouncil), HowWeCompareResult.Compare(fixture.Model.Results, fixture.Published, 986));
        Assert.Equal((null, ComparisonGap.CouncilNotPublished), HowWeCompareResult.Compare(fixture.Model.Results, fixture.Published, 5));
        Assert.Equal((null, ComparisonGap.NoCouncil), HowWeCompareResult.Compare(fixture.Model.Results, fixture.Published, null));
        Assert.Equal((null, ComparisonGap.NoPublishedFigures), HowWeCompareResult.Compare(fixture.Model.Results, null, 311));
    }
}
