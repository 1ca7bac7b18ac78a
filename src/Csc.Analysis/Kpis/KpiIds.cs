namespace Csc.Analysis.Kpis;

/// <summary>
/// The stable ids of the default catalogue (they never change, whatever the configured timescales),
/// each taken from its KPI's file. A new KPI need not be added here: its file's <c>Id</c> is the id.
/// </summary>
public static class KpiIds
{
    // Front door and assessment
    /// <summary>The id of <see cref="Catalog.Contacts"/>.</summary>
    public const string Contacts = Catalog.Contacts.Id;
    /// <summary>The id of <see cref="Catalog.ContactsNfaPct"/>.</summary>
    public const string ContactsNfaPct = Catalog.ContactsNfaPct.Id;
    /// <summary>The id of <see cref="Catalog.ContactsBluePct"/>.</summary>
    public const string ContactsBluePct = Catalog.ContactsBluePct.Id;
    /// <summary>The id of <see cref="Catalog.ContactsEarlyHelpPct"/>.</summary>
    public const string ContactsEarlyHelpPct = Catalog.ContactsEarlyHelpPct.Id;
    /// <summary>The id of <see cref="Catalog.EarlyHelpStepDowns"/>.</summary>
    public const string EarlyHelpStepDowns = Catalog.EarlyHelpStepDowns.Id;
    /// <summary>The id of <see cref="Catalog.Referrals"/>.</summary>
    public const string Referrals = Catalog.Referrals.Id;
    /// <summary>The id of <see cref="Catalog.AssessmentsWithin45WdPct"/>.</summary>
    public const string AssessmentsWithin45WdPct = Catalog.AssessmentsWithin45WdPct.Id;
    /// <summary>The id of <see cref="Catalog.AssessmentsNfaPct"/>.</summary>
    public const string AssessmentsNfaPct = Catalog.AssessmentsNfaPct.Id;

    // Child protection
    /// <summary>The id of <see cref="Catalog.S47Enquiries"/>.</summary>
    public const string S47Enquiries = Catalog.S47Enquiries.Id;
    /// <summary>The id of <see cref="Catalog.Icpcs"/>.</summary>
    public const string Icpcs = Catalog.Icpcs.Id;
    /// <summary>The id of <see cref="Catalog.IcpcWithin15WdPct"/>.</summary>
    public const string IcpcWithin15WdPct = Catalog.IcpcWithin15WdPct.Id;
    /// <summary>The id of <see cref="Catalog.CpPlans"/>.</summary>
    public const string CpPlans = Catalog.CpPlans.Id;
    /// <summary>The id of <see cref="Catalog.CpVisitsWithin15WdPct"/>.</summary>
    public const string CpVisitsWithin15WdPct = Catalog.CpVisitsWithin15WdPct.Id;

    // Children in need
    /// <summary>The id of <see cref="Catalog.CinPlans"/>.</summary>
    public const string CinPlans = Catalog.CinPlans.Id;
    /// <summary>The id of <see cref="Catalog.CinPlansOver12mPct"/>.</summary>
    public const string CinPlansOver12mPct = Catalog.CinPlansOver12mPct.Id;
    /// <summary>The id of <see cref="Catalog.CinCpRatio"/>.</summary>
    public const string CinCpRatio = Catalog.CinCpRatio.Id;
    /// <summary>The id of <see cref="Catalog.RhiWithin72hPct"/>.</summary>
    public const string RhiWithin72hPct = Catalog.RhiWithin72hPct.Id;

    // Looked-after children
    /// <summary>The id of <see cref="Catalog.Lac"/>.</summary>
    public const string Lac = Catalog.Lac.Id;
    /// <summary>The id of <see cref="Catalog.LacOutsideLaPct"/>.</summary>
    public const string LacOutsideLaPct = Catalog.LacOutsideLaPct.Id;
    /// <summary>The id of <see cref="Catalog.LacOver20MilesPct"/>.</summary>
    public const string LacOver20MilesPct = Catalog.LacOver20MilesPct.Id;
    /// <summary>The id of <see cref="Catalog.LacAged1617Pct"/>.</summary>
    public const string LacAged1617Pct = Catalog.LacAged1617Pct.Id;
    /// <summary>The id of <see cref="Catalog.LacS20Pct"/>.</summary>
    public const string LacS20Pct = Catalog.LacS20Pct.Id;
    /// <summary>The id of <see cref="Catalog.LacCareOrderPct"/>.</summary>
    public const string LacCareOrderPct = Catalog.LacCareOrderPct.Id;
    /// <summary>The id of <see cref="Catalog.LacWithAdvocatePct"/>.</summary>
    public const string LacWithAdvocatePct = Catalog.LacWithAdvocatePct.Id;
    /// <summary>The id of <see cref="Catalog.AdvocacyLacPct"/>.</summary>
    public const string AdvocacyLacPct = Catalog.AdvocacyLacPct.Id;
    /// <summary>The id of <see cref="Catalog.LacCeasedPermanencyPct"/>.</summary>
    public const string LacCeasedPermanencyPct = Catalog.LacCeasedPermanencyPct.Id;
}
