using Csc.Analysis.Statistics.Forecasting;

namespace Csc.Analysis.Statistics.Tests.Forecasting;

/// <summary>
/// Fixed-parameter Holt–Winters against R 4.2 stats::HoltWinters and predict(..., prediction.interval = TRUE).
/// The expected values come from Reference/Forecasting/make_reference.R (run: Rscript make_reference.R); the R call
/// behind each case is quoted in <see cref="Cases"/>. Tolerance 1e-9, relative for magnitudes above 1.
/// </summary>
public sealed class HoltWintersReferenceTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        // hw_case("airpassengers_mult", AirPassengers, 24, alpha = 0.3, beta = 0.1, gamma = 0.2, seasonal = "multiplicative")
        { "airpassengers_mult", "AirPassengers" },
        // hw_case("airpassengers_add", AirPassengers, 24, alpha = 0.3, beta = 0.1, gamma = 0.2, seasonal = "additive")
        { "airpassengers_add", "AirPassengers" },
        // hw_case("co2_add", co2, 24, alpha = 0.5, beta = 0.01, gamma = 0.3)
        { "co2_add", "co2" },
        // hw_case("nottem_add_notrend", nottem, 18, alpha = 0.2, beta = FALSE, gamma = 0.3)
        { "nottem_add_notrend", "nottem" },
        // hw_case("synth48_add", synth48, 15, alpha = 0.4, beta = 0.05, gamma = 0.25)
        { "synth48_add", "synth48" },
        // hw_case("synth60m_mult", synth60m, 12, alpha = 0.35, beta = 0.1, gamma = 0.3, seasonal = "multiplicative")
        { "synth60m_mult", "synth60m" },
        // hw_case("synth48_holt", synth48, 6, alpha = 0.5, beta = 0.2, gamma = FALSE)
        { "synth48_holt", "synth48" },
        // hw_case("synth48_ses", synth48, 6, alpha = 0.4, beta = FALSE, gamma = FALSE)
        { "synth48_ses", "synth48" },
    };

    private static HoltWintersOptions OptionsFor(string caseName)
    {
        var coef = ReferenceData.NamedValues($"hw_{caseName}_coef.csv");
        var trend = coef.ContainsKey("b");
        var seasonal = coef.ContainsKey("s1");
        var seasonality = !seasonal ? Seasonality.None : caseName.Contains("mult", StringComparison.Ordinal) ? Seasonality.Multiplicative : Seasonality.Additive;
        return new HoltWintersOptions
        {
            Seasonality = seasonality,
            Trend = trend,
            Alpha = coef["alpha"],
            Beta = trend ? coef["beta"] : null,
            Gamma = seasonal ? coef["gamma"] : null,
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_FixedParameters_MatchesRFittedValuesStatesAndSse(string caseName, string series)
    {
        var x = ReferenceData.Series(series);
        var fit = HoltWinters.Fit(x, OptionsFor(caseName));
        var file = $"hw_{caseName}_fitted.csv";

        var xhat = ReferenceData.Column(file, "xhat");
        Assert.Equal(xhat.Length, fit.Fitted.Count);
        Assert.Equal(x.Length - xhat.Length, fit.FirstFittedIndex);
        var level = ReferenceData.Column(file, "level");
        for (var i = 0; i < xhat.Length; i++)
        {
            ReferenceData.Close(xhat[i], fit.Fitted[i], $"{caseName} xhat[{i}]");
            ReferenceData.Close(level[i], fit.FittedLevel[i], $"{caseName} level[{i}]");
        }
        if (ReferenceData.HasColumn(file, "trend"))
        {
            var trend = ReferenceData.Column(file, "trend");
            for (var i = 0; i < trend.Length; i++)
            {
                ReferenceData.Close(trend[i], fit.FittedTrend[i], $"{caseName} trend[{i}]");
            }
        }
        else
        {
            Assert.Empty(fit.FittedTrend);
        }
        if (ReferenceData.HasColumn(file, "season"))
        {
            var season = ReferenceData.Column(file, "season");
            for (var i = 0; i < season.Length; i++)
            {
                ReferenceData.Close(season[i], fit.FittedSeason[i], $"{caseName} season[{i}]");
            }
        }
        else
        {
            Assert.Empty(fit.FittedSeason);
        }

        var coef = ReferenceData.NamedValues($"hw_{caseName}_coef.csv");
        ReferenceData.Close(coef["SSE"], fit.Sse, $"{caseName} SSE");
        ReferenceData.Close(coef["a"], fit.Level, $"{caseName} a");
        if (coef.TryGetValue("b", out var b))
        {
            ReferenceData.Close(b, fit.Slope, $"{caseName} b");
        }
        for (var j = 0; j < fit.SeasonalCoefficients.Count; j++)
        {
            ReferenceData.Close(coef[$"s{j + 1}"], fit.SeasonalCoefficients[j], $"{caseName} s{j + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Forecast_FixedParameters_MatchesRPredictWithIntervals(string caseName, string series)
    {
        var x = ReferenceData.Series(series);
        var file = $"hw_{caseName}_pred.csv";
        var mean = ReferenceData.Column(file, "mean");
        var fit = HoltWinters.Fit(x, OptionsFor(caseName));
        var points = fit.Forecast(mean.Length);
        var multiplicative = fit.Seasonality == Seasonality.Multiplicative;
        // R's own columns; for multiplicative models beyond one period the corrected columns (see HoltWinters docs)
        string[] rColumns = ["lo80", "hi80", "lo95", "hi95"];
        var r = rColumns.Select(c => ReferenceData.Column(file, c)).ToArray();
        var corrected = rColumns.Select(c => ReferenceData.Column(file, c + "c")).ToArray();
        for (var h = 0; h < mean.Length; h++)
        {
            var p = points[h];
            Assert.Equal(h + 1, p.Step);
            ReferenceData.Close(mean[h], p.Mean, $"{caseName} mean h={h + 1}");
            var expected = multiplicative && h + 1 >= fit.Period ? corrected : r;
            ReferenceData.Close(expected[0][h], p.Lower80, $"{caseName} lo80 h={h + 1}");
            ReferenceData.Close(expected[1][h], p.Upper80, $"{caseName} hi80 h={h + 1}");
            ReferenceData.Close(expected[2][h], p.Lower95, $"{caseName} lo95 h={h + 1}");
            ReferenceData.Close(expected[3][h], p.Upper95, $"{caseName} hi95 h={h + 1}");
            if (!multiplicative || h + 1 < fit.Period)
            {
                // R's and the corrected columns coincide wherever R's indexing is right
                ReferenceData.Close(r[0][h], corrected[0][h], $"{caseName} reference consistency h={h + 1}");
            }
        }
    }
}
