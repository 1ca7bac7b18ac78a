namespace Csc.Analysis.Kpis.Catalog;

/// <summary>lac_ceased: looked-after episodes ending in the month with a reason other than X1 (the child stopped being looked after).</summary>
public static class LacCeased
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_ceased";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Episodes of care ceased (children ceasing to be looked after)",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "looked-after episodes ending in the month with a reason for ceasing that is neither X1 nor blank (legal status V3, V4 excluded)",
        Sources = KpiSources.LacEpisodes,
        Calculation = Calculate,
    };

    /// <summary>
    /// Each non short-break episode with an end date and a reason ceased other than X1 (care continues in a
    /// new episode) and not blank (not recorded), in its end's month (episodes, not children).
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var e in inputs.Data.LacEpisodes)
        {
            if (!e.IsShortBreak && e.EndDate is { } end && LookedAfterCohort.Code(e.ReasonCeased) is { } reason && reason != "X1")
            {
                sink.AddEvent(end, true, false, e);
            }
        }
    }
}
