namespace Csc.Analysis.Kpis.Catalog;

/// <summary>cin_plans_over_12m_pct: the share of children on CIN plans at month end whose plan is more than 12 months old (drift).</summary>
public static class CinPlansOver12mPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "cin_plans_over_12m_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "CIN plans open for more than 12 months (%)",
        Area = KpiArea.ChildrenInNeed,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, plans that started on or before the same day 12 months earlier (d.AddMonths(-12))",
        Denominator = "children with a CIN plan open at month end",
        Sources = KpiSources.CinPlans,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 15, AmberBand = 5, Reason = "long plans are drift; the May 2017 report's 13% is comfortable" },
        Calculation = Calculate,
    };

    /// <summary>
    /// Numerator from the first month end d with start &lt;= d.AddMonths(-12): the start's month + 12,
    /// or + 13 for a plan started on 29 February (28 February a year later minus 12 months is
    /// 28 February, before the start).
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.CinPlanSegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
            var start = seg.Record.StartDate;
            var from = KpiMonths.Index(start) + 12;
            if (start > KpiMonths.LastDay(from).AddMonths(-12))
            {
                from++;
            }
            from = Math.Max(from, seg.First);
            if (from <= seg.Last)
            {
                sink.Add(from, seg.Last, true, false, seg.Record, null);
            }
        }
    }
}
