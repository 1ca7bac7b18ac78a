namespace Csc.Analysis.Statistics.Forecasting;

/// <summary>Options for <see cref="Forecaster"/>.</summary>
public sealed record ForecastOptions
{
    /// <summary>The method; null chooses automatically (see <see cref="Forecaster"/>).</summary>
    public ForecastMethod? Method { get; init; }

    /// <summary>Steps to forecast; default 12.</summary>
    public int Horizon { get; init; } = 12;

    /// <summary>Observations per seasonal cycle; default 12 (monthly).</summary>
    public int Period { get; init; } = 12;

    /// <summary>Holt–Winters level smoothing parameter in [0, 1]; null estimates it by least squares.</summary>
    public double? Alpha { get; init; }

    /// <summary>Holt–Winters trend smoothing parameter in [0, 1]; null estimates it by least squares.</summary>
    public double? Beta { get; init; }

    /// <summary>Holt–Winters seasonal smoothing parameter in [0, 1]; null estimates it by least squares.</summary>
    public double? Gamma { get; init; }

    /// <summary>Months held out to score candidates in the automatic choice; default 12.</summary>
    public int HoldOut { get; init; } = 12;
}

/// <summary>
/// The generic forecasting entry point (what the KPI engine calls): one method, or an automatic choice.
/// <para>Automatic choice. Candidates, in this order: seasonal naive, Holt–Winters additive, Holt–Winters
/// multiplicative (only when every value is positive). Each is scored by its mean absolute one-step-ahead error over
/// the last k = min(HoldOut, n − 2·Period) observations: Holt–Winters parameters are estimated by least squares on
/// the first n − k observations only and then held fixed while the recursion runs through the hold-out months (each
/// forecast uses only data before the month it forecasts); seasonal naive forecasts month t by month t − Period.
/// The lowest error wins; a candidate must beat an earlier one by more than 1e-9 × max(1, mean |x|) to displace it,
/// so exact ties go to the simpler model. When n ≤ 2·Period no Holt–Winters candidate can be scored and seasonal
/// naive is used. The winner is refitted on all the data to forecast.</para>
/// </summary>
public static class Forecaster
{
    private static readonly ForecastMethod[] CandidateOrder =
        [ForecastMethod.SeasonalNaive, ForecastMethod.HoltWintersAdditive, ForecastMethod.HoltWintersMultiplicative];

    /// <summary>Forecasts <paramref name="values"/> with the method in <paramref name="options"/> (or the automatic choice).</summary>
    /// <exception cref="ArgumentException">The series is too short for the method, holds a NaN, or the options are out of range.</exception>
    public static ForecastResult Forecast(ReadOnlySpan<double> values, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var scores = new List<CandidateScore>(3);
        var method = options.Method ?? ChooseCore(values, options, Candidates.For(options), new HoltWinters.Workspace(), scores);
        if (method == ForecastMethod.SeasonalNaive)
        {
            return SeasonalNaive.Forecast(values, options.Period, options.Horizon) with { Candidates = scores };
        }
        return HoltWinters.Forecast(values, HoltWintersOptionsFor(method, options), options.Horizon) with { Candidates = scores };
    }

    /// <summary>Scores the automatic-choice candidates (see the class summary) and returns them in candidate order.</summary>
    public static IReadOnlyList<CandidateScore> ScoreCandidates(ReadOnlySpan<double> values, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var scores = new List<CandidateScore>(3);
        ChooseCore(values, options, Candidates.For(options), new HoltWinters.Workspace(), scores);
        return scores;
    }

    /// <summary>
    /// Forecasts many series with one set of options, writing <c>options.Horizon</c> points per series into
    /// <paramref name="destination"/> (series i at [i·Horizon, (i+1)·Horizon)) and the method used into
    /// <paramref name="methods"/>. Buffers are reused across series: nothing is allocated per series.
    /// </summary>
    /// <exception cref="ArgumentException">A destination is too small, or a series cannot be forecast (the message names its index).</exception>
    public static void ForecastMany(IReadOnlyList<double[]> series, ForecastOptions options, Span<ForecastPoint> destination, Span<ForecastMethod> methods)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var horizon = options.Horizon;
        if (destination.Length < series.Count * horizon)
        {
            throw new ArgumentException($"destination holds {destination.Length} points; {series.Count} series × horizon {horizon} need {series.Count * horizon}.", nameof(destination));
        }
        if (methods.Length < series.Count)
        {
            throw new ArgumentException($"methods holds {methods.Length} entries; {series.Count} series need {series.Count}.", nameof(methods));
        }
        var workspace = new HoltWinters.Workspace();
        var candidates = Candidates.For(options);
        var additive = candidates.Additive;
        var multiplicative = candidates.Multiplicative;
        var holt = HoltWintersOptionsFor(ForecastMethod.Holt, options);
        var ses = HoltWintersOptionsFor(ForecastMethod.SimpleExponentialSmoothing, options);
        for (var i = 0; i < series.Count; i++)
        {
            var values = series[i].AsSpan();
            var target = destination.Slice(i * horizon, horizon);
            try
            {
                var method = options.Method ?? ChooseCore(values, options, candidates, workspace, null);
                methods[i] = method;
                if (method == ForecastMethod.SeasonalNaive)
                {
                    SeasonalNaive.Forecast(values, options.Period, target);
                    continue;
                }
                var hwOptions = method switch
                {
                    ForecastMethod.HoltWintersAdditive => additive,
                    ForecastMethod.HoltWintersMultiplicative => multiplicative,
                    ForecastMethod.Holt => holt,
                    _ => ses,
                };
                var layout = HoltWinters.Layout.Of(values, hwOptions);
                var state = HoltWinters.FitCore(values, values.Length, layout, hwOptions, workspace);
                HoltWinters.WriteForecast(layout.Seasonality, layout.Trend, layout.Period, state.Alpha, state.Beta, state.Gamma,
                    state.Level, state.Slope, workspace.Coefficients.AsSpan(0, layout.SeasonLength), state.Variance, target);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"Series {i}: {ex.Message}", nameof(series), ex);
            }
        }
    }

    internal static HoltWintersOptions HoltWintersOptionsFor(ForecastMethod method, ForecastOptions options) => method switch
    {
        ForecastMethod.HoltWintersAdditive => new() { Seasonality = Seasonality.Additive, Period = options.Period, Alpha = options.Alpha, Beta = options.Beta, Gamma = options.Gamma },
        ForecastMethod.HoltWintersMultiplicative => new() { Seasonality = Seasonality.Multiplicative, Period = options.Period, Alpha = options.Alpha, Beta = options.Beta, Gamma = options.Gamma },
        ForecastMethod.Holt => new() { Seasonality = Seasonality.None, Trend = true, Period = options.Period, Alpha = options.Alpha, Beta = options.Beta },
        ForecastMethod.SimpleExponentialSmoothing => new() { Seasonality = Seasonality.None, Trend = false, Period = options.Period, Alpha = options.Alpha },
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a Holt–Winters method."),
    };

    private static void Validate(ForecastOptions options)
    {
        if (options.Horizon < 1)
        {
            throw new ArgumentException($"Horizon must be at least 1; got {options.Horizon}.", nameof(options));
        }
        if (options.Period < 1)
        {
            throw new ArgumentException($"Period must be at least 1; got {options.Period}.", nameof(options));
        }
        if (options.HoldOut < 1)
        {
            throw new ArgumentException($"HoldOut must be at least 1 month; got {options.HoldOut}.", nameof(options));
        }
    }

    /// <summary>The Holt–Winters options of the automatic-choice candidates, built once per call.</summary>
    private sealed record Candidates(HoltWintersOptions Additive, HoltWintersOptions Multiplicative)
    {
        public static Candidates For(ForecastOptions options) => new(
            HoltWintersOptionsFor(ForecastMethod.HoltWintersAdditive, options),
            HoltWintersOptionsFor(ForecastMethod.HoltWintersMultiplicative, options));
    }

    private static ForecastMethod ChooseCore(ReadOnlySpan<double> values, ForecastOptions options, Candidates candidates, HoltWinters.Workspace workspace, List<CandidateScore>? scores)
    {
        int n = values.Length, p = options.Period;
        if (n <= p)
        {
            throw new ArgumentException($"Forecasting needs more than one period of data: got {values.Length} values for period {p}; supply at least {p + 1}.", nameof(values));
        }
        SeriesChecks.RequireFinite(values, nameof(values));
        var k = Math.Min(options.HoldOut, n - 2 * p);
        if (k < 1 || p < 2)
        {
            k = Math.Min(options.HoldOut, n - p);
            scores?.Add(new CandidateScore(ForecastMethod.SeasonalNaive, SeasonalNaiveError(values, p, k), k));
            return ForecastMethod.SeasonalNaive;
        }

        double scale = 0;
        var positive = true;
        foreach (var v in values)
        {
            scale += Math.Abs(v);
            positive &= v > 0;
        }
        var tolerance = 1e-9 * Math.Max(1, scale / n);

        var best = ForecastMethod.SeasonalNaive;
        var bestError = double.PositiveInfinity;
        foreach (var method in CandidateOrder)
        {
            double error;
            if (method == ForecastMethod.SeasonalNaive)
            {
                error = SeasonalNaiveError(values, p, k);
            }
            else
            {
                if (method == ForecastMethod.HoltWintersMultiplicative && !positive)
                {
                    continue;
                }
                var hwOptions = method == ForecastMethod.HoltWintersAdditive ? candidates.Additive : candidates.Multiplicative;
                var layout = HoltWinters.Layout.Of(values, hwOptions);
                HoltWinters.FitCore(values, n - k, layout, hwOptions, workspace);
                var residuals = workspace.Residuals.AsSpan(n - layout.FirstIndex - k, k);
                double sum = 0;
                foreach (var e in residuals)
                {
                    sum += Math.Abs(e);
                }
                error = sum / k;
            }
            scores?.Add(new CandidateScore(method, error, k));
            if (error < bestError - tolerance)
            {
                best = method;
                bestError = error;
            }
        }
        return best;
    }

    private static double SeasonalNaiveError(ReadOnlySpan<double> values, int p, int k)
    {
        double sum = 0;
        for (var t = values.Length - k; t < values.Length; t++)
        {
            sum += Math.Abs(values[t] - values[t - p]);
        }
        return sum / k;
    }
}
