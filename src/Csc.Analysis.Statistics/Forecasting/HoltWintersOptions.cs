namespace Csc.Analysis.Statistics.Forecasting;

/// <summary>Which seasonal component a Holt–Winters model has.</summary>
public enum Seasonality
{
    /// <summary>No seasonal component (R gamma = FALSE): Holt's method, or simple exponential smoothing without a trend.</summary>
    None,

    /// <summary>Additive seasonal effects.</summary>
    Additive,

    /// <summary>Multiplicative seasonal factors (the data must not contain zeros).</summary>
    Multiplicative,
}

/// <summary>
/// Options for <see cref="HoltWinters.Fit(ReadOnlySpan{double}, HoltWintersOptions)"/>, mirroring R's
/// <c>HoltWinters(x, alpha, beta, gamma, seasonal, start.periods)</c>. A null smoothing parameter is estimated by
/// least squares (R: optim L-BFGS-B from alpha 0.3, beta 0.1, gamma 0.1 on [0, 1]; a single free parameter is found
/// with a golden-section search, as R's optimize).
/// </summary>
public sealed record HoltWintersOptions
{
    /// <summary>The seasonal component; default additive.</summary>
    public Seasonality Seasonality { get; init; } = Seasonality.Additive;

    /// <summary>Whether the model has a trend (false is R's beta = FALSE).</summary>
    public bool Trend { get; init; } = true;

    /// <summary>Observations per seasonal cycle; default 12 (monthly data).</summary>
    public int Period { get; init; } = 12;

    /// <summary>Level smoothing in (0, 1]; null to estimate.</summary>
    public double? Alpha { get; init; }

    /// <summary>Trend smoothing in [0, 1]; null to estimate; ignored without a trend.</summary>
    public double? Beta { get; init; }

    /// <summary>Seasonal smoothing in [0, 1]; null to estimate; ignored without seasonality.</summary>
    public double? Gamma { get; init; }

    /// <summary>Number of whole periods decomposed for the seasonal start values (R start.periods); default 2, minimum 2.</summary>
    public int StartPeriods { get; init; } = 2;

    /// <summary>Simple exponential smoothing (no trend, no seasonality).</summary>
    public static HoltWintersOptions SimpleExponentialSmoothing(double? alpha = null) =>
        new() { Seasonality = Seasonality.None, Trend = false, Alpha = alpha };

    /// <summary>Holt's linear trend method (no seasonality).</summary>
    public static HoltWintersOptions Holt(double? alpha = null, double? beta = null) =>
        new() { Seasonality = Seasonality.None, Trend = true, Alpha = alpha, Beta = beta };
}

/// <summary>
/// A fitted Holt–Winters model, as R's HoltWinters object. Fitted components are the one-step-ahead values used to
/// forecast each fitted observation (R's <c>fitted(model)</c> columns xhat, level, trend, season), starting at
/// observation <see cref="FirstFittedIndex"/> (0-based; R's start.time − 1).
/// </summary>
public sealed record HoltWintersFit
{
    /// <summary>Additive, multiplicative or no seasonal component.</summary>
    public required Seasonality Seasonality { get; init; }

    /// <summary>Whether the model has a trend (slope) component.</summary>
    public required bool HasTrend { get; init; }

    /// <summary>Observations per seasonal cycle (as given in the options, also for a non-seasonal model).</summary>
    public required int Period { get; init; }

    /// <summary>Level smoothing parameter used (estimated or given), in [0, 1].</summary>
    public required double Alpha { get; init; }

    /// <summary>Trend smoothing parameter used, in [0, 1]; 0 without a trend.</summary>
    public required double Beta { get; init; }

    /// <summary>Seasonal smoothing parameter used, in [0, 1]; 0 without seasonality.</summary>
    public required double Gamma { get; init; }

    /// <summary>Index of the first observation with a one-step-ahead fitted value.</summary>
    public required int FirstFittedIndex { get; init; }

    /// <summary>One-step-ahead fitted values (R xhat) for observations FirstFittedIndex.. end.</summary>
    public required IReadOnlyList<double> Fitted { get; init; }
    /// <summary>The level before each fitted observation (R's level column), aligned with <see cref="Fitted"/>.</summary>
    public required IReadOnlyList<double> FittedLevel { get; init; }

    /// <summary>The trend before each fitted observation (R's trend column), aligned with <see cref="Fitted"/>; empty without a trend.</summary>
    public required IReadOnlyList<double> FittedTrend { get; init; }

    /// <summary>The seasonal effect used for each fitted observation (R's season column), aligned with <see cref="Fitted"/>; empty without seasonality.</summary>
    public required IReadOnlyList<double> FittedSeason { get; init; }

    /// <summary>Final level (R coefficient a).</summary>
    public required double Level { get; init; }

    /// <summary>Final trend (R coefficient b); 0 without a trend.</summary>
    public required double Slope { get; init; }

    /// <summary>Final seasonal coefficients s1..sm (R coefficients s1..); s1 applies to the first forecast step. Empty without seasonality.</summary>
    public required IReadOnlyList<double> SeasonalCoefficients { get; init; }

    /// <summary>Sum of squared one-step errors (R SSE).</summary>
    public required double Sse { get; init; }

    /// <summary>Sample variance (divisor n − 1) of the one-step residuals, as R's var(residuals(model)).</summary>
    public required double ResidualVariance { get; init; }

    /// <summary>Forecasts with 80% and 95% prediction intervals (see <see cref="HoltWinters.Forecast(HoltWintersFit, Span{ForecastPoint})"/>).</summary>
    /// <param name="horizon">Steps ahead, at least 1; step 1 is the period after the last observation.</param>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is below 1.</exception>
    public IReadOnlyList<ForecastPoint> Forecast(int horizon)
    {
        if (horizon < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The forecast horizon must be at least 1 step.");
        }
        var points = new ForecastPoint[horizon];
        HoltWinters.Forecast(this, points);
        return points;
    }
}
