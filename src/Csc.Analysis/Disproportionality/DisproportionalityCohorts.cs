namespace Csc.Analysis.Disproportionality;

/// <summary>The stable ids and descriptions of <see cref="DisproportionalityCohort"/>.</summary>
public static class DisproportionalityCohorts
{
    /// <summary>Every cohort, in the order of the enum.</summary>
    public static IReadOnlyList<DisproportionalityCohort> All { get; } = Enum.GetValues<DisproportionalityCohort>();

    /// <summary>The cohort's id: referrals, s47, cp_plans, looked_after or cin.</summary>
    public static string Id(this DisproportionalityCohort cohort) => cohort switch
    {
        DisproportionalityCohort.Referrals => "referrals",
        DisproportionalityCohort.Section47Enquiries => "s47",
        DisproportionalityCohort.CpPlans => "cp_plans",
        DisproportionalityCohort.LookedAfter => "looked_after",
        DisproportionalityCohort.ChildrenInNeed => "cin",
        _ => throw new ArgumentOutOfRangeException(nameof(cohort), cohort, "Unknown cohort."),
    };

    /// <summary>Who the cohort counts, in words (for messages and reports).</summary>
    public static string Description(this DisproportionalityCohort cohort) => cohort switch
    {
        DisproportionalityCohort.Referrals => "children referred",
        DisproportionalityCohort.Section47Enquiries => "children with a section 47 enquiry started",
        DisproportionalityCohort.CpPlans => "children on a child protection plan",
        DisproportionalityCohort.LookedAfter => "children looked after",
        DisproportionalityCohort.ChildrenInNeed => "children in need",
        _ => throw new ArgumentOutOfRangeException(nameof(cohort), cohort, "Unknown cohort."),
    };

    /// <summary>The cohort whose id is <paramref name="id"/> (case-insensitive), or null.</summary>
    public static DisproportionalityCohort? TryParse(string? id)
    {
        var text = id?.Trim();
        foreach (var cohort in All)
        {
            if (string.Equals(cohort.Id(), text, StringComparison.OrdinalIgnoreCase))
            {
                return cohort;
            }
        }
        return null;
    }
}
