namespace Csc.Analysis.Kpis.Catalog;

/// <summary>lac_s20_pct: the share of children looked after at month end accommodated under section 20 (legal status V2).</summary>
public static class LacS20Pct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_s20_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children accommodated under section 20 (%)",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, legal status V2",
        Denominator = LookedAfterCohort.Description,
        Sources = KpiSources.LacEpisodes,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 35, AmberBand = 10, Reason = "the May 2017 report treats 38% as progress from 47% in summer 2016" },
        Calculation = Calculate,
    };

    /// <summary>All looked-after children; numerator with legal status V2.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, LookedAfterCohort.Code(seg.Record.LegalStatus) == "V2", true, seg.Record, null);
        }
    }
}
