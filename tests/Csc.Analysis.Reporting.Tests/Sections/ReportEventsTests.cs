using Csc.Analysis.Domain;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.Tests.Sections;

public sealed class ReportEventsTests
{
    private static readonly ContextEvent[] Events =
    [
        new(new DateOnly(2016, 8, 1), null, "Summer holidays", "season"),
        new(new DateOnly(2017, 3, 14), new DateOnly(2017, 6, 30), "IRO post vacant", "staffing"),
        new(new DateOnly(2019, 1, 1), null, "Off the axis", null),
    ];

    private static readonly ReportingMonth[] Months = [.. Enumerable.Range(0, 12).Select(i => new ReportingMonth(2016, 7).PlusMonths(i))];

    [Fact]
    public void Markers_NumberByPositionInTheWholeList_OnlyEventsOnTheAxis()
    {
        var events = new ReportEvents(Events, Months);
        Assert.Equal([new ChartEvent("Aug 2016", "[1]"), new ChartEvent("Mar 2017", "[2]")], events.Markers(_ => true));
        // a filter keeps the page's numbering: the IRO vacancy stays [2]
        Assert.Equal([new ChartEvent("Mar 2017", "[2]")], events.Markers(e => e.Category != "season"));
    }

    [Fact]
    public void Markers_GivenLabels_UseThatAxis()
    {
        var events = new ReportEvents(Events, Months);
        Assert.Equal([new ChartEvent("Jan 2019", "[3]")], events.Markers(_ => true, ["Dec 2018", "Jan 2019"]));
    }

    [Fact]
    public void Keys_ReportWithoutMonths_NotebookWithMonthsAndWithoutNonEvents()
    {
        var events = new ReportEvents(Events, Months);
        var marked = events.Markers(_ => true);
        Assert.Equal("[1] Summer holidays; [2] IRO post vacant", events.Key(marked));
        Assert.Equal("[1] Summer holidays (Aug 2016); [2] IRO post vacant (Mar 2017)", events.KeyWithMonths([.. marked, new ChartEvent("Apr 2017", "Step")]));
    }

    [Fact]
    public void WithKey_NoLines_FigureUnchanged()
    {
        var events = new ReportEvents(Events, Months);
        var figure = ReportCharts.Bar(new BarChartOptions { Title = "t", Categories = ["a"], Series = [new ChartSeries("s", [1])] });
        Assert.Same(figure, events.WithKey(figure, []));
        Assert.EndsWith(" Event lines: [2] IRO post vacant.", events.WithKey(figure, [new ChartEvent("Mar 2017", "[2]")]).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ListsEveryEventNumbered()
    {
        var table = new ReportEvents(Events, Months).Table();
        Assert.Equal(["[1]", "[2]", "[3]"], table.Rows.Select(r => r[0].TextValue));
        Assert.Equal("30 Jun 2017", table.Rows[1][2].TextValue);
    }
}
