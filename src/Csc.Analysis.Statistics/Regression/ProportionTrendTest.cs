using MathNet.Numerics.Distributions;

namespace Csc.Analysis.Statistics.Regression;

/// <summary>The result of a Cochran–Armitage test for a linear trend in proportions.</summary>
/// <param name="Slope">Weighted least-squares slope of the proportion per unit score (positive: rising).</param>
/// <param name="Z">The standardised statistic; Z² equals R's <c>prop.trend.test</c> chi-squared.</param>
/// <param name="PValue">Two-sided p-value from the normal distribution.</param>
/// <param name="Successes">The successes summed over the groups.</param>
/// <param name="Trials">The trials summed over the groups.</param>
public sealed record ProportionTrendResult(double Slope, double Z, double PValue, long Successes, long Trials);

/// <summary>
/// Cochran–Armitage test for a trend in proportions over ordered groups (for example months):
/// with p̄ the pooled proportion and scores s_i, Z = Σ n_i (p_i - p̄)(s_i - s̄) / sqrt(p̄(1-p̄) Σ n_i (s_i - s̄)²),
/// s̄ weighted by n_i. Groups with no trials are ignored.
/// </summary>
public static class ProportionTrendTest
{
    /// <summary>Tests for a linear trend in the proportions successes ÷ trials across the ordered groups.</summary>
    /// <param name="successes">Successes per group, in order.</param>
    /// <param name="trials">Trials per group, same length.</param>
    /// <param name="scores">Score of each group (default 0, 1, 2, …: equally spaced).</param>
    /// <returns>The slope, Z and two-sided p-value; all NaN with no trials at all; Z 0 and p 1 when the pooled proportion is 0 or 1 or the scores of the groups with trials do not vary (then the slope is NaN).</returns>
    /// <exception cref="ArgumentException">The lists differ in length, or a group has negative counts or more successes than trials.</exception>
    public static ProportionTrendResult CochranArmitage(IReadOnlyList<int> successes, IReadOnlyList<int> trials, IReadOnlyList<double>? scores = null)
    {
        ArgumentNullException.ThrowIfNull(successes);
        ArgumentNullException.ThrowIfNull(trials);
        if (successes.Count != trials.Count || (scores is not null && scores.Count != trials.Count))
        {
            throw new ArgumentException($"successes ({successes.Count}), trials ({trials.Count}) and scores ({scores?.Count ?? trials.Count}) must have the same length.");
        }
        long x = 0, n = 0;
        double sw = 0;
        for (var i = 0; i < trials.Count; i++)
        {
            if (trials[i] < 0 || successes[i] < 0 || successes[i] > trials[i])
            {
                throw new ArgumentException($"Group {i}: {successes[i]} successes out of {trials[i]} trials is impossible (need 0 <= successes <= trials).");
            }
            x += successes[i];
            n += trials[i];
            sw += trials[i] * (scores?[i] ?? i);
        }
        if (n == 0)
        {
            return new ProportionTrendResult(double.NaN, double.NaN, double.NaN, 0, 0);
        }
        var pBar = (double)x / n;
        var sBar = sw / n;
        double num = 0, sxx = 0;
        for (var i = 0; i < trials.Count; i++)
        {
            if (trials[i] == 0)
            {
                continue;
            }
            var ds = (scores?[i] ?? i) - sBar;
            num += (successes[i] - (trials[i] * pBar)) * ds;
            sxx += trials[i] * ds * ds;
        }
        if (sxx == 0 || pBar is 0 or 1)
        {
            return new ProportionTrendResult(sxx == 0 ? double.NaN : num / sxx, 0, 1, x, n);
        }
        var z = num / Math.Sqrt(pBar * (1 - pBar) * sxx);
        return new ProportionTrendResult(num / sxx, z, 2 * Normal.CDF(0, 1, -Math.Abs(z)), x, n);
    }
}
