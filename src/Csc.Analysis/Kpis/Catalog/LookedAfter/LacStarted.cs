namespace Csc.Analysis.Kpis.Catalog;

/// <summary>lac_started: looked-after episodes starting in the month with reason for new episode S (started to be looked after).</summary>
public static class LacStarted
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_started";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Episodes of care started (children starting to be looked after)",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "looked-after episodes starting in the month with reason for new episode S (legal status V3, V4 excluded)",
        Sources = KpiSources.LacEpisodes,
        Calculation = Calculate,
    };

    /// <summary>Each non short-break episode whose reason for new episode is S, in its start's month (episodes, not children).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var e in inputs.Data.LacEpisodes)
        {
            if (!e.IsShortBreak && LookedAfterCohort.Code(e.ReasonNewEpisode) == "S")
            {
                sink.AddEvent(e.StartDate, true, false, e);
            }
        }
    }
}
