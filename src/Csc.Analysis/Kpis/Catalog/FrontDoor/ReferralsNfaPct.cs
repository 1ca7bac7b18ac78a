namespace Csc.Analysis.Kpis.Catalog;

/// <summary>referrals_nfa_pct: of the referrals dated in the month, those that ended in no further action (nfa Y).</summary>
public static class ReferralsNfaPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "referrals_nfa_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Referrals ending in no further action (%)",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "the month's referrals with nfa Y",
        Denominator = "referrals dated in the month",
        Sources = KpiSources.Referrals,
        Calculation = Calculate,
    };

    /// <summary>Every referral in the denominator, in the month of its date; those with nfa Y in the numerator.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var r in inputs.Data.Referrals)
        {
            sink.AddEvent(r.ReferralDate, r.Nfa, true, r);
        }
    }
}
