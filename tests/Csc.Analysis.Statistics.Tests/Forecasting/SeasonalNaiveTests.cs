using Csc.Analysis.Statistics.Forecasting;

namespace Csc.Analysis.Statistics.Tests.Forecasting;

public sealed class SeasonalNaiveTests
{
    [Fact]
    public void Forecast_WorkedExample_RepeatsLastPeriodAndWidensEachCycle()
    {
        // period 2, x = 1, 2, 3, 5: residuals 3−1 = 2, 5−2 = 3; mse = (4 + 9)/2 = 6.5.
        // h=1 → x[2] = 3, h=2 → 5, h=3 → 3 with steps ⌊2/2⌋+1 = 2: se = sqrt(13).
        var r = SeasonalNaive.Forecast([1, 2, 3, 5], 2, 3);
        Assert.Equal([3.0, 5.0, 3.0], r.Points.Select(p => p.Mean));
        Assert.Equal(3 + 1.959963984540054 * Math.Sqrt(6.5), r.Points[0].Upper95, 12);
        Assert.Equal(3 - 1.2815515655446004 * Math.Sqrt(13), r.Points[2].Lower80, 12);
    }

    [Fact]
    public void Forecast_OnePeriodOnly_ExplainsWhatIsNeeded()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeasonalNaive.Forecast(new double[12], 12, 3));
        Assert.StartsWith("Seasonal naive needs more than one period of data: got 12 values for period 12; supply at least 13.", ex.Message);
    }

    [Fact]
    public void Forecast_ZeroHorizon_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SeasonalNaive.Forecast(new double[13], 12, 0));
        Assert.StartsWith("The forecast horizon must be at least 1 step.", ex.Message);
    }
}
