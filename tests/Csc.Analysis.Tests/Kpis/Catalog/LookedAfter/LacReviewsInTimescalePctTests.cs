using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacReviewsInTimescalePctTests
{
    private static (long, long) At(CaseData data, string month) => Counts(data, LacReviewsInTimescalePct.Id, month, month).Single();

    [Fact]
    public void TwentyWorkingDaysAcrossChristmas_ThenThreeAndSixMonths()
    {
        // every period starts on Thursday 1 December 2016. Working days after it: 2 December is the 1st, 30 December
        // the 19th (Monday 26 and Tuesday 27 December are bank holidays), Monday 2 January 2017 is the New Year's
        // substitute holiday, so the 20th is Tuesday 3 January 2017: not in the denominator at 31 December (19).
        var data = new CaseData
        {
            LacEpisodes = [Ep("A", "2016-12-01", null), Ep("B", "2016-12-01", null), Ep("C", "2016-12-01", null), Ep("D", "2016-12-01", null), Ep("E", "2016-12-01", null)],
            LacReviews =
            [
                Review("A", "2017-01-03"), Review("A", "2017-04-03"), Review("A", "2017-10-03"), // each on its due day
                Review("B", "2017-01-04"),                                                      // 21 working days: late for good
                Review("C", "2017-01-03"),                                                      // one review: the next due 3 April 2017
                Review("D", "2017-01-03"), Review("D", "2017-04-04"), Review("D", "2017-05-01"), // the second a day late
                // E: no review is late
            ],
        };
        Assert.Equal((0L, 0L), At(data, "2016-12"));
        Assert.Equal((3L, 5L), At(data, "2017-01")); // A, C, D
        Assert.Equal((3L, 5L), At(data, "2017-03"));
        Assert.Equal((1L, 5L), At(data, "2017-04")); // 30 April is after C's due day; D's second review came on 4 April
        Assert.Equal((1L, 5L), At(data, "2017-10")); // A: the third review on 3 October, its due day
        Assert.Equal((1L, 5L), At(data, "2018-03")); // A: next due 3 April 2018
        Assert.Equal((0L, 5L), At(data, "2018-04"));
    }

    [Fact]
    public void ChainOfEpisodes_OnePeriod_ADayGap_ANewPeriodWithItsOwnFirstReview()
    {
        // both start on Monday 4 January 2016: the 19th working day is Friday 29 January (so 31 January has 19), the 20th 1 February
        var data = new CaseData
        {
            LacEpisodes =
            [
                Ep("F", "2016-01-04", "2016-03-01", ceased: "X1"), Ep("F", "2016-03-01", null, "P"), // the same day: one period
                Ep("G", "2016-01-04", "2016-03-01", ceased: "E13"), Ep("G", "2016-03-02", null),    // a day's gap: a new period on 2 March
            ],
            LacReviews = [Review("F", "2016-01-29"), Review("F", "2016-04-29"), Review("G", "2016-01-29")],
        };
        Assert.Equal((0L, 0L), At(data, "2016-01"));
        Assert.Equal((2L, 2L), At(data, "2016-02"));
        // G's new period: 20 working days after 2 March 2016 is 1 April (Good Friday 25 and Easter Monday 28 March are
        // bank holidays), so it is not in the denominator at 31 March; F's first review is due again by 29 April
        Assert.Equal((1L, 1L), At(data, "2016-03"));
        // 30 April: F's second review on 29 April, its due day; G's review of January belongs to its first period
        Assert.Equal((1L, 2L), At(data, "2016-04"));
    }

    [Fact]
    public void TwentyNinthOfFebruary_AndTwoReviewsOnOneDay()
    {
        // from Monday 1 February 2016, Monday 29 February is the 20th working day: in the denominator at the February month end
        var data = new CaseData
        {
            LacEpisodes = [Ep("H", "2016-02-01", null)],
            LacReviews = [Review("H", "2016-02-29"), Review("H", "2016-02-29"), Review("H", "2016-05-29")], // 29 February + 3 months; then due 29 November
        };
        Assert.Equal((1L, 1L), At(data, "2016-02"));
        Assert.Equal((1L, 1L), At(data, "2016-05"));
        Assert.Equal((1L, 1L), At(data, "2016-10"));
        Assert.Equal((0L, 1L), At(data, "2016-11"));
    }

    [Fact]
    public void NoReviewsTable_Unavailable_AnEmptyOne_NoneInTime()
    {
        var lac = new CaseData { LacEpisodes = [Ep("A", "2017-01-03", null)] };
        Assert.False(Run(lac.Supplying(CaseTable.LacEpisodes), "2017-05", "2017-05", null, LacReviewsInTimescalePct.Id)[LacReviewsInTimescalePct.Id].IsAvailable);
        var empty = Run(lac.Supplying(CaseTable.LacEpisodes, CaseTable.LacReviews), "2017-05", "2017-05", null, LacReviewsInTimescalePct.Id)[LacReviewsInTimescalePct.Id];
        Assert.True(empty.IsAvailable);
        Assert.Equal(0.0, empty[M("2017-05")]!.Value);
    }
}
