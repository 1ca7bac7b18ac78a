using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>
/// Per-record contributions to any KPI, taken from the KPI's own calculation in the catalogue (so the
/// KPI is defined in one place): each record the calculation adds, in each month of
/// [<paramref name="from"/>, <paramref name="to"/>] it counts in, with its numerator and denominator
/// flags and the case record itself (a Section47Enquiry, CpPlan, LacEpisode, ...) as the subject.
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
        if (!catalog.TryGet(kpiId, out var def))
        {
            throw new ArgumentException($"Unknown KPI '{kpiId}'. Known: {string.Join(", ", catalog.Ids)}.", nameof(kpiId));
        }
        if (from > to)
        {
            throw new ArgumentException($"The first month {from} is after the last month {to}.");
        }
        var sink = new Sink(from.Index, to.Index);
        if (KpiEngine.IsAvailable(def, data))
        {
            def.Calculation(new KpiInputs(data, catalog.Timescales, calendar ?? WorkingDayCalendar.EnglandAndWales), sink);
        }
        return sink.Items;
    }

    private sealed class Sink(int first, int last) : IKpiSink
    {
        public List<KpiContribution> Items { get; } = [];

        public void Add(int firstMonth, int lastMonth, bool numerator, bool denominator, object subject, DateOnly? eventDate)
        {
            var a = Math.Max(firstMonth, first);
            var b = Math.Min(lastMonth, last);
            for (var m = a; m <= b; m++)
            {
                Items.Add(new KpiContribution(ReportingMonth.FromIndex(m), numerator, denominator, subject));
            }
        }
    }
}
