using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>
/// icpc_within_15wd_pct as the investigations use it: the KPI engine's own calculation
/// (<see cref="Kpis.Catalog.IcpcWithin15WdPct.Calculate"/> through <see cref="KpiContributions"/>), with each
/// conference as a contribution whose record is its <see cref="Section47Enquiry"/>.
/// </summary>
public static class IcpcTimeliness
{
    /// <summary>The KPI the investigations read.</summary>
    public const string KpiId = KpiIds.IcpcWithin15WdPct;

    /// <summary>Contributions in every month the data's ICPCs fall in (within the calendar's range).</summary>
    public static IReadOnlyList<KpiContribution> Contributions(CaseData data, WorkingDayCalendar calendar, KpiCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        DateOnly? min = null, max = null;
        foreach (var s in data.Section47Enquiries)
        {
            if (s.IcpcDate is { } d && InCalendar(d))
            {
                min = min is null || d < min ? d : min;
                max = max is null || d > max ? d : max;
            }
        }
        if (min is null)
        {
            return [];
        }
        var options = new KpiEngineOptions { Catalog = catalog ?? KpiCatalog.Default, Calendar = calendar };
        return KpiContributions.For(data, KpiId, ReportingMonth.Of(min.Value), ReportingMonth.Of(max!.Value), options);
    }

    /// <summary>Numerator and denominator by month.</summary>
    public static IReadOnlyDictionary<ReportingMonth, RateCount> ByMonth(IEnumerable<KpiContribution> contributions)
    {
        var d = new Dictionary<ReportingMonth, RateCount>();
        foreach (var c in contributions)
        {
            d[c.Month] = d.GetValueOrDefault(c.Month).Add(c.InNumerator, c.InDenominator);
        }
        return d;
    }

    internal static bool InCalendar(DateOnly d) => d >= WorkingDayCalendar.MinDate && d <= WorkingDayCalendar.MaxDate;
}
