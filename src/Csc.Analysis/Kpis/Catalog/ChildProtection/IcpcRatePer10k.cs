namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// icpc_rate_per_10k: initial child protection conferences held in the month (as icpcs) per 10,000 children aged 0 to 17
/// (DfE's CIN census "ICPCs per 10,000 children", a year's count).
/// </summary>
public static class IcpcRatePer10k
{
    /// <summary>The stable id.</summary>
    public const string Id = "icpc_rate_per_10k";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Initial child protection conferences per 10,000 children",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.RatePer10k,
        Kind = KpiKind.Flow,
        Numerator = "ICPCs held in the month (conferences, not children; ICPC date in the month and not marked not required)",
        Denominator = KpiPopulation.Description,
        Sources = KpiSources.Section47 | KpiSources.Population,
        Calculation = Calculate,
    };

    /// <summary>The records of <see cref="Icpcs"/>, which this rate counts over the population.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => Icpcs.Calculate(inputs, sink);
}
