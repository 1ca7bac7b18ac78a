namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// lac_3plus_placements_pct: of the children looked after at month end d, those with three or more placements in
/// the 12 months to d (DfE's placement stability measure A1, taken at every month end instead of 31 March).
/// </summary>
public static class Lac3PlusPlacementsPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_3plus_placements_pct";

    /// <summary>The placements a new episode with these reasons starts (S, P, B, T, U; L is a change of legal status only).</summary>
    public static IReadOnlySet<string> PlacementReasons { get; } = new HashSet<string>(StringComparer.Ordinal) { "S", "P", "B", "T", "U" };

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children with 3 or more placements in the last 12 months (%)",
        Area = KpiArea.Placements,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children with 3 or more placements in the 12 months to month end d: episodes starting in (w, d] with reason for new episode S, P, B, T or U, plus 1 when an episode is open at w = d.AddMonths(-12)",
        Denominator = LookedAfterCohort.Description,
        Sources = KpiSources.LacEpisodes,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 10, AmberBand = 2, Reason = "England's published figure was 9% to 11% in every year from 2016 to 2025 (LAIT LACStable_2016on)" },
        Calculation = Calculate,
    };

    /// <summary>
    /// Per child, each placement start s adds 1 to the month ends d with s in (d.AddMonths(-12), d]: from s's
    /// month to the month before <see cref="KpiMonths.FirstMonthEndMonthsAfter"/>(s, 12) (one month longer for a
    /// 29 February start, which is still inside the window at 28 February a year later); each period of care
    /// [start, end) adds 1 to the month ends whose w it is open at. A sweep of the child's few +1 ranges gives the
    /// months with 3 or more, counted at the month ends the child is looked after. Short breaks are left out.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var history = CareHistory.Of(inputs);
        var episodes = history.Episodes;
        var periods = history.Periods;
        var changes = new List<(int Month, int Delta)>();
        var ranges = new List<(int From, int To)>();
        var p = 0;
        while (p < periods.Count)
        {
            var key = periods[p].ChildKey;
            var pEnd = p;
            while (pEnd < periods.Count && periods[pEnd].ChildKey == key)
            {
                pEnd++;
            }
            changes.Clear();
            for (var k = p; k < pEnd; k++)
            {
                var period = periods[k];
                for (var e = period.FirstEpisode; e <= period.LastEpisode; e++)
                {
                    if (LookedAfterCohort.Code(episodes[e].ReasonNewEpisode) is { } rne && PlacementReasons.Contains(rne))
                    {
                        var s = episodes[e].StartDate;
                        Range(changes, KpiMonths.Index(s), KpiMonths.FirstMonthEndMonthsAfter(s, 12) - 1);
                    }
                }
                // open at w = d.AddMonths(-12): start <= w and (no end or end > w)
                Range(changes, KpiMonths.FirstMonthEndMonthsAfter(period.Start, 12),
                    period.End is { } end ? KpiMonths.FirstMonthEndMonthsAfter(end, 12) - 1 : KpiMonths.Open);
            }
            changes.Sort();
            ThreeOrMore(changes, ranges);
            for (var k = p; k < pEnd; k++)
            {
                var period = periods[k];
                var (first, last) = CareHistory.Months(period);
                history.Add(sink, period, first, last, false, true);
                foreach (var (from, to) in ranges)
                {
                    history.Add(sink, period, Math.Max(first, from), Math.Min(last, to), true, false);
                }
            }
            p = pEnd;
        }
    }

    /// <summary>The month ranges where the running sum of <paramref name="changes"/> (sorted by month) is 3 or more.</summary>
    private static void ThreeOrMore(List<(int Month, int Delta)> changes, List<(int From, int To)> ranges)
    {
        ranges.Clear();
        var count = 0;
        var from = 0;
        var c = 0;
        while (c < changes.Count)
        {
            var month = changes[c].Month;
            var before = count;
            while (c < changes.Count && changes[c].Month == month)
            {
                count += changes[c].Delta;
                c++;
            }
            if (before < 3 && count >= 3)
            {
                from = month;
            }
            else if (before >= 3 && count < 3)
            {
                ranges.Add((from, month - 1));
            }
        }
        if (count >= 3)
        {
            ranges.Add((from, KpiMonths.Open));
        }
    }

    private static void Range(List<(int Month, int Delta)> changes, int first, int last)
    {
        if (first <= last)
        {
            changes.Add((first, 1));
            if (last < KpiMonths.Open)
            {
                changes.Add((last + 1, -1));
            }
        }
    }
}
