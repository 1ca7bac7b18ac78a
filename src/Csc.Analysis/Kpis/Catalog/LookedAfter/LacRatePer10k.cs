namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// lac_rate_per_10k: children looked after at month end (short breaks, V3 and V4, left out) per 10,000 children aged 0
/// to 17 (DfE's SSDA903 "looked-after children at 31 March per 10,000"; every month end).
/// </summary>
public static class LacRatePer10k
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_rate_per_10k";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children looked after per 10,000 children",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.RatePer10k,
        Kind = KpiKind.Snapshot,
        Numerator = "children looked after at month end (each child once; legal status V3, V4 excluded)",
        Denominator = KpiPopulation.Description,
        Sources = KpiSources.LacEpisodes | KpiSources.Population,
        Calculation = Calculate,
    };

    /// <summary>The records of <see cref="Lac"/>, which this rate counts over the population.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => Lac.Calculate(inputs, sink);
}
