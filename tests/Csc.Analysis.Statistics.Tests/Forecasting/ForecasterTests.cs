using Csc.Analysis.Statistics.Forecasting;

namespace Csc.Analysis.Statistics.Tests.Forecasting;

/// <summary>The automatic choice picks the obviously right model on constructed series; the batch API agrees with single calls.</summary>
public sealed class ForecasterTests
{
    private static readonly double[] Pattern = [3, -5, 8, 2, -1, 6, -7, 4, 0, -3, 5, -2];

    /// <summary>Deterministic noise in [−1, 1] (a fixed linear congruential sequence).</summary>
    private static double[] Noise(int n, int seed)
    {
        var r = new double[n];
        var state = (uint)seed;
        for (var i = 0; i < n; i++)
        {
            state = state * 1664525 + 1013904223;
            r[i] = (state >> 8) / (double)(1 << 24) * 2 - 1;
        }
        return r;
    }

    [Fact]
    public void Forecast_Auto_PureRepeatingPattern_ChoosesSeasonalNaive()
    {
        // 48 months repeating the same 12 values: seasonal naive's one-step errors are exactly 0, so nothing beats it
        var x = Enumerable.Range(0, 48).Select(i => 50 + Pattern[i % 12]).ToArray();
        var r = Forecaster.Forecast(x, new ForecastOptions { Horizon = 6 });
        Assert.Equal(ForecastMethod.SeasonalNaive, r.Method);
        Assert.Equal(0, r.Candidates[0].MeanAbsoluteError);
        Assert.Equal(12, r.Candidates[0].HoldOut);
        Assert.Equal(50 + Pattern[0], r.Points[0].Mean);
    }

    [Fact]
    public void Forecast_Auto_TrendPlusAdditiveSeason_ChoosesHoltWintersAdditive()
    {
        // level 20 + 2/month, fixed seasonal effects of ±8, small noise: seasonal naive is 24 behind each month
        // (12 months × slope 2); multiplicative seasonality would let the effects grow with the level, which they don't
        var noise = Noise(48, 7);
        var x = Enumerable.Range(0, 48).Select(i => 20 + 2.0 * i + Pattern[i % 12] + 0.3 * noise[i]).ToArray();
        var r = Forecaster.Forecast(x, new ForecastOptions());
        Assert.Equal(ForecastMethod.HoltWintersAdditive, r.Method);
        Assert.Equal(3, r.Candidates.Count);
        Assert.True(r.Candidates[0].MeanAbsoluteError > 20, $"seasonal naive MAE {r.Candidates[0].MeanAbsoluteError}");
        Assert.NotNull(r.Model);
    }

    [Fact]
    public void Forecast_Auto_GrowingSeasonalAmplitude_ChoosesHoltWintersMultiplicative()
    {
        // level 100 growing 4% a month, seasonal factors 1 ± up to 35%: the seasonal swing grows with the level
        var noise = Noise(60, 11);
        var x = Enumerable.Range(0, 60).Select(i => 100 * Math.Pow(1.04, i) * (1 + 0.05 * Pattern[i % 12]) * (1 + 0.002 * noise[i])).ToArray();
        var r = Forecaster.Forecast(x, new ForecastOptions());
        Assert.True(r.Method == ForecastMethod.HoltWintersMultiplicative,
            string.Join("; ", r.Candidates.Select(c => $"{c.Method} {c.MeanAbsoluteError}")));
    }

    [Fact]
    public void Forecast_Auto_TwoYearsOnly_FallsBackToSeasonalNaive()
    {
        var x = Enumerable.Range(0, 24).Select(i => 20 + 2.0 * i + Pattern[i % 12]).ToArray();
        var r = Forecaster.Forecast(x, new ForecastOptions());
        Assert.Equal(ForecastMethod.SeasonalNaive, r.Method);
        Assert.Single(r.Candidates);
    }

    [Fact]
    public void Forecast_Auto_NegativeValues_SkipsMultiplicative()
    {
        var noise = Noise(48, 3);
        var x = Enumerable.Range(0, 48).Select(i => -5 + 0.1 * i + Pattern[i % 12] + noise[i]).ToArray();
        var scores = Forecaster.ScoreCandidates(x, new ForecastOptions());
        Assert.DoesNotContain(scores, s => s.Method == ForecastMethod.HoltWintersMultiplicative);
    }

    [Fact]
    public void Forecast_ExplicitMethod_MatchesDirectCall()
    {
        var x = ReferenceData.Series("synth48");
        var viaForecaster = Forecaster.Forecast(x, new ForecastOptions { Method = ForecastMethod.HoltWintersAdditive, Alpha = 0.4, Beta = 0.05, Gamma = 0.25, Horizon = 15 });
        var direct = HoltWinters.Forecast(x, new HoltWintersOptions { Alpha = 0.4, Beta = 0.05, Gamma = 0.25 }, 15);
        Assert.Equal(direct.Points, viaForecaster.Points);
    }

    [Fact]
    public void ForecastMany_MixedSeries_EqualsOneByOne()
    {
        var series = new List<double[]>
        {
            ReferenceData.Series("synth48"),
            ReferenceData.Series("synth40"),
            ReferenceData.Series("synth60m"),
            ReferenceData.Series("AirPassengers"),
        };
        var options = new ForecastOptions { Horizon = 9 };
        var destination = new ForecastPoint[series.Count * 9];
        var methods = new ForecastMethod[series.Count];
        Forecaster.ForecastMany(series, options, destination, methods);
        for (var i = 0; i < series.Count; i++)
        {
            var single = Forecaster.Forecast(series[i], options);
            Assert.Equal(single.Method, methods[i]);
            for (var h = 0; h < 9; h++)
            {
                Assert.Equal(single.Points[h], destination[i * 9 + h]);
            }
        }
    }

    [Fact]
    public void ForecastMany_BadSeries_NamesItsIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Forecaster.ForecastMany([new double[30], new double[5]], new ForecastOptions { Horizon = 2 }, new ForecastPoint[4], new ForecastMethod[2]));
        Assert.StartsWith("Series 1: Forecasting needs more than one period of data: got 5 values for period 12; supply at least 13.", ex.Message);
    }
}
