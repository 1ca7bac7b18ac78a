using System.Globalization;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// rhi_within_72h_pct: missing episodes ending in the month whose return home interview was completed
/// within the RHI timescale (72 hours by default) of the end.
/// </summary>
public static class RhiWithin72hPct
{
    /// <summary>The stable id (it stays the same when the timescale changes).</summary>
    public const string Id = "rhi_within_72h_pct";

    /// <summary>The definition with the configured hours.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        var hours = timescales.RhiHours.ToString("R", CultureInfo.InvariantCulture);
        return new()
        {
            Id = Id,
            Title = $"Return home interviews within {hours} hours (%)",
            Area = KpiArea.ChildrenInNeed,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Flow,
            Numerator = $"of those, episodes with a return home interview completed at most {hours} hours after the end",
            Denominator = "missing (not absent) episodes ending in the month",
            Sources = KpiSources.MissingEpisodes,
            Polarity = KpiPolarity.HigherIsBetter,
            Target = new() { Value = 80, AmberBand = 15, Reason = "the May 2017 report rates it on the year to date: 70% for the year is amber while the month's 82% would be green" },
            RateOn = RateOn.YearToDate,
            Calculation = Calculate,
        };
    }

    /// <summary>
    /// Missing episodes (type M) in the month their end falls in; numerator when a return home
    /// interview was completed and (completed - end) &lt;= the hours (72 hours exactly counts).
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var limit = TimeSpan.FromHours(inputs.Timescales.RhiHours);
        foreach (var m in inputs.Data.MissingEpisodes)
        {
            if (m.MissingOrAbsent != MissingType.Missing || m.EndDateTime is not { } end)
            {
                continue;
            }
            var within = m.RhiCompletedDateTime is { } rhi && rhi - end <= limit;
            sink.AddEvent(DateOnly.FromDateTime(end), within, true, m);
        }
    }
}
