using System.Globalization;

namespace Csc.Analysis.Statistics.Decomposition;

/// <summary>
/// STL: seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae and Terpenning, 1990, Journal of Official
/// Statistics 6, 3–73). Additive: observed = seasonal + trend + remainder. Agrees with R's <c>stats::stl</c> (non-robust) and
/// statsmodels' <c>STL</c> (robust, exact median) to 1e-9 on the reference series in the tests.
/// </summary>
public static class Stl
{
    [ThreadStatic]
    private static StlWorkspace? threadWorkspace;

    /// <summary>Decomposes one series.</summary>
    /// <exception cref="DecompositionException">
    /// The series is shorter than two periods, has missing (NaN) or infinite values, or an option is out of range; the message
    /// says which and what to do.
    /// </exception>
    public static DecompositionResult Decompose(ReadOnlySpan<double> values, StlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var parameters = options.Resolve(values.Length);
        CheckSeries(values, parameters.Period, "STL");
        return Fit(values, parameters, threadWorkspace ??= new StlWorkspace());
    }

    /// <summary>
    /// Decomposes many series with the same options, reusing work buffers (one set per thread; only the results are allocated).
    /// Every series is checked before any work starts.
    /// </summary>
    /// <param name="series">The series; they may differ in length.</param>
    /// <param name="options">The options for all of them.</param>
    /// <param name="parallel">Spread the series over the machine's cores.</param>
    /// <returns>One result per series, in order.</returns>
    /// <exception cref="DecompositionException">A series or option cannot be used; the message starts with the series index.</exception>
    public static DecompositionResult[] DecomposeMany(IReadOnlyList<double[]> series, StlOptions options, bool parallel = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        var parameters = new StlParameters[series.Count];
        // Parameters depend on the length only (through a periodic seasonal window): resolve once per distinct length.
        var byLength = new Dictionary<int, StlParameters>();
        for (var i = 0; i < series.Count; i++)
        {
            var values = series[i] ?? throw new DecompositionException($"Series {Format(i)} is null: supply an array of values.");
            try
            {
                if (!byLength.TryGetValue(values.Length, out var resolved))
                {
                    resolved = options.Resolve(values.Length);
                    byLength.Add(values.Length, resolved);
                }
                CheckSeries(values, resolved.Period, "STL");
                parameters[i] = resolved;
            }
            catch (DecompositionException ex)
            {
                throw new DecompositionException($"Series {Format(i)}: {ex.Message}");
            }
        }

        var results = new DecompositionResult[series.Count];
        if (parallel && series.Count > 1)
        {
            Parallel.For(0, series.Count, () => new StlWorkspace(),
                (i, _, workspace) =>
                {
                    results[i] = Fit(series[i], parameters[i], workspace);
                    return workspace;
                },
                static _ => { });
        }
        else
        {
            var workspace = threadWorkspace ??= new StlWorkspace();
            for (var i = 0; i < series.Count; i++)
            {
                results[i] = Fit(series[i], parameters[i], workspace);
            }
        }
        return results;
    }

    private static DecompositionResult Fit(ReadOnlySpan<double> values, StlParameters parameters, StlWorkspace workspace)
    {
        var n = values.Length;
        var observed = values.ToArray();
        var seasonal = new double[n];
        var trend = new double[n];
        var weights = new double[n];
        StlKernel.Fit(values, parameters, seasonal, trend, weights, workspace);
        var remainder = new double[n];
        for (var i = 0; i < n; i++)
        {
            remainder[i] = observed[i] - seasonal[i] - trend[i];
        }
        return new DecompositionResult(observed, seasonal, trend, remainder, weights, parameters);
    }

    /// <summary>
    /// Checks that a series can be decomposed with the given period: at least two full periods, no missing or infinite values.
    /// </summary>
    /// <exception cref="DecompositionException">It cannot; the message says why and what to do.</exception>
    internal static void CheckSeries(ReadOnlySpan<double> values, int period, string method)
    {
        var n = values.Length;
        if (n < 2 * period)
        {
            throw new DecompositionException(
                $"{method} needs at least two full periods: the series has {Format(n)} value(s) but period {Format(period)} needs at least {Format(2 * period)}. "
                + "A seasonal pattern cannot be estimated from less than two cycles: supply a longer series, or report it without decomposition.");
        }
        var missing = 0;
        var firstMissing = -1;
        for (var i = 0; i < n; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                missing++;
                if (firstMissing < 0)
                {
                    firstMissing = i;
                }
            }
            else if (double.IsInfinity(v))
            {
                throw new DecompositionException($"The value at index {Format(i)} is infinite: {method} needs finite values. Correct the input value.");
            }
        }
        if (missing > 0)
        {
            throw new DecompositionException(
                $"The series has {Format(missing)} missing (NaN) value(s), the first at index {Format(firstMissing)}: {method} needs a complete series. "
                + "Fill the gaps first with Interpolation.FillGaps (linear interpolation; the imputed points are flagged), or trim missing values at the ends.");
        }
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
