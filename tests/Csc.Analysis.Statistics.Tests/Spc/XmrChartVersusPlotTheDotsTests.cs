using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Statistics.Tests.Spc;

/// <summary>
/// The test vectors of NHSRplotthedots 0.2.2 (nhs-r-community/NHSRplotthedots, tests/testthat/test-ptd_calculate_point_type.R,
/// the version with <c>ptd_special_cause_type</c>), reproduced through <see cref="XmrChart"/>. The package tests its internal
/// helpers on sign and flag vectors; each vector here becomes a series after a fixed baseline whose mean is 10, and the
/// expected flags are the package's literal expected values (membership of a run or trend is the package's
/// <c>ptd_part_of_seven_trend</c> applied to the marker vector it expects, as its own tests of that helper show).
/// </summary>
public sealed class XmrChartVersusPlotTheDotsTests
{
    // 11, 9 four times, then 10, 10: mean exactly 10; two points on the mean end any run, and their tie ends any trend.
    // Moving ranges 2 (x7), 1, 0: average 15/9; limits 10 ± 4.433; 2-sigma lines 10 ± 2.955.
    private static readonly double[] Baseline = [11, 9, 11, 9, 11, 9, 11, 9, 10, 10];

    private static readonly SpcOptions Options = new() { FixAfter = Baseline.Length };

    // NHSRplotthedots 0.2.2: 2 of 3 counts only points between the 2-sigma line and the limit, in windows wholly on one side.
    private static readonly SpcOptions PlotTheDots022 = Options with { TwoOfThree = TwoOfThreeMode.ExcludeBeyondLimits, TwoOfThreeWindowOneSide = true };

    private static SpcPoint[] Tail(SpcOptions options, params double[] tail)
        => [.. XmrChart.Evaluate([.. Baseline, .. tail], options).Points.Skip(Baseline.Length)];

    private static int[] Flags(SpcPoint[] points, SpcRule rule) => [.. points.Select(p => (p.Rules & rule) != 0 ? 1 : 0)];

    // A sign relative to the mean as a value that makes no trend, no 2 of 3 and stays inside the limits: +1 -> 10.5 / 10.2
    // alternately, -1 -> 9.5 / 9.8.
    private static double[] FromSigns(params int[] signs)
        => [.. signs.Select((s, i) => 10 + s * (i % 2 == 0 ? 0.5 : 0.2))];

    // ptd_seven_point_one_side_mean(v) expected markers, then ptd_part_of_seven_trend of them = the run's points.
    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1 }, new[] { 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, -1 }, new[] { 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, -1 }, new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 })] // markers 0,0,0,0,0,0,1,1,0
    [InlineData(new[] { -1, -1, -1, -1, -1, -1, -1, -1, 1 }, new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 })]
    [InlineData(new[] { -1, 1, 1, 1, 1, 1, 1, 1, 1, -1 }, new[] { 0, 1, 1, 1, 1, 1, 1, 1, 1, 0 })] // markers 0,0,0,0,0,0,0,1,1,0
    [InlineData(new[] { 1, -1, -1, -1, -1, -1, -1, -1, -1, 1 }, new[] { 0, 1, 1, 1, 1, 1, 1, 1, 1, 0 })]
    public void SevenPointsOneSideOfTheMean_SameRunPointsAsPlotTheDots(int[] signs, int[] expected)
    {
        var points = Tail(Options, FromSigns(signs));
        Assert.Equal(expected, Flags(points, SpcRule.Run));
        Assert.All(points, p => Assert.Equal(SpcRule.None, p.Rules & ~SpcRule.Run));
    }

    // ptd_seven_point_trend(y) on the package's y vectors (scaled to 10 + (y − 4)/10 around the mean; steps keep their signs).
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6 }, new[] { 0, 0, 0, 0, 0, 0 }, 0)]
    [InlineData(new double[] { 1, 2, 3, 3, 4, 5, 6 }, new[] { 0, 0, 0, 0, 0, 0, 0 }, 0)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7 }, new[] { 1, 1, 1, 1, 1, 1, 1 }, 1)] // marker 0,0,0,0,0,0,1
    [InlineData(new double[] { 2, 1, 2, 3, 4, 5, 6, 7, 3 }, new[] { 0, 1, 1, 1, 1, 1, 1, 1, 0 }, 1)] // marker at 8
    [InlineData(new double[] { 7, 6, 5, 4, 3, 2, 1 }, new[] { 1, 1, 1, 1, 1, 1, 1 }, -1)] // marker −1 at 7
    [InlineData(new double[] { 2, 7, 6, 5, 4, 3, 2, 1, 3 }, new[] { 0, 1, 1, 1, 1, 1, 1, 1, 0 }, -1)] // marker −1 at 8
    public void SevenPointTrend_SameTrendPointsAsPlotTheDots(double[] y, int[] expected, int direction)
    {
        var points = Tail(Options, [.. y.Select(v => 10 + (v - 4) / 10)]);
        Assert.Equal(expected, Flags(points, SpcRule.Trend));
        // every point of the trend takes its direction, on both sides of the mean (issues 167 and 171, fixed in 0.2.2)
        var trendType = direction > 0 ? SpcPointType.SpecialCauseImprovement : SpcPointType.SpecialCauseConcern;
        Assert.All(points.Where(p => (p.Rules & SpcRule.Trend) != 0), p => Assert.Equal(trendType, p.PointType));
    }

    // ptd_two_in_three(close_to_limits, relative_to_mean), then ptd_part_of_two_in_three: the points flagged.
    // A close point is 13.7 above (between the 2-sigma line 12.955 and the limit 14.433) or 6.3 below; others 10.5 or 9.5.
    [Theory]
    [InlineData(new[] { 1, 0, 1 }, new[] { 1, 1, 1 }, new[] { 1, 0, 1 })]
    [InlineData(new[] { 0, 1, 1 }, new[] { 1, 1, 1 }, new[] { 0, 1, 1 })]
    [InlineData(new[] { 1, 1, 0 }, new[] { 1, 1, 1 }, new[] { 1, 1, 0 })]
    [InlineData(new[] { 0, 0, 1, 0, 1, 0, 0 }, new[] { 1, 1, 1, 1, 1, 1, 1 }, new[] { 0, 0, 1, 0, 1, 0, 0 })]
    [InlineData(new[] { 0, 0, 1, 1, 0, 0, 0 }, new[] { 1, 1, 1, 1, 1, 1, 1 }, new[] { 0, 0, 1, 1, 0, 0, 0 })]
    [InlineData(new[] { 1, 0, 0, 1 }, new[] { 1, 1, 1, 1 }, new[] { 0, 0, 0, 0 })]
    [InlineData(new[] { 1, 0, 0, 1, 1 }, new[] { 1, 1, 1, 1, 1 }, new[] { 0, 0, 0, 1, 1 })]
    // "works as expected when points are on opposite sides of the mean" (issue 143, fixed in 0.2.2)
    [InlineData(new[] { 1, 0, 1 }, new[] { 1, -1, 1 }, new[] { 0, 0, 0 })]
    [InlineData(new[] { 0, 1, 1 }, new[] { 1, -1, 1 }, new[] { 0, 0, 0 })]
    [InlineData(new[] { 1, 1, 0 }, new[] { 1, -1, 1 }, new[] { 0, 0, 0 })]
    [InlineData(new[] { 0, 0, 1, 0, 1, 0, 0 }, new[] { 1, -1, 1, -1, 1, -1, 1 }, new[] { 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 0, 0, 1, 1, 0, 0, 0 }, new[] { -1, 1, -1, 1, -1, 1, -1 }, new[] { 0, 0, 0, 0, 0, 0, 0 })]
    public void TwoInThree_SamePointsAsPlotTheDots(int[] close, int[] side, int[] expected)
    {
        var values = close.Zip(side, (c, s) => 10 + s * (c == 1 ? 3.7 : 0.5)).ToArray();
        var points = Tail(PlotTheDots022, values);
        Assert.Equal(expected, Flags(points, SpcRule.TwoOfThree));
        // (seven points on one side also make a run here; the package tests the 2-in-3 helper on its own)
    }

    [Fact]
    public void TwoInThree_OppositeSidesWindow_FlaggedByDefault()
    {
        // Our default (Western Electric's rule) lets the third point of the window lie on the other side of the mean:
        // two points beyond the upper 2-sigma line still signal. Only TwoOfThreeWindowOneSide reproduces 0.2.2 here.
        var points = Tail(Options, 13.7, 9.5, 13.7);
        Assert.Equal([1, 0, 1], Flags(points, SpcRule.TwoOfThree));
    }

    // ptd_special_cause_type with the package's mocked rule vectors (y = 1:8, so every trend step rises):
    //   trend  1, −1, 0, 0, 0, 0, 0, 0    run  0, 0, 1, −1, 0, 0, 0, 0    2 in 3  0, 0, 0, 0, 1, 0, 0, 0
    //   outside limits 0, 0, 0, 0, 0, 1, −1, 0    relative to mean 1, 1, 1, 1, −1, −1, −1, −1
    // expected: Trend (Increasing) ×2, 7 Points Above CL ×2, 2 in 3 Below CL, Below LCL ×2, Common Cause.
    [Fact]
    public void SpecialCauseType_PrecedenceAndDirectionAsPlotTheDots()
    {
        (SpcRule Rules, int Side, int Trend)[] mocked =
        [
            (SpcRule.Trend, 1, 1), (SpcRule.Trend, 1, 1), (SpcRule.Run, 1, 0), (SpcRule.Run, 1, 0),
            (SpcRule.TwoOfThree, -1, 0), (SpcRule.OutsideLimits, -1, 0), (SpcRule.OutsideLimits, -1, 0), (SpcRule.None, -1, 0),
        ];
        SpcRule[] deciding = [SpcRule.Trend, SpcRule.Trend, SpcRule.Run, SpcRule.Run, SpcRule.TwoOfThree, SpcRule.OutsideLimits, SpcRule.OutsideLimits, SpcRule.None];
        // "Above|Increasing" is high, "Below|Decreasing" low (ptd_point_type), improvement when higher is better
        SpcPointType[] types =
        [
            SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseImprovement,
            SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseConcern, SpcPointType.CommonCause,
        ];

        Assert.Equal(deciding, mocked.Select(m => new SpcPoint { Rules = m.Rules }.DecidingRule));
        Assert.Equal(types, mocked.Select(m => XmrChart.Classify(m.Rules, m.Side, m.Trend, ImprovementDirection.Higher)));
        // a trend below the mean that also triggers the run and 2 of 3 is still decided by the trend; outside limits beats it
        Assert.Equal(SpcPointType.SpecialCauseImprovement,
            XmrChart.Classify(SpcRule.Trend | SpcRule.Run | SpcRule.TwoOfThree, -1, 1, ImprovementDirection.Higher));
        Assert.Equal(SpcPointType.SpecialCauseConcern, XmrChart.Classify(SpcRule.OutsideLimits | SpcRule.Trend, -1, 1, ImprovementDirection.Higher));
        Assert.Equal(SpcPointType.SpecialCauseNeutralHigh, XmrChart.Classify(SpcRule.Trend | SpcRule.Run, -1, 1, ImprovementDirection.Neutral));
    }

    [Theory]
    // Issue 167's examples: y = 0:7 and y = 0:-7 over 8 days, higher is better (ptd_spc's default), no baseline.
    // Mean 3.5 (−3.5), average moving range 1, limits mean ± 2.66: the first and last points are outside the limits and
    // decided by their side; the six between are trend points, decided by the trend's direction.
    [InlineData(1, new[] { SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseImprovement,
        SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseImprovement,
        SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseImprovement })]
    [InlineData(-1, new[] { SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseConcern,
        SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseConcern,
        SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseConcern })]
    public void Issue167_EightPointTrendBothWays_AllSpecialCause(int sign, SpcPointType[] expected)
    {
        var values = Enumerable.Range(0, 8).Select(i => (double)(sign * i)).ToArray();
        var points = XmrChart.Evaluate(values, new SpcOptions { ScreenOutliers = true }).Points;
        Assert.All(points, p => Assert.True(p.SpecialCause));
        Assert.Equal(expected, points.Select(p => p.PointType));
        Assert.Equal([SpcRule.OutsideLimits, .. Enumerable.Repeat(SpcRule.Trend, 6), SpcRule.OutsideLimits], points.Select(p => p.DecidingRule));
    }
}
