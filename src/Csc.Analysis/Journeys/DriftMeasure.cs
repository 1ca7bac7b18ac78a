namespace Csc.Analysis.Journeys;

/// <summary>A time a child waits between two steps, as <see cref="Drift"/> measures it; <see cref="DriftMeasures.Id(DriftMeasure)"/> gives the stable id.</summary>
public enum DriftMeasure
{
    /// <summary>referral_to_cp_plan: from the referral to the child's first CP plan.</summary>
    ReferralToCpPlan,

    /// <summary>referral_to_looked_after: from the referral to the child's first looked-after episode (short breaks left out).</summary>
    ReferralToLookedAfter,

    /// <summary>cp_plan_to_looked_after: from the CP plan to the child's first looked-after episode.</summary>
    CpPlanToLookedAfter,
}
