namespace Csc.Analysis.Statistics.Forecasting;

/// <summary>
/// Seasonal naive forecasts with prediction intervals computed exactly as R forecast::snaive (forecast 8.20):
/// the forecast for step h repeats the observation one period before; the residuals are the seasonal differences
/// e[t] = x[t] − x[t−m] (t ≥ m); σ² is their mean square (divisor: the number of residuals); the standard error of
/// step h is σ·√(⌊(h−1)/m⌋ + 1); intervals are mean ± z·se with z the normal 90% and 97.5% quantiles.
/// </summary>
public static class SeasonalNaive
{
    /// <summary>Forecasts <paramref name="horizon"/> steps of <paramref name="values"/> with period <paramref name="period"/>.</summary>
    /// <param name="values">The complete series, oldest first.</param>
    /// <param name="period">Observations per seasonal cycle (12 for monthly data), at least 1.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <exception cref="ArgumentException">The series is not longer than one period, or holds a NaN or infinity (the message gives its index).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or the period is below 1.</exception>
    public static ForecastResult Forecast(ReadOnlySpan<double> values, int period, int horizon)
    {
        var points = new ForecastPoint[Validate(values, period, horizon)];
        Forecast(values, period, points);
        return new ForecastResult(ForecastMethod.SeasonalNaive, points);
    }

    /// <summary>Writes <c>destination.Length</c> forecast steps into <paramref name="destination"/> without allocating.</summary>
    /// <exception cref="ArgumentException">As <see cref="Forecast(ReadOnlySpan{double}, int, int)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The destination is empty or the period is below 1.</exception>
    public static void Forecast(ReadOnlySpan<double> values, int period, Span<ForecastPoint> destination)
    {
        Validate(values, period, destination.Length);
        var n = values.Length;
        double sumSquares = 0;
        for (var t = period; t < n; t++)
        {
            var e = values[t] - values[t - period];
            sumSquares += e * e;
        }
        var mse = sumSquares / (n - period);
        for (var h = 1; h <= destination.Length; h++)
        {
            var mean = values[n - period + (h - 1) % period];
            var se = Math.Sqrt(mse * ((h - 1) / period + 1));
            destination[h - 1] = new ForecastPoint(h, mean,
                mean - NormalQuantiles.Z80 * se, mean + NormalQuantiles.Z80 * se,
                mean - NormalQuantiles.Z95 * se, mean + NormalQuantiles.Z95 * se);
        }
    }

    /// <summary>One-step-ahead forecast of <c>values[t]</c> from the data before it: <c>values[t − period]</c>.</summary>
    internal static double OneStep(ReadOnlySpan<double> values, int period, int t) => values[t - period];

    private static int Validate(ReadOnlySpan<double> values, int period, int horizon)
    {
        if (period < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The seasonal period must be at least 1 (12 for monthly data).");
        }
        if (horizon < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The forecast horizon must be at least 1 step.");
        }
        if (values.Length <= period)
        {
            throw new ArgumentException(
                $"Seasonal naive needs more than one period of data: got {values.Length} values for period {period}; supply at least {period + 1}.",
                nameof(values));
        }
        SeriesChecks.RequireFinite(values, nameof(values));
        return horizon;
    }
}

internal static class SeriesChecks
{
    public static void RequireFinite(ReadOnlySpan<double> values, string parameter)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"Value at index {i} is {values[i].ToString(System.Globalization.CultureInfo.InvariantCulture)}; the series must be complete and finite (fill or drop gaps first).",
                    parameter);
            }
        }
    }
}
