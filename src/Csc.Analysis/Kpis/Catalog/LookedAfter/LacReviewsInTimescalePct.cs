using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// lac_reviews_in_timescale_pct: of the children looked after at month end d for 20 working days or more, those whose
/// statutory reviews in the period of care have been in time (the Care Planning, Placement and Case Review (England)
/// Regulations 2010, regulation 33: the first review within 20 working days, the second within three months of it,
/// later ones within six months; from the SSDA903 reviews table; DfE publishes no comparator).
/// </summary>
public static class LacReviewsInTimescalePct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_reviews_in_timescale_pct";

    /// <summary>The working days after the period's start by which the first review is due.</summary>
    public const int FirstReviewWorkingDays = 20;

    /// <summary>The months after the first review by which the second is due.</summary>
    public const int SecondReviewMonths = 3;

    /// <summary>The months after the second or a later review by which the next is due.</summary>
    public const int LaterReviewMonths = 6;

    /// <summary>The definition (no timescale applies: the intervals are statutory).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children whose reviews are in timescale (%)",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children whose reviews in the period of care (up to d) meet: the first within 20 working days of the start, the second on or before first.AddMonths(3), each later one on or before previous.AddMonths(6), and d <= last.AddMonths(3) after one review or last.AddMonths(6) after two or more; no review is late",
        Denominator = "children looked after at month end d whose period of care (the chain of episodes each starting on the day the previous ended) started at least 20 working days before d",
        Sources = KpiSources.LacEpisodes | KpiSources.LacReviews,
        Polarity = KpiPolarity.HigherIsBetter,
        Target = new() { Value = 90, AmberBand = 5, Reason = "as cp_reviews_in_timescale_pct: DfE publishes no figure for looked-after reviews, and England's child protection reviews were 88.1% to 93.6% in time from 2016 to 2025 (LAIT RevCP)" },
        Calculation = Calculate,
    };

    /// <summary>
    /// For each period of care (<see cref="CareHistory"/>): the denominator from the first month end with 20 working
    /// days or more since the start; the child's reviews (sorted by child, then day, merged with the periods in one
    /// pass) from the start to before the end, walked once: the child is in time from the first review, when it was
    /// within 20 working days, up to the due day after the last review of the unbroken chain; a review after its due
    /// day breaks the chain and the child stays late for the rest of the period.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var history = CareHistory.Of(inputs);
        var (reviews, keys) = KpiInputs.SortByChild(inputs.Data.LacReviews.ToArray(), static r => r.ChildId, static r => r.ReviewDate.DayNumber, inputs.ChildKeyOf);
        var j = 0;
        foreach (var period in history.Periods)
        {
            while (j < reviews.Length && (keys[j] < period.ChildKey || (keys[j] == period.ChildKey && reviews[j].ReviewDate < period.Start)))
            {
                j++;
            }
            var from = j;
            while (j < reviews.Length && keys[j] == period.ChildKey && (period.End is not { } end || reviews[j].ReviewDate < end))
            {
                j++;
            }
            var (first, last) = CareHistory.Months(period);
            if (first > last || DueMonth(inputs, history, period) is not { } due)
            {
                continue;
            }
            first = Math.Max(first, due);
            if (first > last)
            {
                continue;
            }
            history.Add(sink, period, first, last, false, true);
            if (InTime(inputs, period, reviews.AsSpan(from, j - from)) is { } inTime)
            {
                var (inFrom, inTo) = ReviewChain.Months(inTime, first, last);
                history.Add(sink, period, inFrom, inTo, true, false);
            }
        }
    }

    /// <summary>The first month whose end d has 20 working days or more since the period's start; null (with an issue) when the calendar does not reach it.</summary>
    private static int? DueMonth(KpiInputs inputs, CareHistory history, CarePeriod period)
    {
        var id = history.Episodes[period.FirstEpisode].EpisodeId;
        for (var m = KpiMonths.Index(period.Start); ; m++)
        {
            if (!inputs.TryWorkingDays(period.Start, KpiMonths.LastDay(m), "lac_episodes", id, out var wd))
            {
                return null;
            }
            if (wd >= FirstReviewWorkingDays)
            {
                return m;
            }
        }
    }

    /// <summary>
    /// The days d at which the period's reviews (sorted, all in the period) are in time: from the first review to
    /// last.AddMonths(3) after one review of the unbroken chain or last.AddMonths(6) after two or more; null when
    /// there is none or the first was more than 20 working days after the start.
    /// </summary>
    private static (DateOnly From, DateOnly To)? InTime(KpiInputs inputs, CarePeriod period, ReadOnlySpan<LacReview> reviews)
    {
        if (reviews.IsEmpty
            || !inputs.TryWorkingDays(period.Start, reviews[0].ReviewDate, "lac_reviews", reviews[0].LacReviewId, out var wd)
            || wd > FirstReviewWorkingDays)
        {
            return null;
        }
        return ReviewChain.InTime(reviews, static r => r.ReviewDate, Due);
    }

    /// <summary>The day the next review is due after <paramref name="count"/> reviews, the last on <paramref name="last"/>.</summary>
    private static DateOnly Due(DateOnly last, int count) => last.AddMonths(count == 1 ? SecondReviewMonths : LaterReviewMonths);
}
