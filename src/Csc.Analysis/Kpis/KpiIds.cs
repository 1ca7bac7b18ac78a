namespace Csc.Analysis.Kpis;

/// <summary>
/// The stable ids of the default catalogue (they never change, whatever the configured timescales),
/// each taken from its KPI's file. A new KPI need not be added here: its file's <c>Id</c> is the id.
/// </summary>
public static class KpiIds
{
    // Front door and assessment
    public const string Contacts = Catalog.Contacts.Id;
    public const string ContactsNfaPct = Catalog.ContactsNfaPct.Id;
    public const string ContactsBluePct = Catalog.ContactsBluePct.Id;
    public const string ContactsEarlyHelpPct = Catalog.ContactsEarlyHelpPct.Id;
    public const string EarlyHelpStepDowns = Catalog.EarlyHelpStepDowns.Id;
    public const string Referrals = Catalog.Referrals.Id;
    public const string AssessmentsWithin45WdPct = Catalog.AssessmentsWithin45WdPct.Id;
    public const string AssessmentsNfaPct = Catalog.AssessmentsNfaPct.Id;

    // Child protection
    public const string S47Enquiries = Catalog.S47Enquiries.Id;
    public const string Icpcs = Catalog.Icpcs.Id;
    public const string IcpcWithin15WdPct = Catalog.IcpcWithin15WdPct.Id;
    public const string CpPlans = Catalog.CpPlans.Id;
    public const string CpVisitsWithin15WdPct = Catalog.CpVisitsWithin15WdPct.Id;

    // Children in need
    public const string CinPlans = Catalog.CinPlans.Id;
    public const string CinPlansOver12mPct = Catalog.CinPlansOver12mPct.Id;
    public const string CinCpRatio = Catalog.CinCpRatio.Id;
    public const string RhiWithin72hPct = Catalog.RhiWithin72hPct.Id;

    // Looked-after children
    public const string Lac = Catalog.Lac.Id;
    public const string LacOutsideLaPct = Catalog.LacOutsideLaPct.Id;
    public const string LacOver20MilesPct = Catalog.LacOver20MilesPct.Id;
    public const string LacAged1617Pct = Catalog.LacAged1617Pct.Id;
    public const string LacS20Pct = Catalog.LacS20Pct.Id;
    public const string LacCareOrderPct = Catalog.LacCareOrderPct.Id;
    public const string LacWithAdvocatePct = Catalog.LacWithAdvocatePct.Id;
    public const string AdvocacyLacPct = Catalog.AdvocacyLacPct.Id;
    public const string LacCeasedPermanencyPct = Catalog.LacCeasedPermanencyPct.Id;
}
