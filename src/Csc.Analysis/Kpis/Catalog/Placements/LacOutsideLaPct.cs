namespace Csc.Analysis.Kpis.Catalog;

/// <summary>lac_outside_la_pct: the share of children looked after at month end placed outside the council's area.</summary>
public static class LacOutsideLaPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_outside_la_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children placed outside the council's area (%)",
        Area = KpiArea.Placements,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children whose placement is recorded as outside the council's area",
        Denominator = LookedAfterCohort.Description,
        Sources = KpiSources.LacEpisodes,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 40, AmberBand = 15, Reason = "the May 2017 report's 50% is amber" },
        Calculation = Calculate,
    };

    /// <summary>All looked-after children; numerator when the placement is recorded as not inside the area (unknown is not).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, seg.Record.PlacementInsideLa == false, true, seg.Record, null);
        }
    }
}
