using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// What lac_health_assessment_pct and lac_dental_check_pct share: of the children looked after at month end d whose
/// period of care started on or before d.AddYears(-1), those with a completed check of one type dated in
/// (d.AddYears(-1), d], wherever the child was then.
/// </summary>
internal static class LacHealthCohort
{
    /// <summary>The denominator of both measures.</summary>
    public const string Description = "children looked after at month end d whose period of care (the chain of episodes each starting on the day the previous ended) started on or before d.AddYears(-1)";

    /// <summary>
    /// For each period of care (<see cref="CareHistory"/>): the denominator from the first month end a year after its
    /// start; each COMPLETED check of <paramref name="type"/> of the child (sorted by child, then day, merged with the
    /// periods in one pass) counts at the month ends d with the check in (d.AddYears(-1), d]: from its month to the
    /// month before <see cref="KpiMonths.FirstMonthEndMonthsAfter"/>(check, 12).
    /// </summary>
    public static void Add(KpiInputs inputs, IKpiSink sink, HealthCheckType type)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(sink);
        var history = CareHistory.Of(inputs);
        var (checks, keys) = KpiInputs.SortByChild(
            inputs.Data.LacHealth.Where(c => c.CheckType == type && c.Status == HealthCheckStatus.Completed).ToArray(),
            static c => c.ChildId, static c => c.CheckDate.DayNumber, inputs.ChildKeyOf);
        var periods = history.Periods;
        var j = 0;
        var p = 0;
        while (p < periods.Count)
        {
            var key = periods[p].ChildKey;
            while (j < checks.Length && keys[j] < key)
            {
                j++;
            }
            var from = j;
            while (j < checks.Length && keys[j] == key)
            {
                j++;
            }
            for (; p < periods.Count && periods[p].ChildKey == key; p++)
            {
                var period = periods[p];
                var (first, last) = CareHistory.Months(period);
                first = Math.Max(first, KpiMonths.FirstMonthEndMonthsAfter(period.Start, 12));
                if (first > last)
                {
                    continue;
                }
                history.Add(sink, period, first, last, false, true);
                // the checks' month ranges, in order of their start; merged where they overlap or touch
                var runFrom = 0;
                var runTo = -1;
                for (var c = from; c < j; c++)
                {
                    var a = KpiMonths.Index(checks[c].CheckDate);
                    var b = KpiMonths.FirstMonthEndMonthsAfter(checks[c].CheckDate, 12) - 1;
                    if (runTo >= runFrom && a <= runTo + 1)
                    {
                        runTo = Math.Max(runTo, b);
                        continue;
                    }
                    history.Add(sink, period, Math.Max(first, runFrom), Math.Min(last, runTo), true, false);
                    (runFrom, runTo) = (a, b);
                }
                history.Add(sink, period, Math.Max(first, runFrom), Math.Min(last, runTo), true, false);
            }
        }
    }
}
