using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpReviewsInTimescalePctTests
{
    private static (long, long) At(CaseData data, string month) => Counts(data, CpReviewsInTimescalePct.Id, month, month).Single();

    [Fact]
    public void ReviewsOnTheirDueDay_InTime_ADayLate_LateForGood()
    {
        // every plan starts on 31 January 2017: the first review is due by start.AddMonths(3) = 30 April 2017;
        // the plans are three months old at 31 May 2017 (31 May less 3 months is 28 February), not at 30 April (30 January)
        var a = Cp("A", "2017-01-31", null);
        var b = Cp("B", "2017-01-31", null);
        var c = Cp("C", "2017-01-31", null);
        var d = Cp("D", "2017-01-31", null);
        var e = Cp("E", "2017-01-31", null);
        var data = new CaseData
        {
            CpPlans = [a, b, c, d, e],
            CpReviews =
            [
                CpRev(a, "2017-04-30"),                         // on its due day; the next is due 30 October 2017 and never comes
                CpRev(b, "2017-05-01"),                         // a day late: late at every month end after
                CpRev(c, "2017-04-30"), CpRev(c, "2017-10-30"), // the second on its due day: in time to 30 April 2018
                CpRev(d, "2017-04-30"), CpRev(d, "2017-10-31"), // the second a day late
                // E: no review at all is late
            ],
        };
        Assert.Equal((0L, 0L), At(data, "2017-04"));
        Assert.Equal((3L, 5L), At(data, "2017-05")); // A, C, D
        Assert.Equal((3L, 5L), At(data, "2017-09"));
        Assert.Equal((1L, 5L), At(data, "2017-10")); // 31 October is after A's due day 30 October; D's review was late
        Assert.Equal((1L, 5L), At(data, "2018-04")); // C: 30 April 2018 is its due day
        Assert.Equal((0L, 5L), At(data, "2018-05"));
    }

    [Fact]
    public void TwentyNinthOfFebruary_AndTwoReviewsOnOneDay()
    {
        // 29 November 2015 + 3 months = 29 February 2016; 30 November 2015 + 3 months = 29 February 2016 too
        var f = Cp("F", "2015-11-29", null);
        var g = Cp("G", "2015-11-30", null);
        var h = Cp("H", "2015-11-29", null);
        var data = new CaseData
        {
            CpPlans = [f, g, h],
            CpReviews =
            [
                CpRev(f, "2016-02-29"),
                CpRev(g, "2016-03-01"),                                                 // a day after 29 February: late
                CpRev(h, "2016-02-29"), CpRev(h, "2016-02-29"), CpRev(h, "2016-08-29"), // one review on 29 February, the next on its due day
            ],
        };
        // 29 February 2016 less 3 months is 29 November 2015: F and H are three months old, G (30 November) only at 31 March
        Assert.Equal((2L, 2L), At(data, "2016-02"));
        Assert.Equal((2L, 3L), At(data, "2016-03"));
        Assert.Equal((1L, 3L), At(data, "2016-08")); // F was due again by 29 August; H reviewed that day
        Assert.Equal((1L, 3L), At(data, "2017-02")); // H: 29 August 2016 + 6 months = 28 February 2017, the month end
        Assert.Equal((0L, 3L), At(data, "2017-03"));
    }

    [Fact]
    public void OnlyThePlansOwnReviews_FromItsStart_CountForTheStandingPlan()
    {
        var p1 = Cp("X", "2016-01-01", "2016-06-15");
        var p2 = Cp("X", "2016-06-15", null); // starts the day the first ends
        var data = new CaseData
        {
            CpPlans = [p1, p2],
            CpReviews =
            [
                CpRev(p1, "2016-03-01"),
                CpRev(p2, "2016-06-01"), // dated before its plan started: not a review of it
            ],
        };
        // p1 is three months old at 30 April (30 January >= 1 January), not at 31 March (31 December)
        Assert.Equal((0L, 0L), At(data, "2016-03"));
        Assert.Equal((1L, 1L), At(data, "2016-05"));
        // p2 stands for X from June; three months old at 30 September, with no review of its own
        Assert.Equal((0L, 0L), At(data, "2016-08"));
        Assert.Equal((0L, 1L), At(data, "2016-09"));
    }

    [Fact]
    public void NoReviewsTable_Unavailable_AnEmptyOne_NoneInTime()
    {
        var plans = new CaseData { CpPlans = [Cp("A", "2017-01-01", null)] };
        Assert.False(Run(plans.Supplying(CaseTable.CpPlans), "2017-05", "2017-05", null, CpReviewsInTimescalePct.Id)[CpReviewsInTimescalePct.Id].IsAvailable);
        var empty = Run(plans.Supplying(CaseTable.CpPlans, CaseTable.CpReviews), "2017-05", "2017-05", null, CpReviewsInTimescalePct.Id)[CpReviewsInTimescalePct.Id];
        Assert.True(empty.IsAvailable);
        Assert.Equal(0.0, empty[M("2017-05")]!.Value);
    }
}
