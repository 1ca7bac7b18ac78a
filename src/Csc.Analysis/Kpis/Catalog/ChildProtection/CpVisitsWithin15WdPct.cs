using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// cp_visits_within_15wd_pct: children on a CP plan at month end who were visited within the CP visit
/// timescale (15 working days by default) before it.
/// </summary>
public static class CpVisitsWithin15WdPct
{
    /// <summary>The stable id (it stays the same when the timescale changes).</summary>
    public const string Id = "cp_visits_within_15wd_pct";

    /// <summary>The definition with the configured timescale.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        var n = timescales.CpVisitWorkingDays;
        return new()
        {
            Id = Id,
            Title = $"Children on CP plans visited within {n} working days (%)",
            Area = KpiArea.ChildProtection,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Snapshot,
            Numerator = $"of those, children with a visit on or after the plan start, on or before month end, at most {n} working days before month end",
            Denominator = $"children on a CP plan at month end whose plan started at least {n} working days before month end",
            Sources = KpiSources.CpPlans | KpiSources.CpVisits,
            Polarity = KpiPolarity.HigherIsBetter,
            Target = new() { Value = 90, AmberBand = 10, Reason = "visits are a statutory expectation; most councils aim at 90% or more" },
            Calculation = Calculate,
        };
    }

    /// <summary>
    /// With N the timescale. Denominator: the month ends d at which the
    /// child is on the plan and WD(plan start, d) &gt;= N, that is from the month of the N-th working
    /// day after the start. Numerator: those d with a visit v, plan start &lt;= v &lt;= d and
    /// WD(v, d) &lt;= N; a visit serves the month ends before the (N+1)-th working day after it, from
    /// its own month. Visits and plans are both sorted by child, so this is one merge.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var n = inputs.Timescales.CpVisitWorkingDays;
        var cal = inputs.Calendar;
        var segments = inputs.CpPlanSegments;
        var visits = inputs.CpVisitsByChild;
        var visitKeys = inputs.CpVisitChildKeys;
        var vi = 0;
        for (var si = 0; si < segments.Count; si++)
        {
            var seg = segments[si];
            var plan = seg.Record;
            if (!InCalendar(plan.StartDate, n))
            {
                inputs.Report(OutsideCalendar("cp_plans", plan.CpPlanId, plan.StartDate), plan.CpPlanId);
                continue;
            }
            var first = Math.Max(seg.First, KpiMonths.FirstMonthEndOnOrAfter(cal.AddWorkingDays(plan.StartDate, n)));
            if (first > seg.Last)
            {
                continue;
            }
            sink.Add(first, seg.Last, false, true, plan, null);

            // visits of this child on or after the plan start
            while (vi < visits.Count && visitKeys[vi] < seg.ChildKey)
            {
                vi++;
            }
            while (vi < visits.Count && visitKeys[vi] == seg.ChildKey && visits[vi].VisitDate < plan.StartDate)
            {
                vi++;
            }
            var covered = first - 1;
            for (var k = vi; k < visits.Count && visitKeys[k] == seg.ChildKey; k++)
            {
                var v = visits[k].VisitDate;
                var vFirst = KpiMonths.Index(v);
                if (vFirst > seg.Last)
                {
                    break;
                }
                if (!InCalendar(v, n + 1))
                {
                    inputs.Report(OutsideCalendar("cp_visits", visits[k].VisitId, v), visits[k].VisitId);
                    continue;
                }
                var vLast = KpiMonths.LastMonthEndBefore(cal.AddWorkingDays(v, n + 1));
                var a = Math.Max(Math.Max(vFirst, first), covered + 1);
                var b = Math.Min(vLast, seg.Last);
                if (a <= b)
                {
                    sink.Add(a, b, true, false, plan, null);
                    covered = b;
                }
            }
        }
    }

    private static bool InCalendar(DateOnly date, int workingDaysAfter)
        => date >= WorkingDayCalendar.MinDate && date <= WorkingDayCalendar.MaxDate.AddDays(-7 * (workingDaysAfter + 30));

    private static DataIssue OutsideCalendar(string table, string id, DateOnly date)
        => KpiRules.Issue(KpiRules.DateOutsideCalendar, table, null, IsoFormat.Date(date),
            $"{table} record {id}: the date is outside the working-day calendar ({IsoFormat.Date(WorkingDayCalendar.MinDate)} to {IsoFormat.Date(WorkingDayCalendar.MaxDate)}), so its working-day KPIs leave it out; correct the date.");
}
