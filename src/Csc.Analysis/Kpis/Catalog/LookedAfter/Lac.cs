namespace Csc.Analysis.Kpis.Catalog;

/// <summary>lac: children looked after at month end (each child once; short breaks, V3 and V4, left out).</summary>
public static class Lac
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children looked after",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Snapshot,
        Numerator = LookedAfterCohort.Description + " (legal status V3, V4 excluded)",
        Sources = KpiSources.LacEpisodes,
        Calculation = Calculate,
    };

    /// <summary>Each child's merged episode segments, at the month ends they are open.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
    }
}
