using System.Globalization;
using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Statistics.Decomposition;

/// <summary>Which side of the usual a value lies.</summary>
public enum Deviation
{
    /// <summary>Within the usual range.</summary>
    None = 0,

    /// <summary>Higher than usual.</summary>
    Above = 1,

    /// <summary>Lower than usual.</summary>
    Below = -1,
}

/// <summary>Options for <see cref="SeasonalAdjustment.FindExceptions"/>.</summary>
public sealed record SeasonalExceptionOptions
{
    /// <summary>The 1.4826 factor that makes the median absolute deviation estimate the standard deviation of normal data.</summary>
    public const double MadToSigma = 1.4826;

    /// <summary>
    /// k: a point is an exception when |remainder − median remainder| &gt; k × 1.4826 × MAD of the remainders. Default 3
    /// (for normally distributed remainders about 0.27% of points are flagged by chance). Must be positive.
    /// </summary>
    public double Threshold { get; init; } = 3.0;

    /// <summary>
    /// How far from neutral (0 additive, 1 multiplicative) the seasonal component of a position must be, as a fraction of the
    /// seasonal range (max − min of the seasonal figure), for the position to count as seasonally high or low. Default 0.1.
    /// </summary>
    public double SeasonalBand { get; init; } = 0.1;
}

/// <summary>One point of a decomposition read for reporting: how it compares with its usual seasonal effect.</summary>
/// <param name="Index">Position in the series (0-based).</param>
/// <param name="CyclePosition">Position in the cycle, index mod period (0 is the first observation's position, for example its calendar month).</param>
/// <param name="Observed">The observed value.</param>
/// <param name="Seasonal">The seasonal component at this point: the usual effect of this time of year.</param>
/// <param name="SeasonalEffect">Whether this time of year is usually high (<see cref="Deviation.Above"/>), low (<see cref="Deviation.Below"/>) or neither.</param>
/// <param name="Adjusted">Seasonally adjusted value: observed − seasonal, or observed ÷ seasonal.</param>
/// <param name="Remainder">The remainder component (NaN at the ends of a classical decomposition).</param>
/// <param name="Score">(remainder − median) ÷ (1.4826 × MAD): a robust z-score; NaN when the remainder is NaN.</param>
/// <param name="Exception">Whether the remainder is beyond the threshold, and on which side: <see cref="Deviation.None"/> means the
/// value is explained by the usual seasonal effect and trend.</param>
public sealed record SeasonalPoint(
    int Index,
    int CyclePosition,
    double Observed,
    double Seasonal,
    Deviation SeasonalEffect,
    double Adjusted,
    double Remainder,
    double Score,
    Deviation Exception)
{
    /// <summary>True when the point is beyond the usual seasonal effect.</summary>
    public bool IsException => Exception != Deviation.None;
}

/// <summary>Every point of a decomposition classified, with the centre and scale the classification used.</summary>
/// <param name="Points">One entry per point, in order.</param>
/// <param name="Centre">Median of the remainders.</param>
/// <param name="Scale">1.4826 × median absolute deviation of the remainders (0 when more than half are equal).</param>
/// <param name="Threshold">k: points with |score| &gt; k are exceptions.</param>
public sealed record SeasonalExceptionReport(IReadOnlyList<SeasonalPoint> Points, double Centre, double Scale, double Threshold)
{
    /// <summary>The points beyond the threshold, in order.</summary>
    public IReadOnlyList<SeasonalPoint> Exceptions => Points.Where(p => p.IsException).ToArray();
}

/// <summary>Seasonal adjustment and seasonal exceptions from any <see cref="DecompositionResult"/>.</summary>
public static class SeasonalAdjustment
{
    /// <summary>The seasonally adjusted series: observed − seasonal (additive) or observed ÷ seasonal (multiplicative).</summary>
    public static double[] Adjust(DecompositionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var multiplicative = result.Type == DecompositionType.Multiplicative;
        var adjusted = new double[result.Count];
        for (var i = 0; i < adjusted.Length; i++)
        {
            adjusted[i] = multiplicative ? result.Observed[i] / result.Seasonal[i] : result.Observed[i] - result.Seasonal[i];
        }
        return adjusted;
    }

    /// <summary>
    /// Classifies every point: is its remainder beyond k robust standard deviations (an exception, above or below), and is its
    /// time of year seasonally high or low. Remainders that are NaN (classical ends) are never exceptions.
    /// </summary>
    /// <remarks>
    /// Centre = median of the remainders, scale = 1.4826 × median |remainder − centre| (both exact). When the scale is 0
    /// (more than half the remainders equal), any remainder different from the centre is an exception (score ±∞).
    /// </remarks>
    /// <exception cref="ArgumentException">The threshold or band is not positive, or every remainder is NaN.</exception>
    public static SeasonalExceptionReport FindExceptions(DecompositionResult result, SeasonalExceptionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new SeasonalExceptionOptions();
        if (!(options.Threshold > 0) || double.IsInfinity(options.Threshold))
        {
            throw new ArgumentException($"The exception threshold k must be a positive number (got {options.Threshold.ToString("R", CultureInfo.InvariantCulture)}); 3 is usual.");
        }
        if (!(options.SeasonalBand >= 0) || options.SeasonalBand >= 1)
        {
            throw new ArgumentException($"The seasonal band must be at least 0 and below 1 (got {options.SeasonalBand.ToString("R", CultureInfo.InvariantCulture)}); 0.1 is usual.");
        }
        var n = result.Count;
        var valid = new double[n];
        var count = 0;
        foreach (var r in result.Remainder)
        {
            if (!double.IsNaN(r))
            {
                valid[count++] = r;
            }
        }
        if (count == 0)
        {
            throw new ArgumentException("Every remainder is NaN: there is nothing to compare against.");
        }
        var work = valid.AsSpan(0, count);
        var centre = Quantiles.MedianInPlace(work);
        for (var i = 0; i < count; i++)
        {
            work[i] = Math.Abs(work[i] - centre);
        }
        var scale = SeasonalExceptionOptions.MadToSigma * Quantiles.MedianInPlace(work);

        var multiplicative = result.Type == DecompositionType.Multiplicative;
        var neutral = multiplicative ? 1.0 : 0.0;
        var figure = result.SeasonalFigure();
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var s in figure)
        {
            if (!double.IsNaN(s))
            {
                min = Math.Min(min, s);
                max = Math.Max(max, s);
            }
        }
        var band = options.SeasonalBand * (max - min);
        var adjusted = Adjust(result);
        var points = new SeasonalPoint[n];
        var period = result.Parameters.Period;
        for (var i = 0; i < n; i++)
        {
            var seasonal = result.Seasonal[i];
            var effect = seasonal - neutral > band && seasonal > neutral ? Deviation.Above
                : neutral - seasonal > band && seasonal < neutral ? Deviation.Below
                : Deviation.None;
            var remainder = result.Remainder[i];
            double score;
            if (double.IsNaN(remainder))
            {
                score = double.NaN;
            }
            else if (scale > 0)
            {
                score = (remainder - centre) / scale;
            }
            else
            {
                score = remainder == centre ? 0.0 : remainder > centre ? double.PositiveInfinity : double.NegativeInfinity;
            }
            var exception = score > options.Threshold ? Deviation.Above
                : score < -options.Threshold ? Deviation.Below
                : Deviation.None;
            points[i] = new SeasonalPoint(i, i % period, result.Observed[i], seasonal, effect, adjusted[i], remainder, score, exception);
        }
        return new SeasonalExceptionReport(points, centre, scale, options.Threshold);
    }
}
