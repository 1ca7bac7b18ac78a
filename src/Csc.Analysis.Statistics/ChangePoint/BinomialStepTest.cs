using MathNet.Numerics.Distributions;

namespace Csc.Analysis.Statistics.ChangePoint;

/// <summary>Which steps count: any change, only a rise, or only a fall of the rate.</summary>
public enum StepDirection
{
    /// <summary>A rise or a fall of the rate (two-sided).</summary>
    Either,

    /// <summary>Only splits where the rate after is higher than before (one-sided; the p-value bound is halved).</summary>
    Increase,

    /// <summary>Only splits where the rate after is lower than before (one-sided; the p-value bound is halved).</summary>
    Decrease,
}

/// <summary>Options for <see cref="BinomialStepTest.Test"/>.</summary>
public sealed record StepTestOptions
{
    /// <summary>Each segment must contain at least this many periods with trials (periods with no trials do not count); default 3, at least 1.</summary>
    public int MinimumSegmentLength { get; init; } = 3;

    /// <summary>Which steps are searched for; default <see cref="StepDirection.Either"/>.</summary>
    public StepDirection Direction { get; init; } = StepDirection.Either;

    /// <summary>Segments of at least 3 periods, either direction.</summary>
    public static StepTestOptions Default { get; } = new();
}

/// <summary>
/// The best single step in a sequence of binomial counts. <see cref="ChangeIndex"/> is the first period
/// of the second segment (-1 when no split is possible). <see cref="PValue"/> is the Bonferroni bound
/// over the <see cref="CandidateSplits"/> splits tried: min(1, splits × P(χ²₁ &gt; LR)) (halved per split
/// for a one-sided direction), conservative for the maximum of dependent statistics.
/// </summary>
/// <param name="ChangeIndex">0-based index of the first period after the step; -1 when no split qualified.</param>
/// <param name="RateBefore">Successes ÷ trials over periods [0, ChangeIndex) (the whole series when there is no split).</param>
/// <param name="RateAfter">Successes ÷ trials over periods [ChangeIndex, end) (the whole-series rate when there is no split).</param>
/// <param name="SuccessesBefore">Successes summed before the step (all of them when there is no split).</param>
/// <param name="TrialsBefore">Trials summed before the step (all of them when there is no split).</param>
/// <param name="SuccessesAfter">Successes summed from the step on (0 when there is no split).</param>
/// <param name="TrialsAfter">Trials summed from the step on (0 when there is no split).</param>
/// <param name="LikelihoodRatio">The statistic LR of the reported split (≥ 0; 0 when there is no split).</param>
/// <param name="CandidateSplits">Splits that met the minimum segment length (before the direction filter).</param>
/// <param name="PValue">The Bonferroni-bounded p-value in [0, 1]; 1 when there is no split.</param>
public sealed record StepTestResult(
    int ChangeIndex,
    double RateBefore,
    double RateAfter,
    long SuccessesBefore,
    long TrialsBefore,
    long SuccessesAfter,
    long TrialsAfter,
    double LikelihoodRatio,
    int CandidateSplits,
    double PValue)
{
    /// <summary>Whether a split was found (<see cref="ChangeIndex"/> ≥ 0).</summary>
    public bool HasSplit => ChangeIndex >= 0;
}

/// <summary>
/// A likelihood-ratio test for one step change in a binomial rate: for each split k the statistic is
/// LR_k = 2[ℓ(x₁/n₁; before) + ℓ(x₂/n₂; after) - ℓ(x/n; all)] with ℓ the binomial log-likelihood; the
/// split with the largest LR (in the requested direction) is reported. Linear in the number of periods
/// (prefix sums).
/// </summary>
public static class BinomialStepTest
{
    /// <summary>Finds the single split of the periods that best separates two binomial rates.</summary>
    /// <param name="successes">Successes per period (for example ICPCs in time), in time order.</param>
    /// <param name="trials">Trials per period (for example ICPCs held), same length; a period with 0 trials is skipped.</param>
    /// <param name="options">Minimum segment length and direction; null for <see cref="StepTestOptions.Default"/>.</param>
    /// <returns>The best split, or a result with <see cref="StepTestResult.HasSplit"/> false when none qualifies.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, or a period has negative counts or more successes than trials (the message names the period).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The minimum segment length is below 1.</exception>
    public static StepTestResult Test(IReadOnlyList<int> successes, IReadOnlyList<int> trials, StepTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(successes);
        ArgumentNullException.ThrowIfNull(trials);
        options ??= StepTestOptions.Default;
        if (successes.Count != trials.Count)
        {
            throw new ArgumentException($"successes has {successes.Count} periods but trials has {trials.Count}: give one count of each per period.");
        }
        if (options.MinimumSegmentLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumSegmentLength, "Segments must be at least 1 period long.");
        }
        var m = trials.Count;
        var prefixX = new long[m + 1];
        var prefixN = new long[m + 1];
        var prefixActive = new int[m + 1];
        for (var i = 0; i < m; i++)
        {
            if (trials[i] < 0 || successes[i] < 0 || successes[i] > trials[i])
            {
                throw new ArgumentException($"Period {i}: {successes[i]} successes out of {trials[i]} trials is impossible (need 0 <= successes <= trials).");
            }
            prefixX[i + 1] = prefixX[i] + successes[i];
            prefixN[i + 1] = prefixN[i] + trials[i];
            prefixActive[i + 1] = prefixActive[i] + (trials[i] > 0 ? 1 : 0);
        }
        var totalX = prefixX[m];
        var totalN = prefixN[m];
        var all = LogLik(totalX, totalN);
        var best = -1;
        var bestLr = 0.0;
        var candidates = 0;
        for (var k = 1; k < m; k++)
        {
            if (trials[k] == 0)
            {
                continue; // a split is placed at a period with data
            }
            var activeBefore = prefixActive[k];
            var activeAfter = prefixActive[m] - prefixActive[k];
            if (activeBefore < options.MinimumSegmentLength || activeAfter < options.MinimumSegmentLength)
            {
                continue;
            }
            candidates++;
            long x1 = prefixX[k], n1 = prefixN[k], x2 = totalX - x1, n2 = totalN - n1;
            var p1 = (double)x1 / n1;
            var p2 = (double)x2 / n2;
            if ((options.Direction == StepDirection.Increase && p2 <= p1) || (options.Direction == StepDirection.Decrease && p2 >= p1))
            {
                continue;
            }
            var lr = 2 * (LogLik(x1, n1) + LogLik(x2, n2) - all);
            if (lr > bestLr + 1e-12 || (best < 0 && lr >= 0))
            {
                best = k;
                bestLr = Math.Max(0, lr);
            }
        }
        if (best < 0)
        {
            var rate = totalN == 0 ? double.NaN : (double)totalX / totalN;
            return new StepTestResult(-1, rate, rate, totalX, totalN, 0, 0, 0, candidates, 1);
        }
        var tail = 1 - ChiSquared.CDF(1, bestLr);
        if (options.Direction != StepDirection.Either)
        {
            tail /= 2;
        }
        var p = Math.Min(1, candidates * tail);
        long bx = prefixX[best], bn = prefixN[best];
        return new StepTestResult(best, (double)bx / bn, (double)(totalX - bx) / (totalN - bn), bx, bn, totalX - bx, totalN - bn, bestLr, candidates, p);
    }

    private static double LogLik(long x, long n)
    {
        if (n == 0 || x == 0 || x == n)
        {
            return 0;
        }
        var p = (double)x / n;
        return (x * Math.Log(p)) + ((n - x) * Math.Log(1 - p));
    }
}
