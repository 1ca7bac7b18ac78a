using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests.Charts;

public sealed class ReportChartsTests
{
    private static (JsonArray Data, JsonObject Layout) Figure(ChartFigure f)
    {
        var arr = JsonNode.Parse(PlotlyHtml.FigureJson(f.Chart))!.AsArray();
        return (arr[0]!.AsArray(), arr[1]!.AsObject());
    }

    private static JsonObject TraceNamed(JsonArray data, string name) =>
        data.Select(t => t!.AsObject()).Single(t => (string?)t["name"] == name);

    [Fact]
    public void Trend_AllDecorations_AreTracesShapesAndColumns()
    {
        var f = TestPages.Trend();
        var (data, layout) = Figure(f);
        Assert.Equal(["Last year", "Mean", "Upper process limit", "Lower process limit", "Target", "Re-referral rate", "Special cause"],
            data.Select(t => (string?)t!["name"]));
        var target = TraceNamed(data, "Target");
        Assert.All(target["y"]!.AsArray(), v => Assert.Equal(0.22, (double)v!));
        Assert.Equal("dash", (string?)target["line"]!["dash"]);
        var special = TraceNamed(data, "Special cause");
        Assert.Equal(["Oct 2016"], special["x"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(0.35, (double)special["y"]![0]!);
        var main = TraceNamed(data, "Re-referral rate");
        Assert.Null(main["y"]![10]); // the gap stays a gap
        var shape = layout["shapes"]!.AsArray().Single()!;
        Assert.Equal("Sep 2016", (string?)shape["x0"]);
        Assert.Equal("paper", (string?)shape["yref"]);
        Assert.Equal("New MASH", (string?)layout["annotations"]![0]!["text"]);
        Assert.Equal("category", (string?)layout["xaxis"]!["type"]);

        Assert.Equal(["Period", "Re-referral rate", "Last year", "Target", "Mean", "Lower limit", "Upper limit", "Special cause", "Event"],
            f.Data.Columns.Select(c => c.Header));
        Assert.Equal(12, f.Data.Rows.Count);
        Assert.Equal("35.0%", f.Data.Rows[6][1].PlainText);
        Assert.Equal("Yes", f.Data.Rows[6][7].PlainText);
        Assert.Equal("New MASH", f.Data.Rows[5][8].PlainText);
        Assert.Equal("\u2013", f.Data.Rows[10][1].PlainText);
    }

    [Fact]
    public void Trend_Band_IsFilledBetweenItsEdges_BeneathTheLines_AndInTheTable()
    {
        var f = ReportCharts.Trend(new TrendChartOptions
        {
            Title = "T",
            XLabels = ["2015-16", "2016-17"],
            Series = new ChartSeries("Council", [70.4, null]),
            Comparisons = [new ChartSeries("England", [77.2, 76.7])],
            Band = new ChartBand("Neighbours' range", [60.5, null], [91.24, 88]),
            ValueFormat = "0.0",
        });
        var (data, _) = Figure(f);
        // the lower edge, then the upper edge filled down to it, before every line
        Assert.Equal(["Neighbours' range: lowest", "Neighbours' range", "England", "Council"], data.Select(t => (string?)t!["name"]));
        var lower = TraceNamed(data, "Neighbours' range: lowest");
        Assert.False((bool)lower["showlegend"]!);
        Assert.Null(lower["fill"]);
        Assert.Equal([60.5, null], lower["y"]!.AsArray().Select(v => (double?)v));
        var upper = TraceNamed(data, "Neighbours' range");
        Assert.Equal("tonexty", (string?)upper["fill"]);
        Assert.Equal([91.24, 88.0], upper["y"]!.AsArray().Select(v => (double?)v));
        Assert.Equal(["Period", "Council", "England", "Neighbours' range: lowest", "Neighbours' range: highest"], f.Data.Columns.Select(c => c.Header));
        Assert.Equal(["2015-16", "70.4", "77.2", "60.5", "91.2"], f.Data.Rows[0].Select(c => c.PlainText));
        Assert.Equal(["2016-17", "\u2013", "76.7", "\u2013", "88.0"], f.Data.Rows[1].Select(c => c.PlainText));
        Assert.Contains("shaded: Neighbours' range", f.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_SpcPeriods_EachPeriodsLinesOverItsOwnMonths_AndInTheTable()
    {
        var f = ReportCharts.Trend(new TrendChartOptions
        {
            Title = "T",
            XLabels = ["a", "b", "c", "d", "e"],
            Series = new ChartSeries("S", [10, 11, 20, 21, 19]),
            Spc = new SpcLines(20, 17, 23) { Periods = [new SpcPeriod(1, 2, 10.5, 8, 13), new SpcPeriod(3, 4, 20, 17, 23)] },
            ValueFormat = "0.0",
        });
        var (data, _) = Figure(f);
        Assert.Equal(["Mean", "Upper process limit", "Lower process limit", "Mean", "Upper process limit", "Lower process limit", "S"],
            data.Select(t => (string?)t!["name"]));
        var means = data.Select(t => t!.AsObject()).Where(t => (string?)t["name"] == "Mean").ToList();
        Assert.Equal([null, 10.5, 10.5, null, null], means[0]["y"]!.AsArray().Select(v => (double?)v));
        Assert.Equal([null, null, null, 20.0, 20.0], means[1]["y"]!.AsArray().Select(v => (double?)v));
        Assert.Equal(["Mean", "Mean"], means.Select(m => (string?)m["legendgroup"]));
        Assert.Equal([true, false], means.Select(m => (bool)m["showlegend"]!));
        Assert.Equal(["Period", "S", "Mean", "Lower limit", "Upper limit"], f.Data.Columns.Select(c => c.Header));
        Assert.Equal(["a", "10.0", "", "", ""], f.Data.Rows[0].Select(c => c.PlainText));
        Assert.Equal(["c", "20.0", "10.5", "8.0", "13.0"], f.Data.Rows[2].Select(c => c.PlainText));
        Assert.Equal(["d", "21.0", "20.0", "17.0", "23.0"], f.Data.Rows[3].Select(c => c.PlainText));
    }

    [Fact]
    public void Trend_SpcPeriodsOverlapping_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.Trend(new TrendChartOptions
        {
            Title = "T", XLabels = ["a", "b", "c"], Series = new ChartSeries("S", [1, 2, 3]),
            Spc = new SpcLines(2, 1, 3) { Periods = [new SpcPeriod(0, 1, 1, 0, 2), new SpcPeriod(1, 2, 2, 1, 3)] },
        }));
        Assert.StartsWith("SPC period 1..2 of 'T' is not within the 3 x labels after the period before it (periods must be in order, inclusive and not overlap).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_BandLengthMismatch_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.Trend(new TrendChartOptions
        {
            Title = "T", XLabels = ["a", "b"], Series = new ChartSeries("S", [1, 2]), Band = new ChartBand("Range", [1], [2, 3]),
        }));
        Assert.Equal("Band 'Range' lower has 1 values but XLabels has 2; give one value per label.", ex.Message);
    }

    [Fact]
    public void Trend_DefaultDescription_SaysFirstLastTargetAndSpecialCauses()
    {
        Assert.Equal("Re-referral rate from Apr 2016 (21.0%) to Mar 2017 (19.0%); target 22.0%; 1 point(s) flagged as special cause.", TestPages.Trend().Description);
    }

    [Fact]
    public void Trend_SeriesLengthMismatch_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.Trend(new TrendChartOptions
        {
            Title = "T", XLabels = ["a", "b", "c"], Series = new ChartSeries("S", [1, 2]),
        }));
        Assert.Equal("Series 'S' has 2 values but XLabels has 3; give one value per label.", ex.Message);
    }

    [Fact]
    public void Trend_EventNotOnAxis_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.Trend(new TrendChartOptions
        {
            Title = "T", XLabels = ["a", "b"], Series = new ChartSeries("S", [1, 2]), Events = [new ChartEvent("z", "Launch")],
        }));
        Assert.Equal("Event 'Launch' is at 'z', which is not one of the x labels of 'T'.", ex.Message);
    }

    [Fact]
    public void Trend_SpecialCauseOutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.Trend(new TrendChartOptions
        {
            Title = "T", XLabels = ["a", "b"], Series = new ChartSeries("S", [1, 2]), SpecialCauseIndexes = [2],
        }));
        Assert.StartsWith("Special-cause index 2 is outside the 2 x labels of 'T'.", ex.Message);
    }

    [Fact]
    public void Bar_TwoSeries_GroupedBars()
    {
        var f = TestPages.Bar();
        var (data, layout) = Figure(f);
        Assert.Equal(2, data.Count);
        Assert.All(data, t => Assert.Equal("bar", (string?)t!["type"]));
        Assert.Equal("group", (string?)layout["barmode"]);
        Assert.Equal("455", f.Data.Rows[0][2].PlainText);
    }

    [Fact]
    public void Bar_HorizontalStacked_SwapsAxes()
    {
        var f = ReportCharts.Bar(new BarChartOptions
        {
            Title = "B", Categories = ["x", "y"], Series = [new ChartSeries("s", [1, 2])], Horizontal = true, Stacked = true,
        });
        var (data, layout) = Figure(f);
        Assert.Equal("h", (string?)data[0]!["orientation"]);
        Assert.Equal(["x", "y"], data[0]!["y"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("stack", (string?)layout["barmode"]);
    }

    [Fact]
    public void Seasonal_TwelveValues_BarsColouredBySignAndDescribed()
    {
        var f = TestPages.Seasonal();
        var (data, _) = Figure(f);
        var colours = data[0]!["marker"]!["color"]!.AsArray().Select(v => (string?)v).ToList();
        Assert.Equal(ReportCharts.Orange, colours[4]); // Aug, -40
        Assert.Equal(ReportCharts.Blue, colours[0]);
        Assert.Equal("Seasonal pattern by month: highest in Sep, lowest in Aug.", f.Description);
    }

    [Fact]
    public void Seasonal_ElevenValues_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.Seasonal(new SeasonalChartOptions { Title = "S", Values = new double[11] }));
        Assert.Equal("Seasonal values of 'S' has 11 values but 12 months has 12; give one value per label.", ex.Message);
    }

    [Fact]
    public void Forecast_Bands_FillBetweenLowerAndUpper()
    {
        var f = TestPages.Forecast();
        var (data, layout) = Figure(f);
        Assert.Equal(["95% interval (lower)", "95% prediction interval", "80% interval (lower)", "80% prediction interval", "Actual", "Forecast"],
            data.Select(t => (string?)t!["name"]));
        Assert.Equal("tonexty", (string?)data[1]!["fill"]);
        Assert.Equal("tonexty", (string?)data[3]!["fill"]);
        Assert.Null(data[0]!["fill"]);
        Assert.Equal(["Jan 2017", "Feb 2017", "Mar 2017", "Apr 2017", "May 2017"], layout["xaxis"]!["categoryarray"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(5, f.Data.Rows.Count);
        Assert.Equal("282", f.Data.Rows[4][6].PlainText);
        Assert.Equal("3 periods of history and a 2-period forecast; at May 2017 the forecast is 268 (95% interval 254 to 282).", f.Description);
    }

    [Fact]
    public void Forecast_BandsNotNested_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.Forecast(new ForecastChartOptions
        {
            Title = "F", HistoryLabels = [], History = [], ForecastLabels = ["m"],
            Mean = [10], Lower80 = [11], Upper80 = [12], Lower95 = [5], Upper95 = [15],
        }));
        Assert.StartsWith("Forecast 'F' at m: bands must nest (lower95 <= lower80 <= mean <= upper80 <= upper95) but are 5, 11, 10, 12, 15.", ex.Message);
    }

    [Fact]
    public void KaplanMeier_Curve_IsStepWithBandCensorAndReference()
    {
        var f = TestPages.KaplanMeier();
        var (data, layout) = Figure(f);
        var curve = TraceNamed(data, "Assessments");
        Assert.Equal("hv", (string?)curve["line"]!["shape"]);
        var censored = TraceNamed(data, "Assessments censored");
        // censored at 25: last step at or before 25 is t=20, survival 0.7
        Assert.Equal(0.7, (double)censored["y"]![0]!);
        Assert.Equal("tonexty", (string?)TraceNamed(data, "Assessments 95% confidence")["fill"]);
        Assert.Equal(45.0, (double)layout["shapes"]![0]!["x0"]!);
        Assert.Equal(".0%", (string?)layout["yaxis"]!["tickformat"]);
        Assert.Equal("70.0%", f.Data.Rows[2][2].PlainText);
        Assert.False(f.Data.FirstColumnIsRowHeader);
    }

    [Fact]
    public void KaplanMeier_SurvivalAboveOne_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.KaplanMeier(new KaplanMeierChartOptions
        {
            Title = "K", Curves = [new SurvivalCurve("c", [0, 1], [1, 1.2])],
        }));
        Assert.StartsWith("Curve 'c': survival must be a proportion between 0 and 1; item 2 is 1.2.", ex.Message);
    }

    [Fact]
    public void KaplanMeier_TimesDecreasing_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportCharts.KaplanMeier(new KaplanMeierChartOptions
        {
            Title = "K", Curves = [new SurvivalCurve("c", [0, 5, 3], [1, 0.5, 0.4])],
        }));
        Assert.StartsWith("Curve 'c': times must not decrease (item 3 is 3 after 5).", ex.Message);
    }

    [Fact]
    public void Scatter_PointLabels_InHoverAndTable()
    {
        var f = TestPages.Scatter();
        var (data, _) = Figure(f);
        Assert.Equal("markers", (string?)data[0]!["mode"]);
        Assert.Equal("Team C", (string?)data[0]!["text"]![2]);
        Assert.Equal(["Point", "Average caseload", "Visits in time"], f.Data.Columns.Select(c => c.Header));
        Assert.Equal("84%", f.Data.Rows[2][2].PlainText);
    }

    [Fact]
    public void FigureJson_SameChart_IsIdentical()
    {
        Assert.Equal(PlotlyHtml.FigureJson(TestPages.Trend().Chart), PlotlyHtml.FigureJson(TestPages.Trend().Chart));
    }

    [Fact]
    public void WriteHtml_Figure_HasNoCdnAndOneInlineScript()
    {
        var markup = HtmlFragment.Render(TestPages.Trend()).Markup;
        Assert.DoesNotContain("cdn.plot.ly", markup);
        Assert.DoesNotContain("<script src", markup);
        var doc = new HtmlParser().ParseDocument(markup);
        var script = Assert.Single(doc.QuerySelectorAll("script"));
        var id = doc.QuerySelector("div.plot")!.Id!;
        Assert.Contains("Plotly.newPlot(\"" + id + "\"", script.TextContent);
        Assert.Contains("if(window.Plotly)", script.TextContent);
    }

    [Fact]
    public void WriteHtml_HostileTitleAndLabels_CannotBreakOutOfScript()
    {
        var f = ReportCharts.Trend(new TrendChartOptions
        {
            Title = TestPages.Hostile, XLabels = ["</script><script>alert(1)</script>", "b"], Series = new ChartSeries(TestPages.Hostile, [1, 2]),
        });
        var markup = HtmlFragment.Render(f).Markup;
        var doc = new HtmlParser().ParseDocument(markup);
        Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Equal("</script><script>alert(1)</script>", doc.QuerySelector("tbody th")!.TextContent);
    }

    [Fact]
    public void WriteHtml_SameChartTwiceOnAPage_GetsDistinctIds()
    {
        var w = new HtmlWriter();
        w.Write(TestPages.Bar()).Write(TestPages.Bar());
        var doc = new HtmlParser().ParseDocument(w.ToFragment().Markup);
        var ids = doc.QuerySelectorAll("div.plot").Select(d => d.Id).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.EndsWith("-2", ids[1]);
    }
    [Fact]
    public void Sankey_NodesLinksColoursAndTable_WithheldLinkNotDrawn()
    {
        var f = ReportCharts.Sankey(new SankeyChartOptions
        {
            Title = "Flows",
            Nodes = ["A", "B", "C"],
            NodeColours = ["#0072B2", "#E69F00", "#009E73"],
            Links = [new SankeyLink(0, 1, 10) { Extra = ["x"] }, new SankeyLink(0, 2, null) { Symbol = "c", Extra = ["y"] }, new SankeyLink(1, 2, 7) { Hover = "B to C", Extra = ["z"] }],
            ValueName = "Children",
            ExtraColumns = ["Note"],
        });
        var (data, layout) = Figure(f);
        var t = data.Single()!.AsObject();
        Assert.Equal("sankey", (string?)t["type"]);
        Assert.Equal(["A", "B", "C"], t["node"]!["label"]!.AsArray().Select(v => (string?)v));
        Assert.Equal([0, 1], t["link"]!["source"]!.AsArray().Select(v => (int)v!));
        Assert.Equal([1, 2], t["link"]!["target"]!.AsArray().Select(v => (int)v!));
        Assert.Equal([10.0, 7], t["link"]!["value"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(["A \u2192 B", "B to C"], t["link"]!["label"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(["rgba(0,114,178,0.35)", "rgba(230,159,0,0.35)"], t["link"]!["color"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("Flows", (string?)layout["title"]!["text"]);
        Assert.Null(layout["template"]); // no Plotly.NET default template: the page's fonts and colours
        Assert.Equal(["From", "To", "Children", "Note"], f.Data.Columns.Select(c => c.Header));
        Assert.Equal([["A", "B", "10", "x"], ["A", "C", "c", "y"], ["B", "C", "7", "z"]], f.Data.Rows.Select(r => r.Select(c => c.PlainText).ToArray()));
        Assert.Throws<ArgumentException>(() => ReportCharts.Sankey(new SankeyChartOptions { Title = "T", Nodes = ["A"], Links = [new SankeyLink(0, 1, 1)] }));
    }
    [Fact]
    public void Interval_DotsWithAsymmetricWhiskers_ReferenceLine_LogAxis_WithheldRowNotDrawn()
    {
        var f = ReportCharts.Interval(new IntervalChartOptions
        {
            Title = "RRI",
            Points = [new IntervalPoint("A", 1, null, null), new IntervalPoint("B", 2.5, 1.25, 5), new IntervalPoint("C", null, null, null) { Symbol = "c" }],
            Reference = 1,
            LogScale = true,
            EstimateName = "RRI",
        });
        var (data, layout) = Figure(f);
        var t = data.Single()!.AsObject();
        Assert.Equal(["A", "B"], t["y"]!.AsArray().Select(v => (string?)v));
        Assert.Equal([1.0, 2.5], t["x"]!.AsArray().Select(v => (double)v!));
        // Whiskers from the estimate: B up 5 - 2.5, down 2.5 - 1.25; A has no interval.
        Assert.Equal([0.0, 2.5], t["error_x"]!["array"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([0.0, 1.25], t["error_x"]!["arrayminus"]!.AsArray().Select(v => (double)v!));
        Assert.Equal("log", (string?)layout["xaxis"]!["type"]);
        Assert.Equal(["A", "B", "C"], layout["yaxis"]!["categoryarray"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(1.0, (double)layout["shapes"]![0]!["x0"]!);
        Assert.Equal([["A", "1", "\u2013", "\u2013"], ["B", "2.5", "1.25", "5"], ["C", "c", "c", "c"]], f.Data.Rows.Select(r => r.Select(c => c.PlainText).ToArray()));
    }
}
