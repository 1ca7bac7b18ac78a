namespace Csc.Analysis.Kpis.Catalog;

/// <summary>lac_with_advocate_pct: the share of children looked after at month end who have an advocate.</summary>
public static class LacWithAdvocatePct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_with_advocate_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children with an advocate (%)",
        Area = KpiArea.Advocacy,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children with an advocacy allocation open at month end",
        Denominator = LookedAfterCohort.Description,
        Sources = KpiSources.LacEpisodes | KpiSources.Advocacy,
        Calculation = Calculate,
    };

    /// <summary>All looked-after children; numerator where an advocacy allocation is open too.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
        }
        KpiInputs.Intersect(inputs.LacSegments, inputs.AdvocacySegments,
            (lac, _, first, last) => sink.Add(first, last, true, false, lac.Record, null));
    }
}
