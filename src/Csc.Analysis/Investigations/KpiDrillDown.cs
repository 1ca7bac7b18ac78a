using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>
/// Per-record contributions to any KPI, taken from the KPI's own calculation in the catalogue (so the
/// KPI is defined in one place): each record the calculation adds, in each month of
/// [from, to] it counts in, with its numerator and denominator
/// flags and the case record itself (a Section47Enquiry, CpPlan, LacEpisode, ...) as the subject.
/// A thin view of <see cref="KpiContributions.For(CaseData, string, ReportingMonth, ReportingMonth, KpiEngineOptions?)"/>
/// that keeps only what the rate investigations need.
/// </summary>
public static class KpiDrillDown
{
    public static IReadOnlyList<KpiContribution> Contributions(
        CaseData data,
        string kpiId,
        ReportingMonth from,
        ReportingMonth to,
        KpiCatalog? catalog = null,
        WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(kpiId);
        catalog ??= KpiCatalog.Default;
        if (!catalog.TryGet(kpiId, out _))
        {
            throw new ArgumentException($"Unknown KPI '{kpiId}'. Known: {string.Join(", ", catalog.Ids)}.", nameof(kpiId));
        }
        if (from > to)
        {
            throw new ArgumentException($"The first month {from} is after the last month {to}.");
        }
        var options = new KpiEngineOptions { Catalog = catalog, Calendar = calendar ?? WorkingDayCalendar.EnglandAndWales };
        return [.. KpiContributions.For(data, kpiId, from, to, options)
            .Select(c => new KpiContribution(c.Month, c.InNumerator, c.InDenominator, c.Record))];
    }
}
