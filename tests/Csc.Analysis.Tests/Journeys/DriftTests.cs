using Csc.Analysis.Domain;
using Csc.Analysis.Journeys;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Journeys;

public sealed class DriftTests
{
    private static Referral Ref(string child, string date, string team = "MASH") => Referral(date) with { ChildId = child, Team = team };

    private static DriftSummary Summary(DriftResult r, DriftMeasure m, DriftGrouping g, string group = "")
        => r.Summaries.Single(s => s.Measure == m && s.GroupBy == g && s.Group == group);

    [Fact]
    public void Analyse_FirstPlanWithTheLatestReferralBeforeIt_QuartilesAsR()
    {
        // C1: referrals 1 Jan and 1 Feb 2016, first plan 29 Feb 2016 (leap year): the 1 Feb referral, 28 days.
        // C2: referral and plan the same day (0). C3: plan 10 March, referral 20 March (no referral before: -10).
        // C4: referral 1 March 2017, plan 31 March 2017 (30), another plan later (not the first: ignored).
        // Days -10, 0, 28, 30: R type 7 quartiles 1st -2.5, median 14, 3rd 28.5.
        var data = new CaseData
        {
            Referrals = [Ref("C1", "2016-01-01"), Ref("C1", "2016-02-01"), Ref("C2", "2016-03-01", "EAST"), Ref("C3", "2016-03-20"), Ref("C4", "2017-03-01")],
            CpPlans = [Cp("C1", "2016-02-29", null), Cp("C2", "2016-03-01", null), Cp("C3", "2016-03-10", null), Cp("C4", "2017-03-31", "2017-06-01"), Cp("C4", "2017-08-01", null)],
        };
        var r = Drift.Analyse(data, new DriftOptions { AsAt = D("2017-12-31") });
        var all = Summary(r, DriftMeasure.ReferralToCpPlan, DriftGrouping.All);
        Assert.Equal((4, -2.5, 14.0, 28.5, 1, 1), (all.Children, all.LowerQuartileDays, all.MedianDays, all.UpperQuartileDays, all.SameDay, all.Negative));
        // By the financial year of the plan: 2015/16 (29 Feb, 1 and 10 March 2016) and 2016/17 (31 March 2017).
        Assert.Equal(3, Summary(r, DriftMeasure.ReferralToCpPlan, DriftGrouping.Year, "2015/16").Children);
        Assert.Equal(30, Summary(r, DriftMeasure.ReferralToCpPlan, DriftGrouping.Year, "2016/17").MedianDays);
        // By the referral's team.
        Assert.Equal((1, 0.0), (Summary(r, DriftMeasure.ReferralToCpPlan, DriftGrouping.Team, "EAST").Children, Summary(r, DriftMeasure.ReferralToCpPlan, DriftGrouping.Team, "EAST").MedianDays));
        Assert.Empty(r.BeforeTheData);
    }

    [Fact]
    public void Analyse_LookedAfter_ShortBreaksLeftOut_PlanToCare_AndBeforeTheData()
    {
        // C1: referral 1 June 2016, a short break (V3) 5 June, then care 10 June: referral to care 9 days.
        // C2: plan 1 January 2016, care 31 March 2016 (90 days, 2016 a leap year: 31 + 29 + 30); referral 1 Dec 2015 (121 days).
        // C3: care 1 May 2015, before the data's first referral (1 Dec 2015) and first plan: left out of both.
        var data = new CaseData
        {
            Referrals = [Ref("C1", "2016-06-01"), Ref("C2", "2015-12-01"), Ref("C3", "2016-06-01")],
            CpPlans = [Cp("C2", "2016-01-01", "2016-03-31"), Cp("C3", "2016-06-02", null)],
            LacEpisodes = [Lac("C1", "2016-06-05", "2016-06-07", legal: "V3"), Lac("C1", "2016-06-10", null), Lac("C2", "2016-03-31", null), Lac("C3", "2015-05-01", null)],
        };
        var r = Drift.Analyse(data, new DriftOptions { AsAt = D("2017-03-31") });
        Assert.Equal([("C1", 9), ("C2", 121)], r.Pairs.Where(p => p.Measure == DriftMeasure.ReferralToLookedAfter).Select(p => (p.ChildId, p.Days)));
        Assert.Equal([("C2", 90)], r.Pairs.Where(p => p.Measure == DriftMeasure.CpPlanToLookedAfter).Select(p => (p.ChildId, p.Days)));
        Assert.Equal(new Dictionary<DriftMeasure, int> { [DriftMeasure.ReferralToLookedAfter] = 1, [DriftMeasure.CpPlanToLookedAfter] = 1 }, r.BeforeTheData);
    }

    [Fact]
    public void Analyse_LongOpenPlans_TwelveAndEighteenMonthsExactly_CategoryChangeNotListed()
    {
        // As at 31 March 2017: a CIN plan from 31 March 2016 is 12 months old (listed), one from 1 April 2016 is not.
        // CP plans from 30 September 2015 (18 months: listed), one as old whose category changed (not listed),
        // one ended on the as-at day (not open: not listed).
        var data = new CaseData
        {
            CinPlans = [Cin("C1", "2016-03-31", null) with { CinPlanId = "CIN1" }, Cin("C2", "2016-04-01", null)],
            CpPlans =
            [
                Cp("C3", "2015-09-30", null) with { CpPlanId = "CP1" },
                Cp("C4", "2015-09-30", null) with { LatestCategory = "EMO" },
                Cp("C5", "2015-01-01", "2017-03-31"),
            ],
        };
        var r = Drift.Analyse(data, new DriftOptions { AsAt = D("2017-03-31") });
        Assert.Equal([("cp_plan", "CP1", 548), ("cin_plan", "CIN1", 365)], r.Cases.Select(c => (c.Kind, c.RecordId, c.DaysOpen)));
    }
    [Fact]
    public void Analyse_AsAtBeforeTheDataEnds_NothingAfterItCounts_OpenJudgedAtIt()
    {
        // As at 31 March 2017, data running into April 2017.
        // C1: referral 1 March, plan on the as-at day (31 March): counted, 30 days.
        // C2: referral 1 March, plan 1 April (the day after): not counted.
        // C3: plan 10 March, referral 1 April: without the cut a -22 day wait; the referral is not known at the as-at date: no pair.
        // C4: referral 1 March, looked after 1 April: not counted; C5: referral 1 March, looked after 31 March: 30 days.
        // Open cases: a CP plan from 30 September 2015 that ended 1 April 2017 was open at the as-at date (548 days: listed);
        // a CIN plan starting 1 April 2017 did not exist yet (not listed), even with 12 months' data after it.
        var data = new CaseData
        {
            Referrals = [Ref("C1", "2017-03-01"), Ref("C2", "2017-03-01"), Ref("C3", "2017-04-01"), Ref("C4", "2017-03-01"), Ref("C5", "2017-03-01"), Ref("C6", "2015-09-01")],
            CpPlans = [Cp("C1", "2017-03-31", null), Cp("C2", "2017-04-01", null), Cp("C3", "2017-03-10", null), Cp("C6", "2015-09-30", "2017-04-01") with { CpPlanId = "CP6" }],
            LacEpisodes = [Lac("C4", "2017-04-01", null), Lac("C5", "2017-03-31", null)],
            CinPlans = [Cin("C7", "2017-04-01", null)],
        };
        var r = Drift.Analyse(data, new DriftOptions { AsAt = D("2017-03-31") });
        Assert.Equal([("C1", 30), ("C6", 29)], r.Pairs.Where(p => p.Measure == DriftMeasure.ReferralToCpPlan).Select(p => (p.ChildId, p.Days)));
        Assert.Equal([("C5", 30)], r.Pairs.Where(p => p.Measure == DriftMeasure.ReferralToLookedAfter).Select(p => (p.ChildId, p.Days)));
        Assert.DoesNotContain(r.Pairs, p => p.Measure == DriftMeasure.CpPlanToLookedAfter);
        Assert.Equal(0, Summary(r, DriftMeasure.ReferralToCpPlan, DriftGrouping.All).Negative);
        Assert.Equal([("cp_plan", "CP6", 548)], r.Cases.Select(c => (c.Kind, c.RecordId, c.DaysOpen)));
    }
}
