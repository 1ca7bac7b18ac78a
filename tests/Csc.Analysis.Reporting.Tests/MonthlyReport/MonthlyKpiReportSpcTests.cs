using AngleSharp.Html.Parser;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

/// <summary>The report's SPC on the sample: limits re-established after stable shifts, and the assurance caveat.</summary>
public sealed class MonthlyKpiReportSpcTests(SampleReportFixture fixture) : IClassFixture<SampleReportFixture>
{
    [Fact]
    public void Icpc_ShiftDownFromMarch2016_LimitsReEstablishedThere()
    {
        // Hand-worked on the sample's ICPC timeliness, Jun 2014 to May 2017: the mean of the first 12 months is 82.7; from
        // Mar 2016 (index 21: 82.6, 81.1, 77.1, 61.9, 55.6, 57.5, 69.2, 78.9) eight months are below it, the first run of 7
        // after the first period. The candidate mean of Mar 2016 to Feb 2017 is 71.2 and no run of 7 above it starts in
        // those months (the longest is 3), so the limits are re-established from Mar 2016.
        var row = fixture.Model.Row(KpiIds.IcpcWithin15WdPct)!;
        Assert.Equal([21], row.SpcRebaseAt);
        var months = fixture.Model.Results.Months;
        Assert.Equal(new Domain.ReportingMonth(2016, 3), months[row.SpcFirstIndex + 21]);
        var values = row.Series.Results.Skip(row.SpcFirstIndex).Select(r => r.Value!.Value).ToArray();
        Assert.Equal(values.Skip(21).Average(), row.Spc!.Points[^1].Mean, 9);
        Assert.Equal(values.Take(21).Average(), row.Spc.Points[0].Mean, 9);
        Assert.Equal(
            "SPC limits re-established from Mar 2016: the process shifted and stayed shifted (the Stable Shift Algorithm), so each period's mean and limits come from its own months and the icons read the latest period.",
            ReportText.SpcPeriods(row, months));
    }

    [Fact]
    public void Icpc_TrendChart_OneSetOfLinesPerPeriod()
    {
        var row = fixture.Model.Row(KpiIds.IcpcWithin15WdPct)!;
        var chart = KpiTrendChart.Build(fixture.Model, row, 0, []);
        var json = System.Text.Json.Nodes.JsonNode.Parse(PlotlyHtml.FigureJson(chart.Chart))!.AsArray()[0]!.AsArray();
        var means = json.Select(t => t!.AsObject()).Where(t => (string?)t["name"] == "Mean").ToList();
        Assert.Equal(2, means.Count);
        var first = means[0]["y"]!.AsArray();
        var second = means[1]["y"]!.AsArray();
        var rebase = row.SpcFirstIndex + 21;
        Assert.NotNull(first[rebase - 1]);
        Assert.Null(first[rebase]);
        Assert.Null(second[rebase - 1]);
        Assert.NotNull(second[rebase]);
        Assert.True((bool)means[0]["showlegend"]!);
        Assert.False((bool)means[1]["showlegend"]!);
        // the table under the chart gives each month its own period's mean
        var meanColumn = chart.Data.Columns.Select(c => c.Header).ToList().IndexOf("Mean");
        Assert.NotEqual(chart.Data.Rows[rebase - 1][meanColumn].PlainText, chart.Data.Rows[rebase][meanColumn].PlainText);
    }

    [Fact]
    public void AssessmentsNfa_FallingToTarget_AssuranceCaveatInArticleAndSummary()
    {
        // 21.8% in May 2017 against a target of at most 30%, a special cause (below the lower limit); the limits, from months
        // near 48%, lie wholly above 30% ("consistently failing"): the icon describes the process before the fall.
        var row = fixture.Model.Row(KpiIds.AssessmentsNfaPct)!;
        Assert.Equal(Statistics.Spc.AssuranceIcon.ConsistentlyFailing, row.Spc!.Assurance);
        const string caveat = "The assurance icon reads limits set before the latest change: May 2017 is a special cause and meets the target although the limits do not. Read it again once the new level has held for 12 months (the limits are then re-established).";
        Assert.Equal(caveat, ReportText.AssuranceCaveat(row, fixture.Model.Results.Months, 12));
        var doc = new HtmlParser().ParseDocument(fixture.Html);
        Assert.Contains(caveat, doc.QuerySelector("#" + KpiArticleSection.Anchor(KpiIds.AssessmentsNfaPct))!.TextContent, StringComparison.Ordinal);
        var summary = doc.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")?.TextContent == row.Definition.Title);
        Assert.Contains("Consistently failing (limits before the latest change)", summary.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsistentWithTheLatestMonth_NoCaveat()
    {
        // assessments in 45 working days: 93.8% against at least 85%, common cause, consistently passing
        var row = fixture.Model.Row(KpiIds.AssessmentsWithin45WdPct)!;
        Assert.Null(ReportText.AssuranceCaveat(row, fixture.Model.Results.Months, 12));
    }

    [Fact]
    public void RebaseOff_OneSetOfLimits()
    {
        var model = MonthlyKpiReport.BuildModel(fixture.Load, fixture.Options with { RebaseSpcOnStableShifts = false });
        Assert.All(model.Rows, r => Assert.Empty(r.SpcRebaseAt));
        var row = model.Row(KpiIds.IcpcWithin15WdPct)!;
        Assert.Equal(row.Spc!.Points[0].Mean, row.Spc.Points[^1].Mean);
        Assert.Null(ReportText.SpcPeriods(row, model.Results.Months));
    }
}
