namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// Reviews in timescale, the part child protection and looked-after reviews share: a chain of reviews whose first the
/// caller has found in time keeps the case in time from that review up to the due day of the last review held in time.
/// </summary>
internal static class ReviewChain
{
    /// <summary>
    /// The days a chain keeps the case in time: from the first review to the due day of the last one held by its due day.
    /// <paramref name="reviews"/> are in date order, the first already found in time; several on one day are one review;
    /// <paramref name="due"/> gives the day the next review is due from a review and the number of reviews held so far.
    /// </summary>
    public static (DateOnly From, DateOnly To) InTime<T>(ReadOnlySpan<T> reviews, Func<T, DateOnly> dateOf, Func<DateOnly, int, DateOnly> due)
    {
        var first = dateOf(reviews[0]);
        var last = first;
        var count = 1;
        foreach (var r in reviews[1..])
        {
            var day = dateOf(r);
            if (day == last)
            {
                continue; // several reviews on one day are one review
            }
            if (day > due(last, count))
            {
                break; // late: in time only up to the due day of the review before
            }
            last = day;
            count++;
        }
        return (first, due(last, count));
    }

    /// <summary>The month ends from <paramref name="first"/> to <paramref name="last"/> (month indexes) that fall in <paramref name="inTime"/>.</summary>
    public static (int From, int To) Months((DateOnly From, DateOnly To) inTime, int first, int last)
        => (Math.Max(first, KpiMonths.Index(inTime.From)), Math.Min(last, KpiMonths.LastMonthEndOnOrBefore(inTime.To)));
}
