using Csc.Analysis.Statistics.Regression;

namespace Csc.Analysis.Statistics.Tests.Regression;

public sealed class CrossCorrelationTests
{
    [Fact]
    public void Pearson_HandWorked()
    {
        // x = 1,2,3,4; y = 2,4,5,9: mean x 2.5, mean y 5; Sxy = (-1.5)(-3)+(-0.5)(-1)+(0.5)(0)+(1.5)(4) = 11;
        // Sxx = 5; Syy = 9+1+0+16 = 26; r = 11 / sqrt(130) = 0.964763...
        Assert.Equal(11 / Math.Sqrt(130), CrossCorrelation.Pearson([1, 2, 3, 4], [2, 4, 5, 9]), 12);
    }

    [Fact]
    public void Compute_YIsXShiftedByTwo_PeaksAtLagTwo()
    {
        // y_t = x_{t-2}: x leads y by 2, so corr(x_t, y_{t+2}) = 1.
        var x = Enumerable.Range(0, 30).Select(t => Math.Sin(t * 0.9) + (0.1 * (t % 7))).ToArray();
        var y = Enumerable.Range(0, 30).Select(t => t >= 2 ? x[t - 2] : 0).ToArray();
        var result = CrossCorrelation.Compute(x, y, new CrossCorrelationOptions { MaxLag = 4 });
        var best = result.MaxBy(c => c.R)!;
        Assert.Equal(2, best.Lag);
        Assert.Equal(1, best.R, 9);
        Assert.Equal(28, best.Pairs);
        Assert.Equal(9, result.Count);
    }

    [Fact]
    public void Compute_FisherInterval_HandWorkedWithoutAutocorrelationCorrection()
    {
        // r = 0.964763 from 4 pairs; with no autocorrelation correction n_eff = 4:
        // z = atanh(r) = 2.0127; half width 1.959964/sqrt(1) → [tanh(0.0528), tanh(3.9727)] = [0.0527, 0.99929].
        var result = CrossCorrelation.Compute([1, 2, 3, 4], [2, 4, 5, 9], new CrossCorrelationOptions { MaxLag = 0, AutocorrelationLags = 0 });
        var r = result.Single();
        var z = Math.Atanh(11 / Math.Sqrt(130));
        Assert.Equal(Math.Tanh(z - 1.959963984540054), r.Lower, 9);
        Assert.Equal(Math.Tanh(z + 1.959963984540054), r.Upper, 9);
        Assert.Equal(4, r.EffectiveN);
    }

    [Fact]
    public void Compute_TrendingSeries_EffectiveNSmallerThanPairs()
    {
        // Two smooth trends are strongly autocorrelated: the Bartlett correction must shrink n.
        var x = Enumerable.Range(0, 36).Select(t => (double)t).ToArray();
        var y = Enumerable.Range(0, 36).Select(t => (t * 0.5) + Math.Sin(t)).ToArray();
        var zero = CrossCorrelation.Compute(x, y).Single(c => c.Lag == 0);
        Assert.True(zero.EffectiveN < zero.Pairs / 2.0, $"n_eff {zero.EffectiveN} should be well below {zero.Pairs}");
    }

    [Fact]
    public void Compute_DifferentLengths_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => CrossCorrelation.Compute([1, 2, 3], [1, 2]));
        Assert.Contains("x has 3 values, y has 2", ex.Message);
    }
}
