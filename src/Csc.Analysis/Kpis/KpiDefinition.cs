namespace Csc.Analysis.Kpis;

/// <summary>
/// A KPI's calculation: reads the prepared case data and adds every record that counts to the sink,
/// with the months it counts in. It must not loop over months: a record open at several month ends
/// is added once with its month range.
/// </summary>
public delegate void KpiCalculation(KpiInputs inputs, IKpiSink sink);

/// <summary>
/// A KPI: its stable id, title, unit, polarity, what it counts, its default rating rule, and the
/// named calculation (the methods in FrontDoorKpis, ChildProtectionKpis, ChildrenInNeedKpis and
/// LookedAfterKpis, each next to its definition). <see cref="Rag"/> null means the KPI is not rated.
/// </summary>
public sealed record KpiDefinition(
    string Id,
    string Title,
    KpiArea Area,
    KpiUnit Unit,
    KpiPolarity Polarity,
    KpiKind Kind,
    string Numerator,
    string? Denominator,
    KpiSources Sources,
    RagRule? Rag,
    RateOn RateOn,
    KpiCalculation Calculation)
{
    /// <summary>How the year to date is made: counts of events sum, percentages pool, snapshot counts and ratios have none.</summary>
    public KpiYtdRule YtdRule => Unit switch
    {
        KpiUnit.Percent => KpiYtdRule.Pool,
        KpiUnit.Count when Kind == KpiKind.Flow => KpiYtdRule.Sum,
        _ => KpiYtdRule.None,
    };

    /// <summary>True when the KPI has a denominator (percentages and ratios).</summary>
    public bool HasDenominator => Unit != KpiUnit.Count;

    /// <summary>The value from a numerator and denominator: the count, 100 × n / d, or n / d; null when d is 0.</summary>
    public double? ValueOf(long numerator, long denominator) => Unit switch
    {
        KpiUnit.Count => numerator,
        KpiUnit.Percent => denominator == 0 ? null : 100.0 * numerator / denominator,
        _ => denominator == 0 ? null : (double)numerator / denominator,
    };

    public override string ToString() => $"{Id}: {Title}";
}

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

public static class KpiSinkExtensions
{
    /// <summary>Adds an event dated <paramref name="date"/> to its month.</summary>
    public static void AddEvent(this IKpiSink sink, DateOnly date, bool numerator, bool denominator, object subject)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var m = KpiMonths.Index(date);
        sink.Add(m, m, numerator, denominator, subject, date);
    }
}
