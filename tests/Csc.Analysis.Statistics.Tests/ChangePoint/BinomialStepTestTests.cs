using Csc.Analysis.Statistics.ChangePoint;

namespace Csc.Analysis.Statistics.Tests.ChangePoint;

public sealed class BinomialStepTestTests
{
    [Fact]
    public void Test_ClearStep_FindsItsStart()
    {
        // 1/20 in each of 8 periods, then 15/20 in each of 6: the step starts at index 8.
        int[] x = [1, 1, 1, 1, 1, 1, 1, 1, 15, 15, 15, 15, 15, 15];
        var n = Enumerable.Repeat(20, 14).ToArray();
        var result = BinomialStepTest.Test(x, n, new StepTestOptions { Direction = StepDirection.Increase });
        Assert.Equal(8, result.ChangeIndex);
        Assert.Equal(8.0 / 160, result.RateBefore, 12);
        Assert.Equal(90.0 / 120, result.RateAfter, 12);
        Assert.True(result.PValue < 1e-10);
        // splits allowed at 3..11 (3 periods each side minimum): 9 candidates
        Assert.Equal(9, result.CandidateSplits);
    }

    [Fact]
    public void Test_HandWorkedLikelihoodRatio()
    {
        // Two periods: 0/10 then 5/10, min segment 1. Pooled p = 0.25:
        // ℓ_all = 5 ln 0.25 + 15 ln 0.75 = -6.931472 - 4.315231 = -11.246703;
        // ℓ_before = 0 (0/10), ℓ_after = 10 ln 0.5 = -6.931472; LR = 2(−6.931472 + 11.246703) = 8.630462.
        var result = BinomialStepTest.Test([0, 5], [10, 10], new StepTestOptions { MinimumSegmentLength = 1 });
        var expected = 2 * ((10 * Math.Log(0.5)) - ((5 * Math.Log(0.25)) + (15 * Math.Log(0.75))));
        Assert.Equal(expected, result.LikelihoodRatio, 12);
        Assert.Equal(1, result.ChangeIndex);
        Assert.Equal(1 - MathNet.Numerics.Distributions.ChiSquared.CDF(1, expected), result.PValue, 12);
    }

    [Fact]
    public void Test_DecreaseOnlyWhenRateRises_NoSplit()
    {
        var result = BinomialStepTest.Test([0, 0, 0, 5, 5, 5], [10, 10, 10, 10, 10, 10], new StepTestOptions { Direction = StepDirection.Decrease });
        Assert.False(result.HasSplit);
        Assert.Equal(1, result.PValue);
    }

    [Fact]
    public void Test_ConstantRate_NotSignificant()
    {
        var result = BinomialStepTest.Test([2, 3, 2, 3, 2, 3, 2, 3], [20, 20, 20, 20, 20, 20, 20, 20]);
        Assert.True(result.PValue > 0.5, $"p = {result.PValue}");
    }

    [Fact]
    public void Test_ImpossibleCounts_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => BinomialStepTest.Test([3], [2]));
        Assert.Contains("Period 0: 3 successes out of 2 trials", ex.Message);
    }
}
