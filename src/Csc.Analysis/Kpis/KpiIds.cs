namespace Csc.Analysis.Kpis;

/// <summary>The stable ids of the default catalogue (they never change, whatever the configured timescales).</summary>
public static class KpiIds
{
    // Front door and assessment
    public const string Contacts = "contacts";
    public const string ContactsNfaPct = "contacts_nfa_pct";
    public const string ContactsBluePct = "contacts_blue_pct";
    public const string ContactsEarlyHelpPct = "contacts_early_help_pct";
    public const string EarlyHelpStepDowns = "early_help_step_downs";
    public const string Referrals = "referrals";
    public const string AssessmentsWithin45WdPct = "assessments_within_45wd_pct";
    public const string AssessmentsNfaPct = "assessments_nfa_pct";

    // Child protection
    public const string S47Enquiries = "s47_enquiries";
    public const string Icpcs = "icpcs";
    public const string IcpcWithin15WdPct = "icpc_within_15wd_pct";
    public const string CpPlans = "cp_plans";
    public const string CpVisitsWithin15WdPct = "cp_visits_within_15wd_pct";

    // Children in need
    public const string CinPlans = "cin_plans";
    public const string CinPlansOver12mPct = "cin_plans_over_12m_pct";
    public const string CinCpRatio = "cin_cp_ratio";
    public const string RhiWithin72hPct = "rhi_within_72h_pct";

    // Looked-after children
    public const string Lac = "lac";
    public const string LacOutsideLaPct = "lac_outside_la_pct";
    public const string LacOver20MilesPct = "lac_over_20_miles_pct";
    public const string LacAged1617Pct = "lac_aged_16_17_pct";
    public const string LacS20Pct = "lac_s20_pct";
    public const string LacCareOrderPct = "lac_care_order_pct";
    public const string LacWithAdvocatePct = "lac_with_advocate_pct";
    public const string AdvocacyLacPct = "advocacy_lac_pct";
    public const string LacCeasedPermanencyPct = "lac_ceased_permanency_pct";
}
