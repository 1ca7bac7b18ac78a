namespace Csc.Analysis.Statistics.ChangePoint;

/// <summary>Corrections of p-values for testing many hypotheses at once.</summary>
public enum PValueAdjustment
{
    /// <summary>The p-values unchanged (R <c>p.adjust(method = "none")</c>).</summary>
    None,

    /// <summary>min(1, m·p): controls the family-wise error rate.</summary>
    Bonferroni,

    /// <summary>Holm's step-down (R <c>p.adjust(method = "holm")</c>): controls the family-wise error rate, never less powerful than Bonferroni.</summary>
    Holm,

    /// <summary>Benjamini–Hochberg (R <c>p.adjust(method = "BH")</c>): controls the false discovery rate.</summary>
    BenjaminiHochberg,
}

/// <summary>Adjusted p-values, in the order given, matching R's <c>p.adjust</c>.</summary>
public static class MultipleTesting
{
    /// <summary>Adjusts <paramref name="pValues"/> for testing them together; each result is in [0, 1] and at least the p-value given.</summary>
    /// <param name="pValues">The unadjusted p-values, each in [0, 1]; may be empty.</param>
    /// <param name="method">The correction.</param>
    /// <returns>One adjusted p-value per input, in the same order.</returns>
    /// <exception cref="ArgumentException">A p-value is NaN or outside [0, 1] (the message gives it).</exception>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues, PValueAdjustment method)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        foreach (var p in pValues)
        {
            if (double.IsNaN(p) || p < 0 || p > 1)
            {
                throw new ArgumentException($"p-value {p} is not between 0 and 1.", nameof(pValues));
            }
        }
        var result = new double[m];
        if (m == 0)
        {
            return result;
        }
        switch (method)
        {
            case PValueAdjustment.None:
                for (var i = 0; i < m; i++)
                {
                    result[i] = pValues[i];
                }
                break;
            case PValueAdjustment.Bonferroni:
                for (var i = 0; i < m; i++)
                {
                    result[i] = Math.Min(1, m * pValues[i]);
                }
                break;
            case PValueAdjustment.Holm:
            {
                var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
                var running = 0.0;
                for (var r = 0; r < m; r++)
                {
                    running = Math.Max(running, Math.Min(1, (m - r) * pValues[order[r]]));
                    result[order[r]] = running;
                }
                break;
            }
            case PValueAdjustment.BenjaminiHochberg:
            {
                var order = Enumerable.Range(0, m).OrderByDescending(i => pValues[i]).ThenByDescending(i => i).ToArray();
                var running = 1.0;
                for (var r = 0; r < m; r++)
                {
                    var rank = m - r;
                    running = Math.Min(running, Math.Min(1, pValues[order[r]] * m / rank));
                    result[order[r]] = running;
                }
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown adjustment.");
        }
        return result;
    }
}
