namespace Csc.Analysis.Statistics.Regression;

/// <summary>The seasonal part of a segmented regression.</summary>
public enum SeasonalTerm
{
    /// <summary>No seasonal columns.</summary>
    None,

    /// <summary>Sine and cosine pairs at the seasonal frequency and its harmonics (2 columns per harmonic).</summary>
    Fourier,

    /// <summary>One indicator per season except the first (period - 1 columns).</summary>
    Dummies,
}

/// <summary>Options for <see cref="SegmentedRegression.Fit"/>.</summary>
public sealed record SegmentedRegressionOptions
{
    /// <summary>Observations per seasonal cycle (12 for monthly data).</summary>
    public int Period { get; init; } = 12;

    /// <summary>The seasonal columns; default <see cref="SeasonalTerm.Fourier"/>.</summary>
    public SeasonalTerm Seasonal { get; init; } = SeasonalTerm.Fourier;

    /// <summary>Harmonics used with <see cref="SeasonalTerm.Fourier"/> (1 = one sine and one cosine).</summary>
    public int Harmonics { get; init; } = 1;

    /// <summary>Position of the first observation in the seasonal cycle, 0..Period-1 (for monthly data starting in April: 3).</summary>
    public int SeasonOffset { get; init; }

    /// <summary>Standard errors and intervals (classical or Newey–West) and the confidence level.</summary>
    public OlsOptions Ols { get; init; } = OlsOptions.Default;

    /// <summary>Period 12, one Fourier harmonic, the first observation in season 0, classical OLS with 95% intervals.</summary>
    public static SegmentedRegressionOptions Default { get; } = new();
}

/// <summary>
/// An interrupted time series fit: <see cref="LevelChange"/> is the jump at the break, <see cref="SlopeChange"/>
/// the change in slope per observation after it. <see cref="Counterfactual"/> is the fit with both set to zero.
/// </summary>
/// <param name="Fit">The underlying OLS fit (all coefficients, residuals, R²).</param>
/// <param name="BreakIndex">0-based index of the first observation after the interruption.</param>
/// <param name="Intercept">The level at t = 0 (column intercept).</param>
/// <param name="PreSlope">The slope per observation before the break (column time).</param>
/// <param name="LevelChange">The jump at the break (column level_change).</param>
/// <param name="SlopeChange">The change of slope per observation from the break on (column slope_change).</param>
/// <param name="Counterfactual">The fitted values without the level and slope changes: what the pre-break trend (and season) predicts.</param>
public sealed record SegmentedRegressionResult(
    OlsFit Fit,
    int BreakIndex,
    OlsCoefficient Intercept,
    OlsCoefficient PreSlope,
    OlsCoefficient LevelChange,
    OlsCoefficient SlopeChange,
    IReadOnlyList<double> Counterfactual);

/// <summary>
/// Segmented regression for an interrupted time series:
/// y_t = b0 + b1·t + b2·step_t + b3·(t - k)·step_t + seasonal_t + e_t, with t = 0..n-1, k the break
/// index and step_t = 1 when t &gt;= k. Column names: intercept, time, level_change, slope_change, then
/// sin1, cos1, ... (Fourier) or season2..seasonP (dummies, season numbers 1-based).
/// </summary>
public static class SegmentedRegression
{
    /// <summary>Fits the segmented regression with the break before observation <paramref name="breakIndex"/>.</summary>
    /// <param name="y">Equally spaced observations, t = 0..n − 1.</param>
    /// <param name="breakIndex">0-based index of the first observation after the interruption, in [2, n − 2].</param>
    /// <param name="options">Seasonal terms and standard errors; null for <see cref="SegmentedRegressionOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The break leaves fewer than 2 observations on a side, or the period, offset or harmonics are out of range.</exception>
    /// <exception cref="ArgumentException">From <see cref="Ols.Fit"/>: a value is not finite, too few observations, or a rank-deficient design.</exception>
    public static SegmentedRegressionResult Fit(IReadOnlyList<double> y, int breakIndex, SegmentedRegressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        options ??= SegmentedRegressionOptions.Default;
        var (design, names) = Design(y.Count, breakIndex, options);
        var fit = Ols.Fit(design, names, y, options.Ols);
        var b = fit.Coefficients;
        var counterfactual = new double[y.Count];
        for (var t = 0; t < y.Count; t++)
        {
            counterfactual[t] = fit.Fitted[t] - (b[2].Estimate * design[t][2]) - (b[3].Estimate * design[t][3]);
        }
        return new SegmentedRegressionResult(fit, breakIndex, b[0], b[1], b[2], b[3], counterfactual);
    }

    /// <summary>The design matrix and column names used by <see cref="Fit"/>.</summary>
    public static (IReadOnlyList<double[]> Design, IReadOnlyList<string> Names) Design(int n, int breakIndex, SegmentedRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (breakIndex < 2 || breakIndex > n - 2)
        {
            throw new ArgumentOutOfRangeException(nameof(breakIndex), breakIndex, $"The break must leave at least 2 observations on each side: between 2 and {n - 2} for {n} observations.");
        }
        if (options.Period < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Period, "The seasonal period must be at least 2.");
        }
        if (options.SeasonOffset < 0 || options.SeasonOffset >= options.Period)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.SeasonOffset, $"The season offset must be between 0 and {options.Period - 1}.");
        }
        if (options.Seasonal == SeasonalTerm.Fourier && (options.Harmonics < 1 || 2 * options.Harmonics > options.Period))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Harmonics, $"Harmonics must be between 1 and {options.Period / 2} for period {options.Period}.");
        }
        var names = new List<string> { "intercept", "time", "level_change", "slope_change" };
        switch (options.Seasonal)
        {
            case SeasonalTerm.Fourier:
                for (var k = 1; k <= options.Harmonics; k++)
                {
                    names.Add($"sin{k}");
                    // the cosine at the Nyquist frequency of an even period duplicates nothing; its sine is identically 0
                    names.Add($"cos{k}");
                }
                if (2 * options.Harmonics == options.Period)
                {
                    names.Remove($"sin{options.Harmonics}");
                }
                break;
            case SeasonalTerm.Dummies:
                for (var s = 2; s <= options.Period; s++)
                {
                    names.Add($"season{s}");
                }
                break;
        }
        var rows = new List<double[]>(n);
        for (var t = 0; t < n; t++)
        {
            var row = new double[names.Count];
            row[0] = 1;
            row[1] = t;
            row[2] = t >= breakIndex ? 1 : 0;
            row[3] = t >= breakIndex ? t - breakIndex : 0;
            var season = (t + options.SeasonOffset) % options.Period;
            for (var j = 4; j < names.Count; j++)
            {
                var name = names[j];
                if (name.StartsWith("sin", StringComparison.Ordinal))
                {
                    var k = int.Parse(name.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture);
                    row[j] = Math.Sin(2 * Math.PI * k * season / options.Period);
                }
                else if (name.StartsWith("cos", StringComparison.Ordinal))
                {
                    var k = int.Parse(name.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture);
                    row[j] = Math.Cos(2 * Math.PI * k * season / options.Period);
                }
                else
                {
                    var s = int.Parse(name.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture);
                    row[j] = season == s - 1 ? 1 : 0;
                }
            }
            rows.Add(row);
        }
        return (rows, names);
    }
}
