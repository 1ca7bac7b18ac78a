using Csc.Analysis.Statistics.Forecasting;

namespace Csc.Analysis.Statistics.Tests.Forecasting;

public sealed class HoltWintersValidationTests
{
    private static double[] Months(int n) => Enumerable.Range(0, n).Select(i => 10.0 + i % 12).ToArray();

    [Fact]
    public void Fit_TooShortForSeasonal_SaysHowManyValuesAreNeeded()
    {
        var ex = Assert.Throws<ArgumentException>(() => HoltWinters.Fit(Months(23), new HoltWintersOptions()));
        Assert.StartsWith("Holt–Winters needs at least 24 values (2 whole periods of 12 for the start values and 2 more to fit); got 23.", ex.Message);
    }

    [Fact]
    public void Fit_ZeroInMultiplicative_NamesTheIndex()
    {
        var x = Months(36);
        x[5] = 0;
        var ex = Assert.Throws<ArgumentException>(() => HoltWinters.Fit(x, new HoltWintersOptions { Seasonality = Seasonality.Multiplicative }));
        Assert.StartsWith("Value at index 5 is 0; multiplicative Holt–Winters needs non-zero data (use the additive model).", ex.Message);
    }

    [Fact]
    public void Fit_NaN_NamesTheIndex()
    {
        var x = Months(36);
        x[30] = double.NaN;
        var ex = Assert.Throws<ArgumentException>(() => HoltWinters.Fit(x, new HoltWintersOptions()));
        Assert.StartsWith("Value at index 30 is NaN; the series must be complete and finite (fill or drop gaps first).", ex.Message);
    }

    [Theory]
    [InlineData(0.0, null, "Alpha must be in (0, 1]; got 0.")]
    [InlineData(0.5, 1.5, "Beta must be in [0, 1]; got 1.5.")]
    public void Fit_ParameterOutOfRange_Throws(double alpha, double? beta, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => HoltWinters.Fit(Months(36), new HoltWintersOptions { Alpha = alpha, Beta = beta, Gamma = 0.1 }));
        Assert.StartsWith(message, ex.Message);
    }

    [Fact]
    public void Forecast_SesWorkedExample_MatchesHandComputation()
    {
        // x = 10, 12, 11, alpha 0.5, no trend/season: level starts at x[0] = 10.
        // t=1: xhat 10, e 2, level 11; t=2: xhat 11, e 0, level 11. SSE = 4. residuals 2, 0: var = 2.
        // h=1 sd = sqrt(2·1); h=2 sd = sqrt(2·(1 + 0.5²)) = sqrt(2.5).
        var fit = HoltWinters.Fit([10, 12, 11], HoltWintersOptions.SimpleExponentialSmoothing(0.5));
        Assert.Equal(4, fit.Sse, 12);
        Assert.Equal(11, fit.Level, 12);
        var f = fit.Forecast(2);
        Assert.Equal(11, f[1].Mean, 12);
        Assert.Equal(11 + 1.959963984540054 * Math.Sqrt(2), f[0].Upper95, 12);
        Assert.Equal(11 - 1.2815515655446004 * Math.Sqrt(2.5), f[1].Lower80, 12);
    }
}
