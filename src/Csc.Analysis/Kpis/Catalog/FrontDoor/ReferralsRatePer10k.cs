namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// referrals_rate_per_10k: referrals in the month per 10,000 children aged 0 to 17 (DfE's CIN census "rate of referrals
/// per 10,000 children", a year's count; here every month, the year to date over the same population).
/// </summary>
public static class ReferralsRatePer10k
{
    /// <summary>The stable id.</summary>
    public const string Id = "referrals_rate_per_10k";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Referrals per 10,000 children",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.RatePer10k,
        Kind = KpiKind.Flow,
        Numerator = "referrals dated in the month",
        Denominator = KpiPopulation.Description,
        Sources = KpiSources.Referrals | KpiSources.Population,
        Calculation = Calculate,
    };

    /// <summary>One per referral, in the month of its date (the engine divides by the month's population estimate).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var r in inputs.Data.Referrals)
        {
            sink.AddEvent(r.ReferralDate, true, false, r);
        }
    }
}
