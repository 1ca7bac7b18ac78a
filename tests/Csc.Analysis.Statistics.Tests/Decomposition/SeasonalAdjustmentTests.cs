using Csc.Analysis.Statistics.Decomposition;

namespace Csc.Analysis.Statistics.Tests.Decomposition;

public sealed class SeasonalAdjustmentTests
{
    private static DecompositionResult Additive(double[] seasonal, double[] remainder, int period)
    {
        var trend = Enumerable.Repeat(100.0, seasonal.Length).ToArray();
        var observed = seasonal.Select((s, i) => trend[i] + s + remainder[i]).ToArray();
        var parameters = new ClassicalParameters(period, DecompositionType.Additive, period + 1);
        return new DecompositionResult(observed, seasonal, trend, remainder, Enumerable.Repeat(1.0, seasonal.Length).ToArray(), parameters);
    }

    [Fact]
    public void Adjust_Additive_SubtractsSeasonal()
    {
        var result = Additive([5, -5, 5, -5], [1, 0, 0, -1], 2);
        Assert.Equal([101.0, 100, 100, 99], SeasonalAdjustment.Adjust(result));
    }

    [Fact]
    public void Adjust_Multiplicative_DividesBySeasonal()
    {
        var result = ClassicalDecomposition.Decompose([5, 10, 15, 5, 10, 15], new ClassicalOptions(3, DecompositionType.Multiplicative));
        // Seasonal (0.5, 1, 1.5): 5 / 0.5 = 10, 10 / 1 = 10, 15 / 1.5 = 10.
        Assert.Equal([10.0, 10, 10, 10, 10, 10], SeasonalAdjustment.Adjust(result), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void FindExceptions_DipBeyondUsual_FlaggedBelow()
    {
        // Remainders: eight small values and one dip of -10.
        // Sorted: -10, -0.4, -0.3, -0.2, 0, 0.1, 0.2, 0.3, 0.4 -> median 0.
        // |r - 0|: 10, 0.4, 0.3, 0.2, 0, 0.1, 0.2, 0.3, 0.4 -> sorted 0, 0.1, 0.2, 0.2, 0.3, 0.3, 0.4, 0.4, 10 -> MAD 0.3,
        // scale 1.4826 * 0.3 = 0.44478; the dip scores -10 / 0.44478 = -22.48 < -3: an exception below.
        double[] seasonal = [-8, 0, 8, -8, 0, 8, -8, 0, 8];
        double[] remainder = [0.1, -0.2, 0.3, -10, 0.2, -0.3, 0.4, -0.4, 0];
        var report = SeasonalAdjustment.FindExceptions(Additive(seasonal, remainder, 3));
        Assert.Equal(0, report.Centre);
        Assert.Equal(1.4826 * 0.3, report.Scale, 1e-15);
        var exception = Assert.Single(report.Exceptions);
        Assert.Equal(3, exception.Index);
        Assert.Equal(Deviation.Below, exception.Exception);
        Assert.Equal(-10 / (1.4826 * 0.3), exception.Score, 1e-12);
        // Index 3 is cycle position 0, which is seasonally low (-8 with a seasonal range of 16; band 1.6).
        Assert.Equal(0, exception.CyclePosition);
        Assert.Equal(Deviation.Below, exception.SeasonalEffect);
        Assert.Equal(-8, exception.Seasonal);
        Assert.Equal(100 - 8 - 10 + 8, exception.Adjusted, 1e-12);
    }

    [Fact]
    public void FindExceptions_UsualSeasonalDip_NotAnException()
    {
        // A low month whose remainder is small: "this is the usual seasonal effect".
        double[] seasonal = [-8, 0, 8, -8, 0, 8, -8, 0, 8];
        double[] remainder = [0.1, -0.2, 0.3, -0.1, 0.2, -0.3, 0.4, -0.4, 0];
        var report = SeasonalAdjustment.FindExceptions(Additive(seasonal, remainder, 3));
        Assert.Empty(report.Exceptions);
        var point = report.Points[6];
        Assert.Equal((Deviation.Below, Deviation.None), (point.SeasonalEffect, point.Exception));
        Assert.Equal(Deviation.None, report.Points[1].SeasonalEffect);
        Assert.Equal(Deviation.Above, report.Points[2].SeasonalEffect);
    }

    [Fact]
    public void FindExceptions_ThresholdConfigurable()
    {
        // Spike of 1.0: median 0, MAD 0.3 -> score 1 / 0.44478 = 2.25: not beyond 3, beyond 2.
        double[] seasonal = [0, 0, 0, 0, 0, 0, 0, 0, 0];
        double[] remainder = [0.1, -0.2, 0.3, 1.0, 0.2, -0.3, 0.4, -0.4, 0];
        var result = Additive(seasonal, remainder, 3);
        Assert.Empty(SeasonalAdjustment.FindExceptions(result).Exceptions);
        var flagged = Assert.Single(SeasonalAdjustment.FindExceptions(result, new SeasonalExceptionOptions { Threshold = 2 }).Exceptions);
        Assert.Equal((3, Deviation.Above), (flagged.Index, flagged.Exception));
    }

    [Fact]
    public void FindExceptions_ClassicalEnds_NaNNeverFlagged()
    {
        var result = ClassicalDecomposition.Decompose([2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11], new ClassicalOptions(4));
        var report = SeasonalAdjustment.FindExceptions(result);
        Assert.True(double.IsNaN(report.Points[0].Score));
        Assert.Equal(Deviation.None, report.Points[0].Exception);
    }

    [Fact]
    public void FindExceptions_ZeroThreshold_Refused()
    {
        var result = Additive([0, 0, 0, 0], [0, 0, 0, 0], 2);
        var ex = Assert.Throws<ArgumentException>(() => SeasonalAdjustment.FindExceptions(result, new SeasonalExceptionOptions { Threshold = 0 }));
        Assert.Equal("The exception threshold k must be a positive number (got 0); 3 is usual.", ex.Message);
    }

    [Fact]
    public void FindExceptions_StlOnOutlierSeries_FindsPlantedOutliers()
    {
        var (_, values) = Reference.ReferenceData.Series("syn60outliers");
        var result = Stl.Decompose(values, new StlOptions { Period = 12, SeasonalWindow = 7, Robust = true });
        var report = SeasonalAdjustment.FindExceptions(result);
        // Planted in generate_stl.R: +60, -45 and +80 at R positions 8, 27 and 51 (indices 7, 26 and 50); they are the three
        // largest scores, with the planted signs.
        var largest = report.Points.OrderByDescending(p => Math.Abs(p.Score)).Take(3).OrderBy(p => p.Index);
        Assert.Equal([(7, Deviation.Above), (26, Deviation.Below), (50, Deviation.Above)], largest.Select(e => (e.Index, e.Exception)));
    }
}
