namespace Csc.Analysis.Kpis.Catalog;

/// <summary>advocacy_lac_pct: the share of children with an advocate at month end who are looked after.</summary>
public static class AdvocacyLacPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "advocacy_lac_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children with an advocate who are looked after (%)",
        Area = KpiArea.Advocacy,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, " + LookedAfterCohort.Description,
        Denominator = "children with an advocacy allocation open at month end",
        Sources = KpiSources.LacEpisodes | KpiSources.Advocacy,
        Calculation = Calculate,
    };

    /// <summary>Children with an advocacy allocation open; numerator where they are looked after too.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.AdvocacySegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
        }
        KpiInputs.Intersect(inputs.LacSegments, inputs.AdvocacySegments,
            (_, adv, first, last) => sink.Add(first, last, true, false, adv.Record, null));
    }
}
