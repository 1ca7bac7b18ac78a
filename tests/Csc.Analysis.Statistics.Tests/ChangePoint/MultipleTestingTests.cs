using Csc.Analysis.Statistics.ChangePoint;

namespace Csc.Analysis.Statistics.Tests.ChangePoint;

public sealed class MultipleTestingTests
{
    private static readonly double[] P = [0.01, 0.04, 0.03, 0.005];

    [Fact]
    public void Holm_MatchesRPAdjust()
    {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
        // (sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → cummax 0.06)
        Assert.Equal([0.03, 0.06, 0.06, 0.02], MultipleTesting.Adjust(P, PValueAdjustment.Holm).Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void BenjaminiHochberg_MatchesRPAdjust()
    {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
        // (descending: 0.04·4/4 = 0.04, 0.03·4/3 = 0.04, 0.01·4/2 = 0.02, 0.005·4/1 = 0.02)
        Assert.Equal([0.02, 0.04, 0.04, 0.02], MultipleTesting.Adjust(P, PValueAdjustment.BenjaminiHochberg).Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Bonferroni_CapsAtOne()
        => Assert.Equal([0.04, 0.16, 0.12, 0.02], MultipleTesting.Adjust(P, PValueAdjustment.Bonferroni).Select(v => Math.Round(v, 12)));

    [Fact]
    public void Adjust_OutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => MultipleTesting.Adjust([0.5, 1.5], PValueAdjustment.Holm));
        Assert.Contains("1.5 is not between 0 and 1", ex.Message);
    }
}
