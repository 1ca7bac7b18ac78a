using System.Globalization;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>Children in need KPIs: each definition is followed by its calculation.</summary>
public static class ChildrenInNeedKpis
{
    internal static IEnumerable<KpiDefinition> Create(KpiTimescales t)
    {
        yield return new(KpiIds.CinPlans, "Children on child in need plans", KpiArea.ChildrenInNeed, KpiUnit.Count, KpiPolarity.Neutral, KpiKind.Snapshot,
            "children with a CIN plan open at month end", null, KpiSources.CinPlans, null, RateOn.Month, CinPlans);

        // Lower is better (drift). Target 15%, amber to 20%.
        yield return new(KpiIds.CinPlansOver12mPct, "CIN plans open for more than 12 months (%)", KpiArea.ChildrenInNeed, KpiUnit.Percent, KpiPolarity.LowerIsBetter, KpiKind.Snapshot,
            "of those, plans that started on or before the same day 12 months earlier (d.AddMonths(-12))", "children with a CIN plan open at month end", KpiSources.CinPlans,
            RagRule.FromTarget(15, KpiPolarity.LowerIsBetter, 5), RateOn.Month, CinPlansOver12Months);

        yield return new(KpiIds.CinCpRatio, "CIN plans per CP plan", KpiArea.ChildrenInNeed, KpiUnit.Ratio, KpiPolarity.Neutral, KpiKind.Snapshot,
            "children on CIN plans at month end", "children on CP plans at month end", KpiSources.CinPlans | KpiSources.CpPlans, null, RateOn.Month, CinCpRatio);

        // Higher is better. Target 80%, amber from 65%, rated on the year to date (as the seed does).
        var hours = t.RhiHours.ToString("R", CultureInfo.InvariantCulture);
        yield return new(KpiIds.RhiWithin72hPct, $"Return home interviews within {hours} hours (%)", KpiArea.ChildrenInNeed, KpiUnit.Percent, KpiPolarity.HigherIsBetter, KpiKind.Flow,
            $"of those, episodes with a return home interview completed at most {hours} hours after the end",
            "missing (not absent) episodes ending in the month", KpiSources.MissingEpisodes,
            RagRule.FromTarget(80, KpiPolarity.HigherIsBetter, 15), RateOn.YearToDate, RhiWithinTimescale);
    }

    /// <summary>cin_plans: children with a CIN plan open at month end (each child once).</summary>
    public static void CinPlans(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.CinPlanSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
    }

    /// <summary>
    /// cin_plans_over_12m_pct: numerator from the first month end d with start &lt;= d.AddMonths(-12):
    /// the start's month + 12, or + 13 for a plan started on 29 February (28 February a year later
    /// minus 12 months is 28 February, before the start).
    /// </summary>
    public static void CinPlansOver12Months(KpiInputs inputs, IKpiSink sink)
    {
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

    /// <summary>cin_cp_ratio: CIN children in the numerator, CP children in the denominator.</summary>
    public static void CinCpRatio(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.CinPlanSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
        foreach (var seg in inputs.CpPlanSegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
        }
    }

    /// <summary>
    /// rhi_within_72h_pct: missing episodes (type M) in the month their end falls in; numerator when a
    /// return home interview was completed and (completed - end) &lt;= the hours (72 hours exactly counts).
    /// </summary>
    public static void RhiWithinTimescale(KpiInputs inputs, IKpiSink sink)
    {
        var limit = TimeSpan.FromHours(inputs.Timescales.RhiHours);
        foreach (var m in inputs.Data.MissingEpisodes)
        {
            if (m.MissingOrAbsent != MissingType.Missing || m.EndDateTime is not { } end)
            {
                continue;
            }
            var within = m.RhiCompletedDateTime is { } rhi && rhi - end <= limit;
            sink.AddEvent(DateOnly.FromDateTime(end), within, true, m);
        }
    }
}
