using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>Child protection KPIs: each definition is followed by its calculation.</summary>
public static class ChildProtectionKpis
{
    internal static IEnumerable<KpiDefinition> Create(KpiTimescales t)
    {
        yield return new(KpiIds.S47Enquiries, "Section 47 enquiries", KpiArea.ChildProtection, KpiUnit.Count, KpiPolarity.Neutral, KpiKind.Flow,
            "s47 enquiries whose strategy discussion is in the month", null, KpiSources.Section47, null, RateOn.Month, S47Enquiries);

        yield return new(KpiIds.Icpcs, "Initial child protection conferences", KpiArea.ChildProtection, KpiUnit.Count, KpiPolarity.Neutral, KpiKind.Flow,
            "ICPCs held in the month (conferences, not children; ICPC date in the month and not marked not required)", null, KpiSources.Section47, null, RateOn.Month, Icpcs);

        // Higher is better. Target 90% (the seed's), amber from 80%.
        yield return new(KpiIds.IcpcWithin15WdPct, $"ICPCs within {t.IcpcWorkingDays} working days of the strategy discussion (%)", KpiArea.ChildProtection, KpiUnit.Percent, KpiPolarity.HigherIsBetter, KpiKind.Flow,
            $"ICPCs held in the month with at most {t.IcpcWorkingDays} working days from the strategy discussion",
            "ICPCs held in the month, less those dated before their strategy discussion (data errors, reported as ICPC_BEFORE_S47)", KpiSources.Section47,
            RagRule.FromTarget(90, KpiPolarity.HigherIsBetter, 10), RateOn.Month, IcpcWithinTimescale);

        yield return new(KpiIds.CpPlans, "Children on child protection plans", KpiArea.ChildProtection, KpiUnit.Count, KpiPolarity.Neutral, KpiKind.Snapshot,
            "children with a CP plan open at month end", null, KpiSources.CpPlans, null, RateOn.Month, CpPlans);

        // Higher is better. Target 90%, amber from 80%.
        yield return new(KpiIds.CpVisitsWithin15WdPct, $"Children on CP plans visited within {t.CpVisitWorkingDays} working days (%)", KpiArea.ChildProtection, KpiUnit.Percent, KpiPolarity.HigherIsBetter, KpiKind.Snapshot,
            $"of those, children with a visit on or after the plan start, on or before month end, at most {t.CpVisitWorkingDays} working days before month end",
            $"children on a CP plan at month end whose plan started at least {t.CpVisitWorkingDays} working days before month end", KpiSources.CpPlans | KpiSources.CpVisits,
            RagRule.FromTarget(90, KpiPolarity.HigherIsBetter, 10), RateOn.Month, CpVisitsWithinTimescale);
    }

    /// <summary>s47_enquiries: one per enquiry, in the month of its strategy discussion.</summary>
    public static void S47Enquiries(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var s in inputs.Data.Section47Enquiries)
        {
            sink.AddEvent(s.StrategyDiscussionDate, true, false, s);
        }
    }

    /// <summary>icpcs: one per ICPC held (a date, not marked not required), in the month of the conference.</summary>
    public static void Icpcs(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var s in inputs.Data.Section47Enquiries)
        {
            if (s.HasIcpc)
            {
                sink.AddEvent(s.IcpcDate!.Value, true, false, s);
            }
        }
    }

    /// <summary>
    /// icpc_within_15wd_pct: ICPCs held in the month; numerator when WD(strategy discussion, ICPC)
    /// &lt;= the timescale (same day is 0). An ICPC before its strategy discussion is left out and
    /// reported as ICPC_BEFORE_S47.
    /// </summary>
    public static void IcpcWithinTimescale(KpiInputs inputs, IKpiSink sink)
    {
        var limit = inputs.Timescales.IcpcWorkingDays;
        foreach (var s in inputs.Data.Section47Enquiries)
        {
            if (!s.HasIcpc)
            {
                continue;
            }
            var icpc = s.IcpcDate!.Value;
            if (icpc < s.StrategyDiscussionDate)
            {
                inputs.Report(new DataIssue(IssueSeverity.Warning, "ICPC_BEFORE_S47", "s47_enquiries", null, "icpc_date", IsoFormat.Date(icpc),
                    $"s47 enquiry {s.S47Id} (child {s.ChildId}): the ICPC on {IsoFormat.Date(icpc)} is before its strategy discussion on {IsoFormat.Date(s.StrategyDiscussionDate)}; it is left out of {KpiIds.IcpcWithin15WdPct}. Correct one of the dates."), s.S47Id);
                continue;
            }
            if (inputs.TryWorkingDays(s.StrategyDiscussionDate, icpc, "s47_enquiries", s.S47Id, out var wd))
            {
                sink.AddEvent(icpc, wd <= limit, true, s);
            }
        }
    }

    /// <summary>cp_plans: children with a CP plan open at month end (each child once).</summary>
    public static void CpPlans(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.CpPlanSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
    }

    /// <summary>
    /// cp_visits_within_15wd_pct, with N the timescale. Denominator: the month ends d at which the
    /// child is on the plan and WD(plan start, d) &gt;= N, that is from the month of the N-th working
    /// day after the start. Numerator: those d with a visit v, plan start &lt;= v &lt;= d and
    /// WD(v, d) &lt;= N; a visit serves the month ends before the (N+1)-th working day after it, from
    /// its own month. Visits and plans are both sorted by child, so this is one merge.
    /// </summary>
    public static void CpVisitsWithinTimescale(KpiInputs inputs, IKpiSink sink)
    {
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
        => new(IssueSeverity.Warning, "KPI_DATE_OUTSIDE_CALENDAR", table, null, null, IsoFormat.Date(date),
            $"{table} record {id}: the date is outside the working-day calendar ({IsoFormat.Date(WorkingDayCalendar.MinDate)} to {IsoFormat.Date(WorkingDayCalendar.MaxDate)}), so its working-day KPIs leave it out; correct the date.");
}
