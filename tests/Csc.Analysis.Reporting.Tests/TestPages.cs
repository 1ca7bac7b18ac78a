using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests;

/// <summary>Sample inputs shared by the page, chart and browser tests.</summary>
internal static class TestPages
{
    public const string Hostile = "<script>alert('x')</script> & \"quotes\" </td></table><img src=x onerror=alert(1)> https://evil.example/a.js";

    public static readonly string[] Months = ["Apr 2016", "May 2016", "Jun 2016", "Jul 2016", "Aug 2016", "Sep 2016", "Oct 2016", "Nov 2016", "Dec 2016", "Jan 2017", "Feb 2017", "Mar 2017"];

    public static ChartFigure Trend(string title = "Referrals re-referred within 12 months") => ReportCharts.Trend(new TrendChartOptions
    {
        Title = title,
        XLabels = Months,
        Series = new ChartSeries("Re-referral rate", [0.21, 0.22, 0.19, 0.24, 0.18, 0.23, 0.35, 0.22, 0.20, 0.21, null, 0.19]),
        Comparisons = [new ChartSeries("Last year", [0.25, 0.24, 0.23, 0.22, 0.20, 0.24, 0.25, 0.23, 0.21, 0.22, 0.23, 0.24])],
        Target = 0.22,
        Spc = new SpcLines(0.22, 0.12, 0.32),
        SpecialCauseIndexes = [6],
        Events = [new ChartEvent("Sep 2016", "New MASH")],
        YTickFormat = ".0%",
        ValueFormat = "0.0%",
    });

    public static ChartFigure Bar() => ReportCharts.Bar(new BarChartOptions
    {
        Title = "Contacts by source",
        Categories = ["Police", "Schools", "Health", "Self/family", "Other"],
        Series = [new ChartSeries("2015/16", [420, 310, 180, 95, 60]), new ChartSeries("2016/17", [455, 290, 205, 101, 58])],
        ValueFormat = "N0",
    });

    public static ChartFigure Seasonal() => ReportCharts.Seasonal(new SeasonalChartOptions
    {
        Title = "Seasonal pattern of referrals",
        Values = [12, 8, 3, 15, -40, 18, 9, 4, -10, 2, -6, -15],
        MonthLabels = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"],
    });

    public static ChartFigure Forecast() => ReportCharts.Forecast(new ForecastChartOptions
    {
        Title = "Children looked after: forecast",
        HistoryLabels = ["Jan 2017", "Feb 2017", "Mar 2017"],
        History = [250, 255, 261],
        ForecastLabels = ["Apr 2017", "May 2017"],
        Mean = [264, 268],
        Lower80 = [258, 259],
        Upper80 = [270, 277],
        Lower95 = [255, 254],
        Upper95 = [273, 282],
        ValueFormat = "0",
    });

    public static ChartFigure KaplanMeier() => ReportCharts.KaplanMeier(new KaplanMeierChartOptions
    {
        Title = "Days from start to authorisation of assessments",
        Curves = [new SurvivalCurve("Assessments", [0, 10, 20, 30, 45, 60], [1, 0.9, 0.7, 0.45, 0.2, 0.05]) { Lower = [1, 0.85, 0.63, 0.38, 0.15, 0.02], Upper = [1, 0.94, 0.76, 0.52, 0.26, 0.09], CensoredTimes = [25] }],
        ReferenceTime = 45,
        ReferenceLabel = "45 working days",
        XAxisTitle = "Working days",
    });

    public static ChartFigure Scatter() => ReportCharts.Scatter(new ScatterChartOptions
    {
        Title = "Caseload against timeliness by team",
        X = [14, 18, 22, 25, 30],
        Y = [0.95, 0.9, 0.84, 0.8, 0.7],
        PointLabels = ["Team A", "Team B", "Team C", "Team D", "Team E"],
        XAxisTitle = "Average caseload",
        YAxisTitle = "Visits in time",
        ValueFormat = "0%",
    });

    /// <summary>A page with every chart kind, a RAG table and hostile strings.</summary>
    public static string SamplePage(string title = "Monthly KPI report: May 2017")
    {
        var page = new HtmlPageBuilder(new HtmlPageOptions { Title = title, Subtitle = "Synthetic data", Environment = _ => null, FooterLines = ["Source: " + Hostile] });
        page.Section("Summary", s => s
            .Paragraph("Headline text " + Hostile)
            .Write(new HtmlTable("KPI summary", ["KPI", new TableColumn("Value", ColumnAlign.Right), "RAG"],
            [
                ["Re-referrals", TableCell.Number(0.19, "0.0%"), TableCell.Rag(RagTone.Green)],
                [Hostile, TableCell.Number(0.5, "0.0%"), TableCell.Rag(RagTone.Red, "Below target " + Hostile)],
            ])));
        page.Section("Front door", s =>
        {
            s.Write(Trend());
            s.Section("Sources", s2 => s2.Write(Bar()));
        });
        page.Section("Patterns", s => s.Write(Seasonal()).Write(Forecast()).Write(KaplanMeier()).Write(Scatter()));
        return page.Build();
    }
}
