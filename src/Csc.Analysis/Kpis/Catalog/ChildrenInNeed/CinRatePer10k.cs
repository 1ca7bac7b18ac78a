namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// cin_rate_per_10k: children in need at month end (as children_in_need) per 10,000 children aged 0 to 17 (DfE's CIN
/// census "children in need at 31 March per 10,000"; every month end). Needs referrals.csv closure_date.
/// </summary>
public static class CinRatePer10k
{
    /// <summary>The stable id.</summary>
    public const string Id = "cin_rate_per_10k";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children in need per 10,000 children",
        Area = KpiArea.ChildrenInNeed,
        Unit = KpiUnit.RatePer10k,
        Kind = KpiKind.Snapshot,
        Numerator = "children with a referral open at month end d (referral_date <= d and closure_date blank or after d; each child once)",
        Denominator = KpiPopulation.Description,
        Sources = KpiSources.Referrals | KpiSources.Population,
        Fields = [Domain.OptionalField.ReferralClosureDate],
        Calculation = Calculate,
    };

    /// <summary>The records of <see cref="ChildrenInNeed"/>, which this rate counts over the population.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => ChildrenInNeed.Calculate(inputs, sink);
}
