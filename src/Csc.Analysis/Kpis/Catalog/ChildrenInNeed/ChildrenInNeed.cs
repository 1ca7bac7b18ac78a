namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// children_in_need: children with a child in need episode open at month end d: a referral with referral_date &lt;= d
/// and closure_date blank or after d (DfE's CIN census "children in need at 31 March", every month end). Needs
/// referrals.csv closure_date: without it no referral would ever close, so the KPI is unavailable.
/// </summary>
public static class ChildrenInNeed
{
    /// <summary>The stable id.</summary>
    public const string Id = "children_in_need";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children in need",
        Area = KpiArea.ChildrenInNeed,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Snapshot,
        Numerator = "children with a referral open at month end d (referral_date <= d and closure_date blank or after d; each child once)",
        Sources = KpiSources.Referrals,
        Fields = [Domain.OptionalField.ReferralClosureDate],
        Calculation = Calculate,
    };

    /// <summary>Each child's merged child in need episodes (<see cref="KpiInputs.ReferralSegments"/>), at the month ends they are open.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.ReferralSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
    }
}
