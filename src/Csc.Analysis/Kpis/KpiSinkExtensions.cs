namespace Csc.Analysis.Kpis;

/// <summary>Shorthands for <see cref="IKpiSink"/>.</summary>
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
