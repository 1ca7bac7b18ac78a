namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// The default pack: one line per KPI, in the order of the tidy table and exports. The report groups
/// them by <see cref="KpiDefinition.Area"/> (keeping this order within an area). To add a KPI, add
/// its file under <c>Catalog/&lt;Area&gt;/</c> and its line here (docs/kpis.md, "Adding a KPI").
/// </summary>
public static class KpiPack
{
    /// <summary>The KPIs' definitions, each made from the configured timescales.</summary>
    public static IReadOnlyList<Func<KpiTimescales, KpiDefinition>> Default { get; } =
    [
        // Front door and assessment
        Contacts.Define,
        ContactsNfaPct.Define,
        ContactsBluePct.Define,
        ContactsEarlyHelpPct.Define,
        EarlyHelpStepDowns.Define,
        Referrals.Define,
        ReferralsNfaPct.Define,
        ReferralsRepeat12mPct.Define,
        ReferralsRatePer10k.Define,
        AssessmentsWithin45WdPct.Define,
        AssessmentsNfaPct.Define,

        // Child protection
        S47Enquiries.Define,
        S47RatePer10k.Define,
        Icpcs.Define,
        IcpcRatePer10k.Define,
        IcpcWithin15WdPct.Define,
        IcpcToCpPlanPct.Define,
        CpPlans.Define,
        CpPlansRatePer10k.Define,
        CpPlansStarted.Define,
        CpPlansEnded.Define,
        CpPlansSecondOrSubsequentPct.Define,
        CpPlansEnded2yPlusPct.Define,
        CpPlansOpen2yPlusPct.Define,
        CpReviewsInTimescalePct.Define,
        CpVisitsWithin15WdPct.Define,

        // Children in need
        ChildrenInNeed.Define,
        CinRatePer10k.Define,
        CinPlans.Define,
        CinPlansOver12mPct.Define,
        CinCpRatio.Define,
        RhiWithin72hPct.Define,

        // Looked-after children, placements and advocacy
        Lac.Define,
        LacRatePer10k.Define,
        LacStarted.Define,
        LacCeased.Define,
        UascLac.Define,
        LacOutsideLaPct.Define,
        LacOver20MilesPct.Define,
        LacAged1617Pct.Define,
        LacS20Pct.Define,
        LacCareOrderPct.Define,
        LacWithAdvocatePct.Define,
        AdvocacyLacPct.Define,
        LacCeasedPermanencyPct.Define,
        Lac3PlusPlacementsPct.Define,
        LacLongTermStabilityPct.Define,
        LacReviewsInTimescalePct.Define,
        LacHealthAssessmentPct.Define,
        LacDentalCheckPct.Define,

        // Care leavers
        CareLeaversInTouchPct.Define,
        CareLeaversSuitableAccommodationPct.Define,
        CareLeaversEetPct.Define,
    ];
}
