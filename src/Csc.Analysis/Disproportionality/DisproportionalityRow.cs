using Csc.Analysis.Statistics.RateComparison;

namespace Csc.Analysis.Disproportionality;

/// <summary>
/// One ethnicity group of a <see cref="DisproportionalityResult"/>. Figures that cannot be worked out are null: every
/// derived figure when the group has no population figure; the relative rate, interval, expected count and test
/// when there is no reference rate, for the reference group itself (its relative rate is 1) and for a group with
/// more children than population.
/// </summary>
/// <param name="Group">The ethnicity group.</param>
/// <param name="Children">Distinct children of the group in the cohort.</param>
/// <param name="Population">The group's population; null when the population file has no figure for it.</param>
/// <param name="RatePer10k">Children × 10,000 ÷ population.</param>
/// <param name="RelativeRate">The relative rate index: the group's rate ÷ White British's (also children ÷ expected).</param>
/// <param name="Lower">The lower limit of the relative rate's confidence interval (Katz log interval); null when the group has no children.</param>
/// <param name="Upper">The upper limit of the relative rate's confidence interval.</param>
/// <param name="Expected">The children the group would have at White British's rate: population × White British's children ÷ its population.</param>
/// <param name="PValue">The two-sided p-value of the test of difference from White British.</param>
/// <param name="Test">The test used (chi-square, or Fisher's exact test when an expected count is small).</param>
/// <param name="Significant">Whether the p-value is below the options' alpha.</param>
public sealed record DisproportionalityRow(
    EthnicityGroup Group,
    long Children,
    long? Population,
    double? RatePer10k,
    double? RelativeRate,
    double? Lower,
    double? Upper,
    double? Expected,
    double? PValue,
    TwoByTwoMethod? Test,
    bool? Significant)
{
    /// <summary>True for White British, the reference group.</summary>
    public bool IsReference => Group == EthnicityGroups.Reference;
}
