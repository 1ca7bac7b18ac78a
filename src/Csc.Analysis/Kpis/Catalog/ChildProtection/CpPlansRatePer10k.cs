namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// cp_plans_rate_per_10k: children on a child protection plan at month end per 10,000 children aged 0 to 17 (DfE's
/// CIN census "children who were the subject of a CP plan at 31 March per 10,000"; every month end).
/// </summary>
public static class CpPlansRatePer10k
{
    /// <summary>The stable id.</summary>
    public const string Id = "cp_plans_rate_per_10k";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children on child protection plans per 10,000 children",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.RatePer10k,
        Kind = KpiKind.Snapshot,
        Numerator = "children with a CP plan open at month end (each child once, by the plan that started first)",
        Denominator = KpiPopulation.Description,
        Sources = KpiSources.CpPlans | KpiSources.Population,
        Calculation = Calculate,
    };

    /// <summary>The records of <see cref="CpPlans"/>, which this rate counts over the population.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => CpPlans.Calculate(inputs, sink);
}
