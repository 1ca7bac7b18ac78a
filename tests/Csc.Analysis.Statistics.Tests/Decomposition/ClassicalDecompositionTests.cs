using Csc.Analysis.Statistics.Decomposition;

namespace Csc.Analysis.Statistics.Tests.Decomposition;

public sealed class ClassicalDecompositionTests
{
    private static bool Close(double a, double b) => double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) < 1e-12;

    [Fact]
    public void Decompose_Period4Additive_HandWorked()
    {
        // x = 1..8 plus seasonal pattern (+1, -1, +1, -1) -> 2, 1, 4, 3, 6, 5, 8, 7.
        // Trend at index 2: (0.5*2 + 1 + 4 + 3 + 0.5*6) / 4 = 12 / 4 = 3; index 3: (0.5*1 + 4 + 3 + 6 + 0.5*5) / 4 = 4; ...
        // so the trend is index + 1 on indices 2..5 and NaN at the two ends on each side.
        // Detrended: index 2: 4 - 3 = 1, 3: 3 - 4 = -1, 4: 6 - 5 = 1, 5: 5 - 6 = -1 -> figure (1, -1, 1, -1), mean 0.
        var result = ClassicalDecomposition.Decompose([2, 1, 4, 3, 6, 5, 8, 7], new ClassicalOptions(4));
        Assert.Equal([double.NaN, double.NaN, 3, 4, 5, 6, double.NaN, double.NaN], result.Trend);
        Assert.Equal([1.0, -1, 1, -1, 1, -1, 1, -1], result.Seasonal);
        Assert.Equal([double.NaN, double.NaN, 0, 0, 0, 0, double.NaN, double.NaN], result.Remainder);
        Assert.Equal(new ClassicalParameters(4, DecompositionType.Additive, 5), result.Parameters);
    }

    [Fact]
    public void Decompose_OddPeriodMultiplicative_HandWorked()
    {
        // Period 3, x = 10 * (0.5, 1, 1.5) repeated: the centred 3-term mean is 10 everywhere it exists,
        // ratios (0.5, 1, 1.5), mean 1, so the figure is (0.5, 1, 1.5) and the remainder 1.
        var result = ClassicalDecomposition.Decompose([5, 10, 15, 5, 10, 15], new ClassicalOptions(3, DecompositionType.Multiplicative));
        // (5 + 10 + 15) / 3 in floating point is 9.9999999999999982 at some positions: compare to 1e-12.
        Assert.Equal([double.NaN, 10, 10, 10, 10, double.NaN], result.Trend, Close);
        Assert.Equal([0.5, 1, 1.5, 0.5, 1, 1.5], result.Seasonal, Close);
        Assert.Equal([double.NaN, 1, 1, 1, 1, double.NaN], result.Remainder, Close);
    }

    [Fact]
    public void SeasonalFigure_Classical_IsTheRepeatedFigure()
    {
        // 2, 1, 4, 3, ... with period 4: figure (1, -1, 1, -1) from the first observation, as in the hand-worked case above.
        var result = ClassicalDecomposition.Decompose([2, 1, 4, 3, 6, 5, 8, 7, 10, 9], new ClassicalOptions(4));
        Assert.Equal([1.0, -1, 1, -1], result.SeasonalFigure());
    }

    [Fact]
    public void Decompose_PeriodOne_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => ClassicalDecomposition.Decompose([1, 2, 3], new ClassicalOptions(1)));
        Assert.Equal("The period must be at least 2 observations per cycle (got 1): use 12 for monthly data with a yearly pattern, 4 for quarterly.", ex.Message);
    }

    [Fact]
    public void Decompose_TooShort_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => ClassicalDecomposition.Decompose(new double[7], new ClassicalOptions(4)));
        Assert.StartsWith("Classical decomposition needs at least two full periods: the series has 7 value(s) but period 4 needs at least 8.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompose_Missing_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => ClassicalDecomposition.Decompose([1, 2, double.NaN, 4, 5, 6, 7, 8], new ClassicalOptions(4)));
        Assert.StartsWith("The series has 1 missing (NaN) value(s), the first at index 2: Classical decomposition needs a complete series.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompose_MultiplicativeZeroTrend_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => ClassicalDecomposition.Decompose(new double[8], new ClassicalOptions(4, DecompositionType.Multiplicative)));
        Assert.Equal("The moving-average trend is 0 at index 2, so a multiplicative seasonal ratio cannot be formed: use an additive decomposition for series that reach zero.", ex.Message);
    }
}
