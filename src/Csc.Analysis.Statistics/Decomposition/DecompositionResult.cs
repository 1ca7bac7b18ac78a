namespace Csc.Analysis.Statistics.Decomposition;

/// <summary>Which decomposition produced a result.</summary>
public enum DecompositionMethod
{
    /// <summary>Seasonal-trend decomposition by loess (Cleveland et al. 1990).</summary>
    Stl = 0,

    /// <summary>Classical decomposition by a centred moving average, as R's <c>decompose</c>.</summary>
    Classical = 1,
}

/// <summary>How the components combine: observed = trend + seasonal + remainder, or trend × seasonal × remainder.</summary>
public enum DecompositionType
{
    /// <summary>observed = trend + seasonal + remainder; the seasonal component averages about 0.</summary>
    Additive = 0,

    /// <summary>observed = trend × seasonal × remainder; the seasonal component averages about 1.</summary>
    Multiplicative = 1,
}

/// <summary>The parameters a decomposition actually used (defaults resolved), carried by every <see cref="DecompositionResult"/>.</summary>
/// <param name="Method">STL or classical.</param>
/// <param name="Period">Observations per seasonal cycle.</param>
/// <param name="Type">How the components combine (STL is always additive).</param>
public abstract record DecompositionParameters(DecompositionMethod Method, int Period, DecompositionType Type);

/// <summary>The effective STL parameters: every window, degree, jump and iteration count after defaults were applied.</summary>
/// <param name="Period">Observations per seasonal cycle (12 for monthly data with a yearly pattern).</param>
/// <param name="SeasonalWindow">Span of the loess smoother applied to each cycle-subseries (10·n + 1 when <paramref name="PeriodicSeasonal"/>).</param>
/// <param name="SeasonalDegree">Degree of the seasonal loess (0 or 1).</param>
/// <param name="SeasonalJump">The seasonal loess is evaluated every this many points and linearly interpolated between.</param>
/// <param name="TrendWindow">Span of the trend loess.</param>
/// <param name="TrendDegree">Degree of the trend loess (0 or 1).</param>
/// <param name="TrendJump">Evaluation step of the trend loess.</param>
/// <param name="LowPassWindow">Span of the loess in the low-pass filter of the seasonal step.</param>
/// <param name="LowPassDegree">Degree of the low-pass loess (0 or 1).</param>
/// <param name="LowPassJump">Evaluation step of the low-pass loess.</param>
/// <param name="InnerIterations">Backfitting passes per outer iteration.</param>
/// <param name="OuterIterations">Robustness iterations (0: no robustness weights).</param>
/// <param name="Robust">Whether robust fitting was asked for (it only sets the iteration defaults; weights are used when <paramref name="OuterIterations"/> &gt; 0).</param>
/// <param name="PeriodicSeasonal">Whether the seasonal component was made exactly periodic (the mean of each cycle position).</param>
/// <param name="Defaults">Whose defaults filled the parameters that were not given.</param>
public sealed record StlParameters(
    int Period,
    int SeasonalWindow,
    int SeasonalDegree,
    int SeasonalJump,
    int TrendWindow,
    int TrendDegree,
    int TrendJump,
    int LowPassWindow,
    int LowPassDegree,
    int LowPassJump,
    int InnerIterations,
    int OuterIterations,
    bool Robust,
    bool PeriodicSeasonal,
    StlDefaults Defaults)
    : DecompositionParameters(DecompositionMethod.Stl, Period, DecompositionType.Additive)
{
    /// <summary>The empty list of <see cref="RoundedWindows"/>, shared so that parameters without rounding compare equal.</summary>
    public static readonly IReadOnlyList<StlWindowRounding> NoRoundedWindows = [];

    /// <summary>
    /// The even windows that were asked for and fitted as the next odd number (R defaults only, as R's <c>stl</c>); the
    /// window properties above hold the odd windows used. Empty when every window was used as given.
    /// </summary>
    public IReadOnlyList<StlWindowRounding> RoundedWindows { get; init; } = NoRoundedWindows;
}

/// <summary>The parameters of a classical decomposition.</summary>
/// <param name="Period">Observations per seasonal cycle.</param>
/// <param name="Type">Additive or multiplicative.</param>
/// <param name="FilterLength">Length of the centred moving average (period + 1 for an even period, with half weights at both ends; period for an odd one).</param>
public sealed record ClassicalParameters(int Period, DecompositionType Type, int FilterLength)
    : DecompositionParameters(DecompositionMethod.Classical, Period, Type);

/// <summary>
/// A decomposition of a series into seasonal, trend and remainder components, the same shape for every method.
/// </summary>
/// <param name="Observed">The input values (a copy).</param>
/// <param name="Seasonal">The seasonal component.</param>
/// <param name="Trend">The trend component; NaN where the method cannot estimate it (the ends of a classical decomposition).</param>
/// <param name="Remainder">What is left: observed − seasonal − trend (additive) or observed ÷ seasonal ÷ trend (multiplicative); NaN where the trend is NaN.</param>
/// <param name="Weights">Robustness weights in [0, 1] (1 everywhere for non-robust fits and for classical decomposition); a low weight marks a point the fit treated as an outlier.</param>
/// <param name="Parameters">The parameters actually used: <see cref="StlParameters"/> or <see cref="ClassicalParameters"/>.</param>
public sealed record DecompositionResult(
    double[] Observed,
    double[] Seasonal,
    double[] Trend,
    double[] Remainder,
    double[] Weights,
    DecompositionParameters Parameters)
{
    /// <summary>Number of points.</summary>
    public int Count => Observed.Length;

    /// <summary>Additive or multiplicative.</summary>
    public DecompositionType Type => Parameters.Type;

    /// <summary>
    /// The seasonal effect of each position in the cycle, averaged over the series (position 0 is the first observation's
    /// position): for a periodic or classical seasonal this is the seasonal figure itself.
    /// </summary>
    public double[] SeasonalFigure()
    {
        var period = Parameters.Period;
        var sums = new double[period];
        var counts = new int[period];
        for (var i = 0; i < Seasonal.Length; i++)
        {
            if (!double.IsNaN(Seasonal[i]))
            {
                sums[i % period] += Seasonal[i];
                counts[i % period]++;
            }
        }
        for (var j = 0; j < period; j++)
        {
            sums[j] = counts[j] == 0 ? double.NaN : sums[j] / counts[j];
        }
        return sums;
    }
}

/// <summary>A series or option that a decomposition cannot use; the message says why and what to do.</summary>
public sealed class DecompositionException(string message) : ArgumentException(message);
