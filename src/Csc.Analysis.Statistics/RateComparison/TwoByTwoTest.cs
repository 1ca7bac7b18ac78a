using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Csc.Analysis.Statistics.RateComparison;

/// <summary>
/// A group's rate of events against a reference group's (for example children referred per child of an ethnic group
/// against White British children), as the 2×2 table a = events, b = population − events for the group and c, d the
/// same for the reference. Every verb returns a <see cref="TwoByTwoResult"/> with the relative rate
/// RR = (a ÷ (a + b)) ÷ (c ÷ (c + d)) and its Katz log interval exp(ln RR ± z·√(1/a − 1/(a+b) + 1/c − 1/(c+d)))
/// (undefined when a or c is 0), and one test of difference:
/// <see cref="ChiSquare"/> (Pearson, optionally with Yates' correction; R <c>chisq.test</c>),
/// <see cref="FisherExact"/> (two-sided, the tables no more probable than the observed one; R <c>fisher.test</c>), or
/// <see cref="Compare"/>, which takes Fisher's exact test when any expected count is below
/// <see cref="TwoByTwoOptions.MinimumExpected"/> (5) and the chi-square test otherwise.
/// </summary>
public static class TwoByTwoTest
{
    // R's fisher.test: tables whose probability is within this relative tolerance of the observed one count as "no more probable".
    private const double RelativeTolerance = 1 + 1e-7;

    /// <summary>Fisher's exact test when an expected count is below the options' minimum, else the chi-square test.</summary>
    /// <param name="events">The group's events (0 or more).</param>
    /// <param name="population">The group's population, at least its events.</param>
    /// <param name="referenceEvents">The reference group's events (0 or more).</param>
    /// <param name="referencePopulation">The reference group's population, at least its events.</param>
    /// <param name="options">The rule, the correction and the confidence level; null for <see cref="TwoByTwoOptions.Default"/>.</param>
    /// <returns>The relative rate, its interval and the test chosen.</returns>
    /// <exception cref="ArgumentException">A count is negative or more than its population (the message says which).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not strictly between 0 and 1.</exception>
    public static TwoByTwoResult Compare(long events, long population, long referenceEvents, long referencePopulation, TwoByTwoOptions? options = null)
    {
        options ??= TwoByTwoOptions.Default;
        var minimum = MinimumExpected(Check(events, population, referenceEvents, referencePopulation));
        return minimum < options.MinimumExpected
            ? FisherExact(events, population, referenceEvents, referencePopulation, options.Confidence)
            : ChiSquare(events, population, referenceEvents, referencePopulation, options.ContinuityCorrection, options.Confidence);
    }

    /// <summary>
    /// Pearson's chi-square test of the 2×2 table on 1 degree of freedom: X² = Σ (|O − E| − y)² ÷ E with y = 0, or with
    /// Yates' correction y = min(0.5, |O − E|) as R does; p = P(χ²₁ ≥ X²). NaN when a row or column total is 0.
    /// </summary>
    /// <param name="events">The group's events (0 or more).</param>
    /// <param name="population">The group's population, at least its events.</param>
    /// <param name="referenceEvents">The reference group's events (0 or more).</param>
    /// <param name="referencePopulation">The reference group's population, at least its events.</param>
    /// <param name="continuityCorrection">True for Yates' correction (R's default), false for none.</param>
    /// <param name="confidence">The confidence level of the relative rate's interval, in (0, 1).</param>
    /// <returns>The relative rate, its interval, the statistic and p-value.</returns>
    /// <exception cref="ArgumentException">A count is negative or more than its population (the message says which).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not strictly between 0 and 1.</exception>
    public static TwoByTwoResult ChiSquare(long events, long population, long referenceEvents, long referencePopulation, bool continuityCorrection = false, double confidence = 0.95)
    {
        var t = Check(events, population, referenceEvents, referencePopulation);
        var (rr, lower, upper) = RelativeRate(t, confidence);
        double n = t.A + t.B + t.C + t.D;
        double row1 = t.A + t.B, row2 = t.C + t.D, col1 = t.A + t.C, col2 = t.B + t.D;
        double statistic, p;
        if (row1 == 0 || row2 == 0 || col1 == 0 || col2 == 0)
        {
            statistic = double.NaN;
            p = double.NaN;
        }
        else
        {
            // |O − E| is the same in every cell of a 2×2 table: |ad − bc| ÷ n.
            var deviation = Math.Abs(((double)t.A * t.D) - ((double)t.B * t.C)) / n;
            var y = continuityCorrection ? Math.Min(0.5, deviation) : 0;
            var d = deviation - y;
            statistic = d * d * ((n / (row1 * col1)) + (n / (row1 * col2)) + (n / (row2 * col1)) + (n / (row2 * col2)));
            p = SpecialFunctions.Erfc(Math.Sqrt(statistic / 2));
        }
        return new TwoByTwoResult(events, population, referenceEvents, referencePopulation, rr, lower, upper,
            continuityCorrection ? TwoByTwoMethod.ChiSquareYates : TwoByTwoMethod.ChiSquare, statistic, p, MinimumExpected(t));
    }

    /// <summary>
    /// Fisher's exact test, two-sided: with the margins fixed, a follows the hypergeometric distribution, and p is the
    /// probability of the tables no more probable than the observed one (within a relative 1e-7, as R's
    /// <c>fisher.test</c>). Probabilities are summed in log space from the ratio of successive terms, so large
    /// populations neither overflow nor lose the small terms. 1 when a row or column total is 0.
    /// </summary>
    /// <param name="events">The group's events (0 or more).</param>
    /// <param name="population">The group's population, at least its events.</param>
    /// <param name="referenceEvents">The reference group's events (0 or more).</param>
    /// <param name="referencePopulation">The reference group's population, at least its events.</param>
    /// <param name="confidence">The confidence level of the relative rate's interval, in (0, 1).</param>
    /// <returns>The relative rate, its interval and the exact p-value (the statistic is NaN).</returns>
    /// <exception cref="ArgumentException">A count is negative or more than its population (the message says which).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not strictly between 0 and 1.</exception>
    public static TwoByTwoResult FisherExact(long events, long population, long referenceEvents, long referencePopulation, double confidence = 0.95)
    {
        var t = Check(events, population, referenceEvents, referencePopulation);
        var (rr, lower, upper) = RelativeRate(t, confidence);
        long m = t.A + t.C, n = t.B + t.D, k = t.A + t.B;
        var lo = Math.Max(0, k - n);
        var hi = Math.Min(k, m);
        var logs = new double[hi - lo + 1];
        for (var x = lo; x < hi; x++)
        {
            // P(x + 1) ÷ P(x) = (m − x)(k − x) ÷ ((x + 1)(n − k + x + 1)).
            logs[x - lo + 1] = logs[x - lo] + Math.Log((double)(m - x) * (k - x)) - Math.Log((double)(x + 1) * (n - k + x + 1));
        }
        var max = logs.Max();
        double total = 0;
        for (var i = 0; i < logs.Length; i++)
        {
            total += Math.Exp(logs[i] - max);
        }
        var observed = Math.Exp(logs[t.A - lo] - max) * RelativeTolerance;
        double tail = 0;
        for (var i = 0; i < logs.Length; i++)
        {
            var d = Math.Exp(logs[i] - max);
            if (d <= observed)
            {
                tail += d;
            }
        }
        var p = Math.Min(1, tail / total);
        return new TwoByTwoResult(events, population, referenceEvents, referencePopulation, rr, lower, upper,
            TwoByTwoMethod.FisherExact, double.NaN, p, MinimumExpected(t));
    }

    private readonly record struct Table(long A, long B, long C, long D);

    private static Table Check(long events, long population, long referenceEvents, long referencePopulation)
    {
        if (events < 0 || referenceEvents < 0)
        {
            throw new ArgumentException($"Events {events} and reference events {referenceEvents}: counts must be 0 or more.");
        }
        if (events > population || referenceEvents > referencePopulation)
        {
            throw new ArgumentException($"{events} events in a population of {population}, {referenceEvents} in a reference population of {referencePopulation}: a group's events are part of its population, so they cannot be more.");
        }
        return new Table(events, population - events, referenceEvents, referencePopulation - referenceEvents);
    }

    private static double MinimumExpected(Table t)
    {
        double n = t.A + t.B + t.C + t.D;
        if (n == 0)
        {
            return 0;
        }
        double row1 = t.A + t.B, row2 = t.C + t.D, col1 = t.A + t.C, col2 = t.B + t.D;
        return Math.Min(Math.Min(row1 * col1, row1 * col2), Math.Min(row2 * col1, row2 * col2)) / n;
    }

    private static (double Ratio, double Lower, double Upper) RelativeRate(Table t, double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must be between 0 and 1 (0.95 for a 95% interval).");
        }
        double n1 = t.A + t.B, n0 = t.C + t.D;
        var ratio = n1 == 0 || n0 == 0 || t.C == 0 ? double.NaN : (t.A / n1) / (t.C / n0);
        if (t.A == 0 || t.C == 0)
        {
            return (ratio, double.NaN, double.NaN);
        }
        var se = Math.Sqrt((1.0 / t.A) - (1.0 / n1) + (1.0 / t.C) - (1.0 / n0));
        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        return (ratio, Math.Exp(Math.Log(ratio) - (z * se)), Math.Exp(Math.Log(ratio) + (z * se)));
    }
}
