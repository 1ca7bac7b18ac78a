namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// s47_rate_per_10k: section 47 enquiries started in the month (by the strategy discussion date, as s47_enquiries) per
/// 10,000 children aged 0 to 17 (DfE's CIN census "section 47 enquiries per 10,000 children", a year's count).
/// </summary>
public static class S47RatePer10k
{
    /// <summary>The stable id.</summary>
    public const string Id = "s47_rate_per_10k";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Section 47 enquiries per 10,000 children",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.RatePer10k,
        Kind = KpiKind.Flow,
        Numerator = "s47 enquiries whose strategy discussion is in the month",
        Denominator = KpiPopulation.Description,
        Sources = KpiSources.Section47 | KpiSources.Population,
        Calculation = Calculate,
    };

    /// <summary>The records of <see cref="S47Enquiries"/>, which this rate counts over the population.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => S47Enquiries.Calculate(inputs, sink);
}
