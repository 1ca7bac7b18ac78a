using Csc.Analysis.Statistics.Regression;
using static Csc.Analysis.Statistics.Tests.Regression.ReferenceFiles;

namespace Csc.Analysis.Statistics.Tests.Regression;

public sealed class ProportionTrendTestTests
{
    [Fact]
    public void CochranArmitage_MatchesRPropTrendTest()
    {
        // R: prop.trend.test(c(2,3,5,4,7,9), c(40,42,45,39,41,44)) (Reference/trend_reference.csv)
        var expected = Read("Regression", "Reference", "trend_reference.csv")[0];
        var result = ProportionTrendTest.CochranArmitage([2, 3, 5, 4, 7, 9], [40, 42, 45, 39, 41, 44]);
        Assert.Equal(D(expected["chisq"]), result.Z * result.Z, 1e-9);
        Assert.Equal(D(expected["p"]), result.PValue, 1e-9);
        Assert.True(result.Slope > 0);
    }

    [Fact]
    public void CochranArmitage_FlatRates_ZIsZero()
    {
        // 5/50 every period: no trend, Z = 0, p = 1.
        var result = ProportionTrendTest.CochranArmitage([5, 5, 5, 5], [50, 50, 50, 50]);
        Assert.Equal(0, result.Z, 12);
        Assert.Equal(1, result.PValue, 12);
    }

    [Fact]
    public void CochranArmitage_MoreSuccessesThanTrials_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProportionTrendTest.CochranArmitage([1, 6], [5, 5]));
        Assert.Contains("Group 1: 6 successes out of 5 trials", ex.Message);
    }
}
