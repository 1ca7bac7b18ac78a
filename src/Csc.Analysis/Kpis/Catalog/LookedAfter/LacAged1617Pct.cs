namespace Csc.Analysis.Kpis.Catalog;

/// <summary>lac_aged_16_17_pct: the share of children looked after at month end who are 16 or 17.</summary>
public static class LacAged1617Pct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_aged_16_17_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children aged 16 or 17 (%)",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children aged 16 or 17 at month end",
        Denominator = LookedAfterCohort.Description,
        Sources = KpiSources.LacEpisodes,
        Calculation = Calculate,
    };

    /// <summary>
    /// All looked-after children; numerator in the month ends from the 16th birthday's month to the
    /// month before the 18th birthday's month (age on the month's last day is 16 or 17; a 29 February
    /// birthday falls on 1 March in other years).
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
            if (inputs.ChildrenById.TryGetValue(seg.ChildId, out var child) && child.DateOfBirth is { } dob && dob.Year <= 9980)
            {
                var first = Math.Max(seg.First, KpiMonths.FirstMonthEndOnOrAfter(KpiMonths.Birthday(dob, 16)));
                var last = Math.Min(seg.Last, KpiMonths.LastMonthEndBefore(KpiMonths.Birthday(dob, 18)));
                if (first <= last)
                {
                    sink.Add(first, last, true, false, seg.Record, null);
                }
            }
        }
    }
}
