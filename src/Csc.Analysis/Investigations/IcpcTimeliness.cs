using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>
/// The per-record contributions to icpc_within_15wd_pct used by the investigations (ICPCs held in
/// the month; numerator when at most the timescale in working days from the strategy discussion; an
/// ICPC before its strategy discussion or outside the calendar is left out). This is the one place
/// the investigations get the KPI from.
/// </summary>
public static class IcpcTimeliness
{
    public const string KpiId = "icpc_within_15wd_pct";

    public static IReadOnlyList<KpiContribution> Contributions(CaseData data, WorkingDayCalendar calendar, int timescaleWorkingDays = 15)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(calendar);
        var list = new List<KpiContribution>();
        foreach (var s in data.Section47Enquiries)
        {
            if (!s.HasIcpc)
            {
                continue;
            }
            var icpc = s.IcpcDate!.Value;
            if (icpc < s.StrategyDiscussionDate || !InCalendar(icpc) || !InCalendar(s.StrategyDiscussionDate))
            {
                continue;
            }
            var wd = calendar.WorkingDaysBetween(s.StrategyDiscussionDate, icpc);
            list.Add(new KpiContribution(ReportingMonth.Of(icpc), wd <= timescaleWorkingDays, true, s));
        }
        return list;
    }

    /// <summary>Numerator and denominator by month.</summary>
    public static IReadOnlyDictionary<ReportingMonth, RateCount> ByMonth(IEnumerable<KpiContribution> contributions)
    {
        var d = new Dictionary<ReportingMonth, RateCount>();
        foreach (var c in contributions)
        {
            d[c.Month] = d.GetValueOrDefault(c.Month).Add(c.Numerator, c.Denominator);
        }
        return d;
    }

    internal static bool InCalendar(DateOnly d) => d >= WorkingDayCalendar.MinDate && d <= WorkingDayCalendar.MaxDate;
}
