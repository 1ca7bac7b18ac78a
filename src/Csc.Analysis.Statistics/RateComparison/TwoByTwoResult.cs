namespace Csc.Analysis.Statistics.RateComparison;

/// <summary>
/// A group's rate against a reference group's, from the 2×2 table
/// <c>[Events, Population − Events; ReferenceEvents, ReferencePopulation − ReferenceEvents]</c>: the relative rate
/// with its confidence interval and a test of difference. Values that cannot exist are NaN: the ratio when the
/// reference has no events, the interval when either group has none, the statistic and p-value of the chi-square
/// test when a row or column of the table is empty.
/// </summary>
/// <param name="Events">The group's events (children in the cohort).</param>
/// <param name="Population">The group's population (events are part of it).</param>
/// <param name="ReferenceEvents">The reference group's events.</param>
/// <param name="ReferencePopulation">The reference group's population.</param>
/// <param name="RelativeRate">(Events ÷ Population) ÷ (ReferenceEvents ÷ ReferencePopulation).</param>
/// <param name="Lower">The lower confidence limit of the relative rate (Katz log interval).</param>
/// <param name="Upper">The upper confidence limit of the relative rate (Katz log interval).</param>
/// <param name="Method">The test used.</param>
/// <param name="Statistic">The chi-square statistic; NaN for Fisher's exact test.</param>
/// <param name="PValue">The two-sided p-value in [0, 1].</param>
/// <param name="MinimumExpected">The smallest of the four expected counts (what the rule between the tests looks at).</param>
public sealed record TwoByTwoResult(
    long Events,
    long Population,
    long ReferenceEvents,
    long ReferencePopulation,
    double RelativeRate,
    double Lower,
    double Upper,
    TwoByTwoMethod Method,
    double Statistic,
    double PValue,
    double MinimumExpected);
