namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// lac_long_term_stability_pct: of the children under 16 looked after at month end d for at least two and a half
/// years, those in the same placement for at least two years (DfE's placement stability measure A2, at every month end).
/// </summary>
public static class LacLongTermStabilityPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_long_term_stability_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children under 16 looked after for 2.5 years or more, in the same placement for 2 years (%)",
        Area = KpiArea.Placements,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children whose placement started on or before d.AddYears(-2) (the placement starts at the latest episode of the period up to d whose reason for new episode is not L, else at the period's start)",
        Denominator = "children looked after at month end d, aged under 16 at d, whose period of care (the chain of episodes each starting on the day the previous ended) started on or before d.AddMonths(-30)",
        Sources = KpiSources.LacEpisodes,
        Polarity = KpiPolarity.HigherIsBetter,
        Target = new() { Value = 70, AmberBand = 5, Reason = "England's published figure was 68% to 71% in every year from 2018 to 2025 (LAIT LAC_LongStable%)" },
        Calculation = Calculate,
    };

    /// <summary>
    /// For each period of care: the denominator from the first month end 30 months after its start
    /// (<see cref="KpiMonths.FirstMonthEndMonthsAfter"/>) to the month before the child's 16th birthday's month
    /// (age under 16 at d; a child without a date of birth is left out); within it, each placement (the period's
    /// first episode and each later episode whose reason is not L) is current from its start's month to the month
    /// before the next placement's, and counts from 24 months after its start. Short breaks are left out.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var history = CareHistory.Of(inputs);
        var episodes = history.Episodes;
        foreach (var period in history.Periods)
        {
            if (!inputs.ChildrenById.TryGetValue(period.ChildId, out var child) || child.DateOfBirth is not { } dob || dob.Year > 9980)
            {
                continue;
            }
            var (first, last) = CareHistory.Months(period);
            first = Math.Max(first, KpiMonths.FirstMonthEndMonthsAfter(period.Start, 30));
            last = Math.Min(last, KpiMonths.LastMonthEndBefore(KpiMonths.Birthday(dob, 16)));
            if (first > last)
            {
                continue;
            }
            history.Add(sink, period, first, last, false, true);
            var e = period.FirstEpisode;
            while (e <= period.LastEpisode)
            {
                var next = e + 1;
                while (next <= period.LastEpisode && LookedAfterCohort.Code(episodes[next].ReasonNewEpisode) == "L")
                {
                    next++;
                }
                var start = episodes[e].StartDate;
                var current = next <= period.LastEpisode ? KpiMonths.Index(episodes[next].StartDate) - 1 : KpiMonths.Open;
                var from = Math.Max(first, KpiMonths.FirstMonthEndMonthsAfter(start, 24));
                history.Add(sink, period, from, Math.Min(last, current), true, false);
                e = next;
            }
        }
    }
}
