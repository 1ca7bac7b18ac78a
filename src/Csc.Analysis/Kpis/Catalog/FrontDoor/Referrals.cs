namespace Csc.Analysis.Kpis.Catalog;

/// <summary>referrals: the number of referrals, in the month of their date.</summary>
public static class Referrals
{
    /// <summary>The stable id.</summary>
    public const string Id = "referrals";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Referrals",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "referrals dated in the month",
        Sources = KpiSources.Referrals,
        Calculation = Calculate,
    };

    /// <summary>One per referral, in the month of its date.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var r in inputs.Data.Referrals)
        {
            sink.AddEvent(r.ReferralDate, true, false, r);
        }
    }
}
