namespace Csc.Analysis.Statistics.Series;

/// <summary>
/// The sample quantile definitions of Hyndman and Fan (1996), numbered as R's <c>quantile(type = ...)</c>.
/// </summary>
/// <remarks>
/// <see cref="R7"/> is R's default and the rule of Excel's <c>PERCENTILE.INC</c> / <c>QUARTILE.INC</c> (and NumPy's default);
/// <see cref="R6"/> is Excel's <c>PERCENTILE.EXC</c> / <c>QUARTILE.EXC</c> and Minitab's rule, except that where Excel returns
/// <c>#NUM!</c> (p &lt; 1/(n+1) or p &gt; n/(n+1)) this returns the minimum or maximum, as R does.
/// </remarks>
public enum QuantileMethod
{
    /// <summary>Inverse of the empirical distribution function.</summary>
    R1 = 1,

    /// <summary>Inverse of the empirical distribution function, averaging at discontinuities.</summary>
    R2 = 2,

    /// <summary>Nearest even order statistic (SAS definition 2).</summary>
    R3 = 3,

    /// <summary>Linear interpolation of the empirical distribution function: p(k) = k / n.</summary>
    R4 = 4,

    /// <summary>Piecewise linear with knots at the midpoints: p(k) = (k − 0.5) / n.</summary>
    R5 = 5,

    /// <summary>p(k) = k / (n + 1): Excel <c>PERCENTILE.EXC</c>, Minitab, SPSS.</summary>
    R6 = 6,

    /// <summary>p(k) = (k − 1) / (n − 1): R's default, Excel <c>PERCENTILE.INC</c>.</summary>
    R7 = 7,

    /// <summary>Approximately median-unbiased: p(k) = (k − 1/3) / (n + 1/3).</summary>
    R8 = 8,

    /// <summary>Approximately unbiased for normal data: p(k) = (k − 3/8) / (n + 1/4).</summary>
    R9 = 9,

    /// <summary>Excel <c>PERCENTILE.INC</c> and <c>QUARTILE.INC</c>: the same rule as <see cref="R7"/>.</summary>
    ExcelInclusive = R7,

    /// <summary>Excel <c>PERCENTILE.EXC</c> and <c>QUARTILE.EXC</c>: the same rule as <see cref="R6"/> (clamped instead of <c>#NUM!</c>).</summary>
    ExcelExclusive = R6,
}

/// <summary>
/// Exact medians and sample quantiles by selection (expected linear time, no full sort), matching R's <c>median</c> and
/// <c>quantile</c> to the last bit for the types of <see cref="QuantileMethod"/>.
/// </summary>
public static class Quantiles
{
    // R uses the same guard against representation error when locating order statistics (4 * .Machine$double.eps).
    private const double Fuzz = 4 * 2.220446049250313e-16;

    /// <summary>The median: the middle value, or the mean of the two middle values when the count is even.</summary>
    /// <exception cref="ArgumentException">The values are empty or contain NaN.</exception>
    public static double Median(ReadOnlySpan<double> values)
    {
        CheckValues(values);
        var work = values.Length <= 256 ? stackalloc double[values.Length] : new double[values.Length];
        values.CopyTo(work);
        return MedianInPlace(work);
    }

    /// <summary>
    /// The median of <paramref name="work"/>, reordering it (no allocation). The caller guarantees no NaN and a non-empty span.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="work"/> is empty.</exception>
    public static double MedianInPlace(Span<double> work)
    {
        var (lo, hi) = MiddlePairInPlace(work);
        return lo == hi ? lo : (lo + hi) / 2;
    }

    /// <summary>
    /// The two middle order statistics of <paramref name="work"/> (the same value twice when the count is odd), reordering it.
    /// The caller guarantees no NaN.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="work"/> is empty.</exception>
    public static (double Lower, double Upper) MiddlePairInPlace(Span<double> work)
    {
        if (work.IsEmpty)
        {
            throw new ArgumentException("Cannot take the median of no values.");
        }
        var n = work.Length;
        var k = (n - 1) / 2;
        var lower = SelectInPlace(work, k);
        if (n % 2 == 1)
        {
            return (lower, lower);
        }
        return (lower, MinOf(work[(k + 1)..]));
    }

    /// <summary>The sample quantile of <paramref name="values"/> at probability <paramref name="p"/> (0 ≤ p ≤ 1).</summary>
    /// <exception cref="ArgumentException">The values are empty or contain NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or the method is unknown.</exception>
    public static double Quantile(ReadOnlySpan<double> values, double p, QuantileMethod method = QuantileMethod.R7)
    {
        CheckValues(values);
        var work = new double[values.Length];
        values.CopyTo(work);
        return QuantileInPlace(work, p, method);
    }

    /// <summary>Several quantiles of the same values (one copy, one selection per probability), in the order of <paramref name="probabilities"/>.</summary>
    /// <exception cref="ArgumentException">The values are empty or contain NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1] or the method is unknown.</exception>
    public static double[] Quantile(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities, QuantileMethod method = QuantileMethod.R7)
    {
        CheckValues(values);
        var work = new double[values.Length];
        values.CopyTo(work);
        var result = new double[probabilities.Length];
        for (var i = 0; i < probabilities.Length; i++)
        {
            result[i] = QuantileInPlace(work, probabilities[i], method);
        }
        return result;
    }

    /// <summary>The sample quantile of <paramref name="work"/> at probability <paramref name="p"/>, reordering it (no allocation). The caller guarantees no NaN.</summary>
    /// <exception cref="ArgumentException"><paramref name="work"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or the method is unknown.</exception>
    public static double QuantileInPlace(Span<double> work, double p, QuantileMethod method = QuantileMethod.R7)
    {
        if (work.IsEmpty)
        {
            throw new ArgumentException("Cannot take a quantile of no values.");
        }
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, $"The probability must be between 0 and 1 (got {p.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}).");
        }
        var n = work.Length;
        switch (method)
        {
            case QuantileMethod.R7:
            {
                // R: index = 1 + (n - 1) p; interpolate between the floor and ceiling order statistics.
                var index = 1 + (n - 1) * p;
                var lo = (int)Math.Floor(index);
                var hi = (int)Math.Ceiling(index);
                var qs = OrderStatistic(work, lo);
                if (index > lo)
                {
                    var upper = OrderStatistic(work, hi);
                    if (upper != qs)
                    {
                        var h = index - lo;
                        qs = (1 - h) * qs + h * upper;
                    }
                }
                return qs;
            }
            case QuantileMethod.R1:
            case QuantileMethod.R2:
            case QuantileMethod.R3:
            {
                var nppm = (int)method == 3 ? n * p - 0.5 : n * p;
                var j = (int)Math.Floor(nppm + Fuzz);
                var h = (int)method switch
                {
                    1 => nppm > j ? 1 : 0,
                    2 => ((nppm > j ? 1 : 0) + 1) / 2.0,
                    _ => nppm != j || j % 2 == 1 ? 1 : 0,
                };
                return Interpolate(work, j, h);
            }
            case QuantileMethod.R4:
            case QuantileMethod.R5:
            case QuantileMethod.R6:
            case QuantileMethod.R8:
            case QuantileMethod.R9:
            {
                var (a, b) = (int)method switch
                {
                    4 => (0.0, 1.0),
                    5 => (0.5, 0.5),
                    6 => (0.0, 0.0),
                    8 => (1.0 / 3, 1.0 / 3),
                    _ => (3.0 / 8, 3.0 / 8),
                };
                var nppm = a + p * (n + 1 - a - b);
                var j = (int)Math.Floor(nppm + Fuzz);
                var h = nppm - j;
                if (Math.Abs(h) < Fuzz)
                {
                    h = 0;
                }
                return Interpolate(work, j, h);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown quantile method: use R1 to R9.");
        }
    }

    /// <summary>(1 − h)·x[j] + h·x[j+1] with 1-based order statistics clamped to [1, n], as R computes types 1–6, 8 and 9.</summary>
    private static double Interpolate(Span<double> work, int j, double h)
    {
        var n = work.Length;
        var xj = OrderStatistic(work, Math.Clamp(j, 1, n));
        if (h == 0)
        {
            return xj;
        }
        var xj1 = OrderStatistic(work, Math.Clamp(j + 1, 1, n));
        if (h == 1)
        {
            return xj1;
        }
        return xj == xj1 ? xj : (1 - h) * xj + h * xj1;
    }

    /// <summary>The k-th smallest value (1-based) of <paramref name="work"/>, reordering it.</summary>
    private static double OrderStatistic(Span<double> work, int k) => SelectInPlace(work, k - 1);

    /// <summary>
    /// Rearranges <paramref name="work"/> so that position <paramref name="k"/> (0-based) holds the value it would hold if sorted,
    /// every value before it is ≤ and every value after it is ≥; returns that value. Expected linear time (quickselect with a
    /// median-of-three pivot, Hoare partition, falling back to a sort of the remaining range if partitioning stalls).
    /// The caller guarantees no NaN.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is outside 0..length − 1.</exception>
    public static double SelectInPlace(Span<double> work, int k)
    {
        if ((uint)k >= (uint)work.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"The rank must be between 0 and {work.Length - 1}.");
        }
        var left = 0;
        var right = work.Length - 1;
        // Introselect: after about 2·log2(n) partitions without converging (an adversarial order for the median-of-three
        // pivot), sort what is left, so the worst case is O(n log n) rather than quadratic.
        var budget = 2 * (64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)work.Length)) + 8;
        while (right > left)
        {
            if (right - left < 16 || budget-- == 0)
            {
                var rest = work[left..(right + 1)];
                if (rest.Length < 16)
                {
                    InsertionSort(rest);
                }
                else
                {
                    rest.Sort();
                }
                return work[k];
            }
            var mid = left + ((right - left) >> 1);
            // Median of three into work[mid], smallest to left, largest to right.
            if (work[mid] < work[left])
            {
                (work[mid], work[left]) = (work[left], work[mid]);
            }
            if (work[right] < work[left])
            {
                (work[right], work[left]) = (work[left], work[right]);
            }
            if (work[right] < work[mid])
            {
                (work[right], work[mid]) = (work[mid], work[right]);
            }
            var pivot = work[mid];
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (work[i] < pivot)
                {
                    i++;
                }
                while (work[j] > pivot)
                {
                    j--;
                }
                if (i <= j)
                {
                    (work[i], work[j]) = (work[j], work[i]);
                    i++;
                    j--;
                }
            }
            // Now work[left..j] <= pivot <= work[i..right], and left..j, i..right do not overlap.
            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return work[k];
            }
        }
        return work[k];
    }

    private static void InsertionSort(Span<double> span)
    {
        for (var i = 1; i < span.Length; i++)
        {
            var value = span[i];
            var j = i - 1;
            while (j >= 0 && span[j] > value)
            {
                span[j + 1] = span[j];
                j--;
            }
            span[j + 1] = value;
        }
    }

    private static double MinOf(ReadOnlySpan<double> values)
    {
        var min = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < min)
            {
                min = values[i];
            }
        }
        return min;
    }

    private static void CheckValues(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("Cannot take a quantile of no values: supply at least one value.");
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                throw new ArgumentException($"The values contain NaN (missing) at index {i}: remove or fill missing values before taking a quantile.");
            }
        }
    }
}
