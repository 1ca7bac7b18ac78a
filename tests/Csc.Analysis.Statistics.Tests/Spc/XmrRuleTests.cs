using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Statistics.Tests.Spc;

/// <summary>Each Making Data Count rule on the fixed baseline of <see cref="SpcTestData"/> (limits 4.68 .. 15.32, 2σ 6.4539 .. 13.5461).</summary>
public sealed class XmrRuleTests
{
    private static readonly SpcOptions Fixed = new() { FixAfter = 10 };

    private static SpcRule[] Rules(SpcResult r) => r.Points.Skip(10).Select(p => p.Rules).ToArray();

    [Fact]
    public void Evaluate_PointAboveUpperLimit_OutsideLimitsImprovement()
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(9, 16, 11), Fixed);
        Assert.Equal([SpcRule.None, SpcRule.OutsideLimits, SpcRule.None], Rules(r));
        Assert.Equal(SpcPointType.SpecialCauseImprovement, r.Points[11].PointType);
    }

    [Fact]
    public void Evaluate_PointExactlyOnLimit_IsNotOutside()
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(9, 15.32, 11), Fixed);
        Assert.Equal(SpcRule.None, r.Points[11].Rules & SpcRule.OutsideLimits);
    }

    [Fact]
    public void Evaluate_SevenAboveMean_RunFlagsAllSeven()
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(10.5, 10.6, 10.5, 10.6, 10.5, 10.6, 10.5), Fixed);
        Assert.All(Rules(r), rule => Assert.Equal(SpcRule.Run, rule));
        Assert.All(r.Points.Skip(10), p => Assert.Equal(SpcPointType.SpecialCauseImprovement, p.PointType));
    }

    [Fact]
    public void Evaluate_SixAboveMean_NoRunAtSevenButRunAtSix()
    {
        var x = SpcTestData.WithTail(10.5, 10.6, 10.5, 10.6, 10.5, 10.6);
        Assert.All(Rules(XmrChart.Evaluate(x, Fixed)), rule => Assert.Equal(SpcRule.None, rule));
        Assert.All(Rules(XmrChart.Evaluate(x, Fixed with { RunLength = 6 })), rule => Assert.Equal(SpcRule.Run, rule));
    }

    [Fact]
    public void Evaluate_PointOnMean_BreaksTheRun()
    {
        // 3 above, one exactly on the mean 10, 4 above: runs of 3 and 4, neither reaches 7
        var r = XmrChart.Evaluate(SpcTestData.WithTail(10.5, 10.6, 10.5, 10, 10.6, 10.5, 10.6, 10.5), Fixed);
        Assert.All(Rules(r), rule => Assert.Equal(SpcRule.None, rule));
    }

    [Fact]
    public void Evaluate_EightBelowMean_RunFlagsAllAsConcern()
    {
        // the baseline's last point (9) is below too: run of 9 from index 9
        var r = XmrChart.Evaluate(SpcTestData.WithTail(9.5, 9.4, 9.5, 9.4, 9.5, 9.4, 9.5, 9.4), Fixed);
        Assert.All(r.Points.Skip(9), p => Assert.Equal(SpcRule.Run, p.Rules));
        Assert.All(r.Points.Skip(9), p => Assert.Equal(SpcPointType.SpecialCauseConcern, p.PointType));
        Assert.False(r.Points[8].SpecialCause); // 11, above
    }

    [Fact]
    public void Evaluate_SevenRisingAcrossTheMean_TrendFlagsAllSevenAsImprovement()
    {
        // 9 (baseline) then 9 is a tie, so the trend starts at index 10: 9, 9.4, 9.8, 10.2, 10.6, 11, 11.4 — seven rising
        var r = XmrChart.Evaluate(SpcTestData.WithTail(9, 9.4, 9.8, 10.2, 10.6, 11, 11.4), Fixed with { RunLength = 50 });
        Assert.All(Rules(r), rule => Assert.Equal(SpcRule.Trend, rule));
        Assert.False(r.Points[9].SpecialCause);
        // the trend's direction decides on both sides of the mean (NHSRplotthedots 0.2.2): rising = improvement when higher is better
        Assert.All(r.Points.Skip(10), p => Assert.Equal(SpcPointType.SpecialCauseImprovement, p.PointType));
        var lowerBetter = XmrChart.Evaluate(SpcTestData.WithTail(9, 9.4, 9.8, 10.2, 10.6, 11, 11.4), Fixed with { RunLength = 50, Improvement = ImprovementDirection.Lower });
        Assert.All(lowerBetter.Points.Skip(10), p => Assert.Equal(SpcPointType.SpecialCauseConcern, p.PointType));
        Assert.Equal(VariationIcon.ConcernHigh, lowerBetter.Variation);
    }

    [Fact]
    public void Evaluate_FallingTrendAcrossTheMean_ConcernOnBothSides()
    {
        // 11, 10.6, 10.2, 9.8, 9.4, 9, 8.6 after the baseline's 9: the step 9 -> 11 rises, so the falling trend starts at 11
        var r = XmrChart.Evaluate(SpcTestData.WithTail(11, 10.6, 10.2, 9.8, 9.4, 9, 8.6), Fixed with { RunLength = 50 });
        Assert.All(r.Points.Skip(10), p => Assert.Equal((SpcRule.Trend, SpcPointType.SpecialCauseConcern), (p.Rules, p.PointType)));
        Assert.Equal(VariationIcon.ConcernLow, r.Variation);
    }

    [Fact]
    public void Evaluate_TrendBeatsRunAndTwoOfThree_OutsideLimitsBeatsTrend()
    {
        // After the baseline: 6.0 (beyond the lower 2-sigma line 6.454), 6.2, then rising to 9.9 below the mean, then 16 above
        // the upper limit 15.32. The first nine points below the mean are a run; 6.0 and 6.2 are a 2 of 3 below; 6.0 .. 16 rise.
        var r = XmrChart.Evaluate(SpcTestData.WithTail(6.0, 6.2, 6.4, 7, 8, 9, 9.5, 9.8, 9.9, 16), Fixed);
        var tail = r.Points.Skip(10).ToArray();
        Assert.Equal(SpcRule.Trend | SpcRule.Run | SpcRule.TwoOfThree, tail[0].Rules);
        Assert.Equal(SpcRule.Trend, tail[0].DecidingRule);
        Assert.All(tail[..9], p => Assert.Equal(SpcPointType.SpecialCauseImprovement, p.PointType));
        Assert.Equal((SpcRule.OutsideLimits, SpcPointType.SpecialCauseImprovement), (tail[9].DecidingRule, tail[9].PointType));
        // the same shape mirrored (falling, above the mean, ending below the lower limit): outside limits decides by side
        var mirrored = XmrChart.Evaluate(SpcTestData.WithTail(14.0, 13.8, 13.6, 13, 12, 11, 10.5, 10.2, 10.1, 4), Fixed);
        Assert.All(mirrored.Points.Skip(10).Take(9), p => Assert.Equal(SpcPointType.SpecialCauseConcern, p.PointType));
        Assert.Equal((SpcRule.OutsideLimits, SpcPointType.SpecialCauseConcern), (mirrored.Points[19].DecidingRule, mirrored.Points[19].PointType));
    }

    [Fact]
    public void Evaluate_TrendsSeparatedByOneOppositeStep_EachPointTakesItsOwnTrend()
    {
        // rising 8.5 .. 11.5 (7 points), one falling step to 11.2, rising again 11.2 .. 13.4 (7 points). NHSRplotthedots 0.2.2
        // would read 11.5 by the falling step to its right; its trend rises, so it is improvement.
        var r = XmrChart.Evaluate(SpcTestData.WithTail(8.5, 9, 9.5, 10, 10.5, 11, 11.5, 11.2, 11.4, 11.8, 12.2, 12.6, 13, 13.4), Fixed with { RunLength = 50 });
        Assert.All(r.Points.Skip(10), p => Assert.Equal((SpcRule.Trend, SpcPointType.SpecialCauseImprovement), (p.Rules, p.PointType)));
    }

    [Fact]
    public void Evaluate_PointEndingOneTrendAndStartingTheNext_TakesTheLaterTrend()
    {
        // rising 8.5 .. 11.5 (7 points), then falling 11.5 .. 8.5 (7 points sharing 11.5)
        var r = XmrChart.Evaluate(SpcTestData.WithTail(8.5, 9, 9.5, 10, 10.5, 11, 11.5, 11, 10.5, 10, 9.5, 9, 8.5), Fixed with { RunLength = 50 });
        Assert.All(r.Points.Skip(10).Take(6), p => Assert.Equal(SpcPointType.SpecialCauseImprovement, p.PointType));
        Assert.Equal(SpcPointType.SpecialCauseConcern, r.Points[16].PointType); // 11.5: the later, falling trend
        Assert.All(r.Points.Skip(17), p => Assert.Equal(SpcPointType.SpecialCauseConcern, p.PointType));
    }

    [Fact]
    public void Evaluate_TieInsideTrend_BreaksIt()
    {
        // 9.1, 9.3, 9.5, 9.5, 9.7, 9.9, 10.1, 10.3: rising 9 → 9.5 (4 points from index 9), tie, then 9.5 → 10.3 (5 points)
        var r = XmrChart.Evaluate(SpcTestData.WithTail(9.1, 9.3, 9.5, 9.5, 9.7, 9.9, 10.1, 10.3), Fixed with { RunLength = 50 });
        Assert.All(r.Points, p => Assert.Equal(SpcRule.None, p.Rules & SpcRule.Trend));
        // without the tie (9.5 → 9.6) the same points rise 12 times in a row
        var unbroken = XmrChart.Evaluate(SpcTestData.WithTail(9.1, 9.3, 9.5, 9.6, 9.7, 9.9, 10.1, 10.3), Fixed with { RunLength = 50 });
        Assert.All(unbroken.Points.Skip(9), p => Assert.Equal(SpcRule.Trend, p.Rules));
    }

    [Fact]
    public void Evaluate_SevenFallingWithSixLength_TrendOfSix()
    {
        var x = SpcTestData.WithTail(11, 10.8, 10.6, 10.4, 10.2, 10.1, 12);
        Assert.All(XmrChart.Evaluate(x, Fixed with { RunLength = 50 }).Points, p => Assert.Equal(SpcRule.None, p.Rules & SpcRule.Trend));
        var six = XmrChart.Evaluate(x, Fixed with { RunLength = 50, TrendLength = 6 });
        Assert.Equal(Enumerable.Repeat(SpcRule.Trend, 6).Append(SpcRule.None), Rules(six));
    }

    [Fact]
    public void Evaluate_TrendPointExactlyOnMean_TakesTrendDirection()
    {
        // 9.4, 9.6, 9.8, 10 (on the mean), 10.2, 10.4, 10.6 rising: the point on the mean is high (improvement)
        var r = XmrChart.Evaluate(SpcTestData.WithTail(9.4, 9.6, 9.8, 10, 10.2, 10.4, 10.6), Fixed with { RunLength = 50 });
        Assert.Equal(SpcRule.Trend, r.Points[13].Rules);
        Assert.Equal(SpcPointType.SpecialCauseImprovement, r.Points[13].PointType);
        var falling = XmrChart.Evaluate(SpcTestData.WithTail(10.6, 10.4, 10.2, 10, 9.8, 9.6, 9.4), Fixed with { RunLength = 50, Improvement = ImprovementDirection.Neutral });
        Assert.Equal(SpcPointType.SpecialCauseNeutralLow, falling.Points[13].PointType);
    }

    [Fact]
    public void Evaluate_TwoOfThreeAboveTwoSigma_FlagsTheTwo()
    {
        // 14 and 14.5 are above 13.546 (2σ) but below 15.32; 10.5 between them is not flagged
        var r = XmrChart.Evaluate(SpcTestData.WithTail(14, 10.5, 14.5), Fixed);
        Assert.Equal([SpcRule.TwoOfThree, SpcRule.None, SpcRule.TwoOfThree], Rules(r));
    }

    [Fact]
    public void Evaluate_TwoBeyondTwoSigmaOnOppositeSides_NoSignal()
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(14, 6, 10.5), Fixed);
        Assert.All(Rules(r), rule => Assert.Equal(SpcRule.None, rule));
    }

    [Fact]
    public void Evaluate_TwoOfThreeWithPointBeyondLimit_DependsOnMode()
    {
        // 16 is beyond the upper limit, 14 between 2σ and the limit
        var x = SpcTestData.WithTail(16, 14, 10);
        var include = XmrChart.Evaluate(x, Fixed with { TwoOfThree = TwoOfThreeMode.IncludeBeyondLimits });
        Assert.Equal([SpcRule.OutsideLimits | SpcRule.TwoOfThree, SpcRule.TwoOfThree, SpcRule.None], Rules(include));
        var exclude = XmrChart.Evaluate(x, Fixed with { TwoOfThree = TwoOfThreeMode.ExcludeBeyondLimits });
        Assert.Equal([SpcRule.OutsideLimits, SpcRule.None, SpcRule.None], Rules(exclude));
    }

    [Fact]
    public void Options_Default_IncludesBeyondLimitsAndUsesSeven()
    {
        var o = new SpcOptions();
        Assert.Equal(TwoOfThreeMode.IncludeBeyondLimits, o.TwoOfThree);
        Assert.Equal(7, o.RunLength);
        Assert.Equal(7, o.TrendLength);
        Assert.Equal(ImprovementDirection.Higher, o.Improvement);
    }

    [Fact]
    public void Evaluate_TwoOfThreeBelow_ConcernWhenHigherIsBetter()
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(6, 6.2, 10), Fixed);
        Assert.Equal(SpcRule.TwoOfThree, r.Points[10].Rules);
        Assert.Equal(SpcPointType.SpecialCauseConcern, r.Points[11].PointType);
    }
}
