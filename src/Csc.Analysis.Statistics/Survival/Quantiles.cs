namespace Csc.Analysis.Statistics.Survival;

/// <summary>Empirical quantiles of a sample.</summary>
public static class Quantiles
{
    /// <summary>
    /// The quantile at probability <paramref name="p"/> by linear interpolation between order statistics
    /// (Hyndman and Fan type 7, R's default): h = (n-1)p, x[⌊h⌋] + (h-⌊h⌋)(x[⌊h⌋+1]-x[⌊h⌋]). NaN for an empty sample.
    /// </summary>
    public static double Type7(IReadOnlyList<double> sortedValues, double p)
    {
        ArgumentNullException.ThrowIfNull(sortedValues);
        if (p is < 0 or > 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile probability must be between 0 and 1.");
        }
        var n = sortedValues.Count;
        if (n == 0)
        {
            return double.NaN;
        }
        var h = (n - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, n - 1);
        return sortedValues[lo] + ((h - lo) * (sortedValues[hi] - sortedValues[lo]));
    }

    /// <summary>Type 7 quantiles of an unsorted sample at each probability (the sample is copied and sorted once).</summary>
    public static IReadOnlyList<double> Type7(IEnumerable<double> values, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(probabilities);
        var sorted = values.ToArray();
        foreach (var v in sorted)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"The sample holds {v}: every value must be finite.", nameof(values));
            }
        }
        Array.Sort(sorted);
        return [.. probabilities.Select(p => Type7(sorted, p))];
    }
}
