namespace Csc.Analysis.Statistics.Series;

/// <summary>What <see cref="Interpolation.FillGaps"/> does with missing values before the first or after the last observed value.</summary>
public enum EdgeGaps
{
    /// <summary>Refuse: there is nothing to interpolate towards, so trim the series or choose <see cref="Nearest"/> knowingly. The default.</summary>
    Refuse = 0,

    /// <summary>Carry the nearest observed value outwards (first value backwards, last value forwards); the points are flagged as imputed.</summary>
    Nearest = 1,
}

/// <summary>A series with its gaps filled: the values and, for each point, whether it was imputed.</summary>
/// <param name="Values">The series with no NaN left, same length as the input.</param>
/// <param name="Imputed">True where the value was filled in rather than observed.</param>
public sealed record GapFillResult(double[] Values, bool[] Imputed)
{
    /// <summary>Number of imputed points.</summary>
    public int ImputedCount => Imputed.Count(static b => b);
}

/// <summary>Filling missing (NaN) values in an evenly spaced series.</summary>
public static class Interpolation
{
    /// <summary>
    /// Fills each run of NaN values between two observed values by linear interpolation in the index
    /// (v[i] = a + (b − a)·(i − ia)/(ib − ia)); runs at the start or end are refused or carried from the nearest observed value,
    /// as <paramref name="edges"/> says. One pass, linear time. Infinite values are refused.
    /// </summary>
    /// <exception cref="ArgumentException">No value is observed, a value is infinite, or an edge gap exists under <see cref="EdgeGaps.Refuse"/>.</exception>
    public static GapFillResult FillGaps(ReadOnlySpan<double> values, EdgeGaps edges = EdgeGaps.Refuse)
    {
        var n = values.Length;
        var filled = values.ToArray();
        var imputed = new bool[n];
        var first = -1;
        var last = -1;
        for (var i = 0; i < n; i++)
        {
            var v = values[i];
            if (double.IsInfinity(v))
            {
                throw new ArgumentException($"The value at index {i} is infinite: only finite values or NaN (missing) can be filled.");
            }
            if (!double.IsNaN(v))
            {
                if (first < 0)
                {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0)
        {
            throw new ArgumentException(n == 0
                ? "The series is empty: there is nothing to fill."
                : $"All {n} values are missing (NaN): there is nothing to interpolate from.");
        }
        if (edges == EdgeGaps.Refuse && (first > 0 || last < n - 1))
        {
            var where = first > 0
                ? $"the first {first} value(s) are missing (before index {first})"
                : $"the last {n - 1 - last} value(s) are missing (after index {last})";
            throw new ArgumentException(
                $"Cannot interpolate: {where}, and a gap at the start or end has no value on one side. "
                + "Trim the missing points at the ends, or use EdgeGaps.Nearest to carry the nearest observed value (flagged as imputed).");
        }
        if (edges is not (EdgeGaps.Refuse or EdgeGaps.Nearest))
        {
            throw new ArgumentOutOfRangeException(nameof(edges), edges, "Unknown edge rule: use EdgeGaps.Refuse or EdgeGaps.Nearest.");
        }

        for (var i = 0; i < first; i++)
        {
            filled[i] = values[first];
            imputed[i] = true;
        }
        for (var i = last + 1; i < n; i++)
        {
            filled[i] = values[last];
            imputed[i] = true;
        }
        var previous = first;
        for (var i = first + 1; i <= last; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }
            if (i - previous > 1)
            {
                var a = values[previous];
                var b = values[i];
                double span = i - previous;
                for (var j = previous + 1; j < i; j++)
                {
                    filled[j] = a + (b - a) * ((j - previous) / span);
                    imputed[j] = true;
                }
            }
            previous = i;
        }
        return new GapFillResult(filled, imputed);
    }
}
