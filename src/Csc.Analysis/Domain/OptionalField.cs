namespace Csc.Analysis.Domain;

/// <summary>Optional columns of existing tables that some measures need; a KPI that needs one the data does not carry is unavailable, not zero.</summary>
public enum OptionalField
{
    /// <summary>referrals.csv <c>closure_date</c>: when the child in need episode the referral starts closes.</summary>
    ReferralClosureDate,

    /// <summary>referrals.csv <c>reason_for_closure</c> (RC1 to RC9).</summary>
    ReferralReasonForClosure,

    /// <summary>referrals.csv <c>primary_need_code</c> (N0 to N9).</summary>
    ReferralPrimaryNeed,

    /// <summary>cp_plans.csv <c>previous_cp_plans</c>.</summary>
    CpPlanPreviousPlans,

    /// <summary>children.csv <c>uasc</c>.</summary>
    ChildUasc,
}
