namespace Csc.Analysis.Statistics.Forecasting;

/// <summary>
/// One forecast step: the point forecast and the 80% and 95% prediction intervals.
/// <paramref name="Step"/> is 1 for the first period after the data, 2 for the next, and so on.
/// </summary>
/// <param name="Step">Steps after the last observation, from 1.</param>
/// <param name="Mean">The point forecast.</param>
/// <param name="Lower80">Lower end of the 80% prediction interval.</param>
/// <param name="Upper80">Upper end of the 80% prediction interval.</param>
/// <param name="Lower95">Lower end of the 95% prediction interval.</param>
/// <param name="Upper95">Upper end of the 95% prediction interval.</param>
public readonly record struct ForecastPoint(int Step, double Mean, double Lower80, double Upper80, double Lower95, double Upper95);

/// <summary>The forecasting methods the kit offers.</summary>
public enum ForecastMethod
{
    /// <summary>Each future month repeats the same month one period earlier (R forecast::snaive).</summary>
    SeasonalNaive,

    /// <summary>Holt–Winters with additive seasonality (R stats::HoltWinters, seasonal = "additive").</summary>
    HoltWintersAdditive,

    /// <summary>Holt–Winters with multiplicative seasonality (R stats::HoltWinters, seasonal = "multiplicative").</summary>
    HoltWintersMultiplicative,

    /// <summary>Holt's linear trend without seasonality (R HoltWinters(x, gamma = FALSE)).</summary>
    Holt,

    /// <summary>Simple exponential smoothing (R HoltWinters(x, beta = FALSE, gamma = FALSE)).</summary>
    SimpleExponentialSmoothing,
}

/// <summary>A forecast: the method that produced it and one point per step ahead.</summary>
/// <param name="Method">The method used (for the automatic choice, the winner).</param>
/// <param name="Points">One point per step, step 1 first.</param>
public sealed record ForecastResult(ForecastMethod Method, IReadOnlyList<ForecastPoint> Points)
{
    /// <summary>For automatic choice: the one-step mean absolute error of every candidate on the hold-out months (empty otherwise).</summary>
    public IReadOnlyList<CandidateScore> Candidates { get; init; } = [];

    /// <summary>For Holt–Winters methods: the fitted model (parameters, states, SSE); null for seasonal naive.</summary>
    public HoltWintersFit? Model { get; init; }
}

/// <summary>How a candidate did in the automatic choice: mean absolute one-step error over <paramref name="HoldOut"/> months.</summary>
/// <param name="Method">The candidate method.</param>
/// <param name="MeanAbsoluteError">Mean |observed − one-step forecast| over the hold-out months, in the series' units.</param>
/// <param name="HoldOut">The number of last observations scored.</param>
public readonly record struct CandidateScore(ForecastMethod Method, double MeanAbsoluteError, int HoldOut);

/// <summary>Normal quantiles used for the intervals (R qnorm(0.9) and qnorm(0.975), to 17 digits).</summary>
internal static class NormalQuantiles
{
    public const double Z80 = 1.2815515655446004;
    public const double Z95 = 1.959963984540054;
}
