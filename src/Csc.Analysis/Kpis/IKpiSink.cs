namespace Csc.Analysis.Kpis;

/// <summary>
/// Receives the records a KPI counts. Months are <see cref="Domain.ReportingMonth.Index"/> values;
/// the subject is the case record (a Contact, CpPlan, LacEpisode, ...) used for
/// drill-down keys; the event date is the event's date for flows (null for snapshots,
/// where the month end is the date).
/// </summary>
public interface IKpiSink
{
    /// <summary>Adds one record to each month from <paramref name="firstMonth"/> to <paramref name="lastMonth"/> (both included).</summary>
    void Add(int firstMonth, int lastMonth, bool numerator, bool denominator, object subject, DateOnly? eventDate);
}
