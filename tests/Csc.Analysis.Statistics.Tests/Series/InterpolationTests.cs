using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Statistics.Tests.Series;

public sealed class InterpolationTests
{
    [Fact]
    public void FillGaps_InteriorRun_LinearAndFlagged()
    {
        // Between 10 (index 1) and 22 (index 4): step (22 - 10) / 3 = 4 -> 14, 18.
        var result = Interpolation.FillGaps([5, 10, double.NaN, double.NaN, 22, 23]);
        Assert.Equal([5.0, 10, 14, 18, 22, 23], result.Values);
        Assert.Equal([false, false, true, true, false, false], result.Imputed);
        Assert.Equal(2, result.ImputedCount);
    }

    [Fact]
    public void FillGaps_SeveralRuns_EachBetweenItsNeighbours()
    {
        // 1 _ 3 _ _ 0: 2; then 3 -> 0 over three steps: 2, 1.
        var result = Interpolation.FillGaps([1, double.NaN, 3, double.NaN, double.NaN, 0]);
        Assert.Equal([1.0, 2, 3, 2, 1, 0], result.Values);
    }

    [Fact]
    public void FillGaps_NoGaps_Unchanged()
    {
        var result = Interpolation.FillGaps([1.5, 2.5]);
        Assert.Equal([1.5, 2.5], result.Values);
        Assert.Equal(0, result.ImputedCount);
    }

    [Fact]
    public void FillGaps_LeadingGapByDefault_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Interpolation.FillGaps([double.NaN, double.NaN, 4, 5]));
        Assert.Equal("Cannot interpolate: the first 2 value(s) are missing (before index 2), and a gap at the start or end has no value on one side. "
            + "Trim the missing points at the ends, or use EdgeGaps.Nearest to carry the nearest observed value (flagged as imputed).", ex.Message);
    }

    [Fact]
    public void FillGaps_TrailingGapByDefault_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Interpolation.FillGaps([4, 5, double.NaN]));
        Assert.StartsWith("Cannot interpolate: the last 1 value(s) are missing (after index 1),", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FillGaps_EdgesNearest_CarriedAndFlagged()
    {
        var result = Interpolation.FillGaps([double.NaN, 4, double.NaN, 8, double.NaN, double.NaN], EdgeGaps.Nearest);
        Assert.Equal([4.0, 4, 6, 8, 8, 8], result.Values);
        Assert.Equal([true, false, true, false, true, true], result.Imputed);
    }

    [Fact]
    public void FillGaps_AllMissing_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Interpolation.FillGaps([double.NaN, double.NaN], EdgeGaps.Nearest));
        Assert.Equal("All 2 values are missing (NaN): there is nothing to interpolate from.", ex.Message);
    }

    [Fact]
    public void FillGaps_Infinite_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Interpolation.FillGaps([1, double.PositiveInfinity]));
        Assert.Equal("The value at index 1 is infinite: only finite values or NaN (missing) can be filled.", ex.Message);
    }
}
