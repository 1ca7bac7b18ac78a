using Csc.Analysis.Statistics.Survival;

namespace Csc.Analysis.Statistics.Tests.Survival;

public sealed class QuantilesTests
{
    [Fact]
    public void Type7_HandWorked()
    {
        // sorted 1,2,4,7,11 (n = 5): p = 0.25 → h = 1 → 2; p = 0.5 → 4; p = 0.9 → h = 3.6 → 7 + 0.6·4 = 9.4.
        var q = Quantiles.Type7(new double[] { 11, 2, 7, 1, 4 }, [0.25, 0.5, 0.9, 0, 1]);
        Assert.Equal([2, 4, 9.4, 1, 11], q.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Type7_Empty_IsNaN()
        => Assert.True(double.IsNaN(Quantiles.Type7(Array.Empty<double>(), 0.5)));
}
