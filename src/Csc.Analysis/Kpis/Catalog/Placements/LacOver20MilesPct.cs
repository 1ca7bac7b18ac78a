using System.Globalization;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// lac_over_20_miles_pct: the share of children looked after at month end, with a known placement
/// distance, placed more than the configured distance (20 miles by default) from home.
/// </summary>
public static class LacOver20MilesPct
{
    /// <summary>The stable id (it stays the same when the distance changes).</summary>
    public const string Id = "lac_over_20_miles_pct";

    /// <summary>The definition with the configured distance.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        var miles = timescales.DistanceMiles.ToString("R", CultureInfo.InvariantCulture);
        return new()
        {
            Id = Id,
            Title = $"Looked-after children placed more than {miles} miles from home (%)",
            Area = KpiArea.Placements,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Snapshot,
            Numerator = $"of those, placements more than {miles} miles from home",
            Denominator = LookedAfterCohort.Description + " with a known placement distance",
            Sources = KpiSources.LacEpisodes,
            Polarity = KpiPolarity.LowerIsBetter,
            Target = new() { Value = 10, AmberBand = 10, Reason = "the May 2017 report's target; its 15.5% is amber" },
            Calculation = Calculate,
        };
    }

    /// <summary>Children with a known distance; numerator when it is more than the configured miles (exactly the distance is not more).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var miles = inputs.Timescales.DistanceMiles;
        foreach (var seg in inputs.LacSegments)
        {
            if (seg.Record.PlacementDistanceMiles is { } d)
            {
                sink.Add(seg.First, seg.Last, d > miles, true, seg.Record, null);
            }
        }
    }
}
