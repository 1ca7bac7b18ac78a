using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Statistics.Tests.Spc;

public sealed class XmrLimitsTests
{
    [Fact]
    public void Evaluate_FivePoints_HandWorkedLimits()
    {
        // x = 10, 12, 11, 13, 12: mean 58/5 = 11.6; moving ranges 2, 1, 2, 1 → m̄ = 1.5
        // limits 11.6 ± 2.66·1.5 = 7.61 .. 15.59; sigma 1.5/1.128 = 1.3297872; 2-sigma 11.6 ± 2.6595745
        var r = XmrChart.Evaluate([10, 12, 11, 13, 12], new SpcOptions());
        var p = r.Points[3];
        Assert.Equal(3, p.T);
        Assert.Equal(13, p.Value);
        Assert.Equal(11.6, p.Mean, 12);
        Assert.Equal(7.61, p.LowerProcessLimit, 12);
        Assert.Equal(15.59, p.UpperProcessLimit, 12);
        Assert.Equal(11.6 + 3 / 1.128, p.Upper2Sigma, 12);
        Assert.Equal(11.6 - 3 / 1.128, p.Lower2Sigma, 12);
        Assert.All(r.Points, q => Assert.False(q.SpecialCause));
        Assert.Equal(VariationIcon.CommonCause, r.Variation);
    }

    [Fact]
    public void Evaluate_FixAfter_LaterPointsUseBaselineLimits()
    {
        // baseline mean 10, m̄ 2 (see SpcTestData); the later 100s would move an unfixed mean a long way
        var r = XmrChart.Evaluate(SpcTestData.WithTail(100, 100), new SpcOptions { FixAfter = 10 });
        Assert.All(r.Points, p => Assert.Equal(SpcTestData.Mean, p.Mean, 12));
        Assert.All(r.Points, p => Assert.Equal(SpcTestData.Upl, p.UpperProcessLimit, 12));
        // both 100s are outside; two of three beyond 2σ counts them again (IncludeBeyondLimits, the default)
        Assert.Equal(SpcRule.OutsideLimits | SpcRule.TwoOfThree, r.Points[10].Rules);
    }

    [Fact]
    public void Evaluate_FixAfterLongerThanSeries_UsesAllPoints()
    {
        var fixedLong = XmrChart.Evaluate([10, 12, 11, 13, 12], new SpcOptions { FixAfter = 50 });
        Assert.Equal(11.6, fixedLong.Points[0].Mean, 12);
    }

    [Fact]
    public void Evaluate_Rebase_RecalculatesLimitsPerSegmentAndIgnoresTheJump()
    {
        // segment 1: 11, 9, ... (mean 10, m̄ 2); segment 2: 21, 19, ... (mean 20, m̄ 2); the 9 → 21 jump is no moving range
        double[] x = [.. Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? 11.0 : 9.0), .. Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? 21.0 : 19.0)];
        var rebased = XmrChart.Evaluate(x, new SpcOptions { RebaseAt = [10] });
        Assert.Equal(10, rebased.Points[9].Mean, 12);
        Assert.Equal(20, rebased.Points[10].Mean, 12);
        Assert.Equal(20 + 2.66 * 2, rebased.Points[15].UpperProcessLimit, 12);
        Assert.All(rebased.Points, p => Assert.False(p.SpecialCause));

        // one segment: mean 15, ten points below then ten above → runs everywhere
        var single = XmrChart.Evaluate(x, new SpcOptions());
        Assert.Equal(15, single.Points[0].Mean, 12);
        Assert.All(single.Points, p => Assert.True((p.Rules & SpcRule.Run) != 0));
    }

    [Fact]
    public void Evaluate_RunDoesNotCrossARebase()
    {
        // segment 1 ends with 4 points below its mean, segment 2 starts with 4 points below its mean: two runs of 4, not one of 8
        double[] x = [12, 12, 12, 12, 9, 9, 9, 9, 8, 8, 8, 8, 12, 12, 12, 12];
        var r = XmrChart.Evaluate(x, new SpcOptions { RebaseAt = [8], RunLength = 7, TrendLength = 20 });
        Assert.All(r.Points, p => Assert.Equal(SpcRule.None, p.Rules & SpcRule.Run));
    }

    [Fact]
    public void Evaluate_ScreenOutliers_DropsLargeMovingRanges()
    {
        // x = 10,11,10,11,10,11,10,11,10,30,10,11: moving ranges eight 1s, 20, 20, 1 → m̄ = 49/11 = 4.4545
        // screening drops ranges ≥ 3.267·4.4545 = 14.55 (the two 20s): m̄ = 9/9 = 1. Mean = 145/12 either way.
        double[] x = [10, 11, 10, 11, 10, 11, 10, 11, 10, 30, 10, 11];
        var plain = XmrChart.Evaluate(x, new SpcOptions());
        var screened = XmrChart.Evaluate(x, new SpcOptions { ScreenOutliers = true });
        var mean = 145.0 / 12;
        Assert.Equal(mean + 2.66 * 49 / 11, plain.Points[0].UpperProcessLimit, 12);
        Assert.Equal(mean + 2.66, screened.Points[0].UpperProcessLimit, 12);
        Assert.Equal(SpcRule.OutsideLimits, screened.Points[9].Rules); // 30 > 12.083 + 2.66
        Assert.Equal(SpcRule.None, plain.Points[9].Rules & SpcRule.TwoOfThree);
    }

    [Fact]
    public void Evaluate_ScreenOutliersAllRangesEqual_KeepsThem()
    {
        var r = XmrChart.Evaluate([1, 2, 3, 4], new SpcOptions { ScreenOutliers = true, TrendLength = 5 });
        Assert.Equal(2.5 + 2.66, r.Points[0].UpperProcessLimit, 12);
    }

    [Fact]
    public void Evaluate_ConstantSeries_ZeroWidthLimitsAndNoSignals()
    {
        // every point equals the mean: no side, no trend, not strictly outside zero-width limits
        var r = XmrChart.Evaluate([5, 5, 5, 5, 5, 5, 5, 5, 5], new SpcOptions { ScreenOutliers = true });
        Assert.All(r.Points, p => Assert.Equal(5, p.UpperProcessLimit));
        Assert.All(r.Points, p => Assert.False(p.SpecialCause));
    }
}
