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

    /// <summary>The records of <see cref="Referrals"/>, which this rate counts over the population.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => Referrals.Calculate(inputs, sink);
}
