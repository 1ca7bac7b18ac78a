namespace Csc.Analysis.Journeys;

/// <summary>The stable ids of <see cref="DriftMeasure"/> and <see cref="DriftGrouping"/>.</summary>
public static class DriftMeasures
{
    /// <summary>The measure's id: referral_to_cp_plan, referral_to_looked_after, cp_plan_to_looked_after.</summary>
    public static string Id(this DriftMeasure measure) => measure switch
    {
        DriftMeasure.ReferralToCpPlan => "referral_to_cp_plan",
        DriftMeasure.ReferralToLookedAfter => "referral_to_looked_after",
        DriftMeasure.CpPlanToLookedAfter => "cp_plan_to_looked_after",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown drift measure."),
    };

    /// <summary>The grouping's id: all, year, team.</summary>
    public static string Id(this DriftGrouping grouping) => grouping switch
    {
        DriftGrouping.All => "all",
        DriftGrouping.Year => "year",
        DriftGrouping.Team => "team",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown drift grouping."),
    };
}
