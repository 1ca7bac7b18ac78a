namespace Csc.Analysis.Disproportionality;

/// <summary>
/// The children whose ethnicity is compared with the population's (<see cref="DisproportionalityCohorts.Id"/> gives the
/// stable id of <c>csc-kpi disproportionality --cohort</c>). Each child counts once however many records it has.
/// </summary>
public enum DisproportionalityCohort
{
    /// <summary>referrals: children with a referral received in the period.</summary>
    Referrals,

    /// <summary>s47: children with a section 47 enquiry whose strategy discussion was in the period.</summary>
    Section47Enquiries,

    /// <summary>cp_plans: children with a child protection plan open on any day of the period.</summary>
    CpPlans,

    /// <summary>looked_after: children looked after on any day of the period (short breaks, legal status V3 and V4, left out).</summary>
    LookedAfter,

    /// <summary>cin: children in need on any day of the period (a referral received on or before the period's last day and not closed before its first).</summary>
    ChildrenInNeed,
}
