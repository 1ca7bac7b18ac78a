using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacHealthAssessmentPctTests
{
    private static (long, long) At(CaseData data, string month, string id = LacHealthAssessmentPct.Id) => Counts(data, id, month, month).Single();

    [Fact]
    public void AYearInCare_ACompletedAssessmentInTheYearToTheMonthEnd()
    {
        var data = new CaseData
        {
            LacEpisodes = [Ep("A", "2016-05-31", null), Ep("B", "2016-01-01", null), Ep("C", "2016-01-01", null), Ep("D", "2016-01-01", null), Ep("E", "2016-01-01", null)],
            LacHealth =
            [
                Check("A", "2016-05-31"),                                    // at 31 May 2017 the window is (31 May 2016, 31 May 2017]: a year before exactly is out
                Check("B", "2016-06-01"),                                    // in at 31 May 2017, out at 30 June 2017
                Check("C", "2017-05-31"),                                    // on the month end itself: in
                Check("D", "2017-01-01", status: HealthCheckStatus.Refused), // refused: not a completed assessment
                Check("E", "2017-01-01", HealthCheckType.DentalCheck),       // a dental check, not an assessment
            ],
        };
        // A's period started on 31 May 2016: a year old at 31 May 2017, not at 30 April 2017 (30 April 2016 is before it)
        Assert.Equal((1L, 4L), At(data, "2017-04")); // B
        Assert.Equal((2L, 5L), At(data, "2017-05")); // B, C
        Assert.Equal((1L, 5L), At(data, "2017-06")); // C
        Assert.Equal((1L, 5L), At(data, "2017-05", LacDentalCheckPct.Id)); // E's dental check counts there
    }

    [Fact]
    public void TwentyNinthOfFebruary_ACheckCountsThirteenMonthEnds_APeriodIsAYearOldAtTheEndOfMarch()
    {
        var data = new CaseData
        {
            LacEpisodes = [Ep("F", "2015-02-28", null), Ep("G", "2016-02-29", null)],
            LacHealth = [Check("F", "2016-02-29"), Check("G", "2016-04-01")],
        };
        // F's check of 29 February 2016 is in (28 February 2016, 28 February 2017] and out at 31 March 2017;
        // G's period (29 February 2016) is a year old only at 31 March 2017, its check of 1 April 2016 in (31 March 2016, 31 March 2017]
        Assert.Equal((1L, 1L), At(data, "2016-02"));
        Assert.Equal((1L, 1L), At(data, "2017-02"));
        Assert.Equal((1L, 2L), At(data, "2017-03"));
    }

    [Fact]
    public void ChainOfEpisodes_OnePeriod_ADayGap_StartsTheYearAgain()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Ep("H", "2016-01-01", "2016-06-01", ceased: "X1"), Ep("H", "2016-06-01", null, "P"),   // one period from 1 January 2016
                Ep("I", "2016-01-01", "2016-06-01", ceased: "E13"), Ep("I", "2016-06-02", null),       // a new period on 2 June 2016
            ],
            LacHealth = [Check("H", "2016-03-01"), Check("I", "2016-03-01"), Check("I", "2016-06-01")],
        };
        Assert.Equal((1L, 1L), At(data, "2017-01")); // H; I's new period is not a year old
        Assert.Equal((1L, 1L), At(data, "2017-02")); // H's check of 1 March 2016 is in (28 February 2016, 28 February 2017]
        Assert.Equal((0L, 1L), At(data, "2017-03"));
        // 30 June 2017: I's period (2 June 2016) is a year old; its checks, the latest on 1 June 2016 between its periods, are too old
        Assert.Equal((0L, 2L), At(data, "2017-06"));
    }

    [Fact]
    public void SeveralChecks_CountTheChildOnce()
    {
        var data = new CaseData
        {
            LacEpisodes = [Ep("J", "2015-01-01", null)],
            LacHealth = [Check("J", "2016-03-31"), Check("J", "2016-03-31"), Check("J", "2016-09-15"), Check("J", "2017-03-31")],
        };
        Assert.Equal([(1L, 1L), (1L, 1L), (1L, 1L), (1L, 1L)], Counts(data, LacHealthAssessmentPct.Id, "2016-03", "2016-06"));
        Assert.Equal([(1L, 1L), (1L, 1L), (0L, 1L)], Counts(data, LacHealthAssessmentPct.Id, "2018-01", "2018-03"));
    }

    [Fact]
    public void NoHealthTable_Unavailable()
    {
        var lac = new CaseData { LacEpisodes = [Ep("A", "2015-01-01", null)] };
        Assert.False(Run(lac.Supplying(CaseTable.LacEpisodes), "2017-05", "2017-05", null, LacHealthAssessmentPct.Id)[LacHealthAssessmentPct.Id].IsAvailable);
        var empty = Run(lac.Supplying(CaseTable.LacEpisodes, CaseTable.LacHealth), "2017-05", "2017-05", null, LacHealthAssessmentPct.Id)[LacHealthAssessmentPct.Id];
        Assert.Equal(0.0, empty[M("2017-05")]!.Value);
    }
}
