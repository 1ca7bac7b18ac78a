namespace Csc.Analysis.Kpis.Catalog;

/// <summary>lac_care_order_pct: the share of children looked after at month end on an interim (C1) or full (C2) care order.</summary>
public static class LacCareOrderPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_care_order_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children on care orders (%)",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, legal status C1 (interim) or C2 (full care order)",
        Denominator = LookedAfterCohort.Description,
        Sources = KpiSources.LacEpisodes,
        Calculation = Calculate,
    };

    /// <summary>All looked-after children; numerator with legal status C1 or C2.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, LookedAfterCohort.Code(seg.Record.LegalStatus) is "C1" or "C2", true, seg.Record, null);
        }
    }
}
