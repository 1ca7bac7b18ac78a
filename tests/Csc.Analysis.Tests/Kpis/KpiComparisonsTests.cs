using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

public sealed class KpiComparisonsTests
{
    /// <summary>Referrals with the given counts in consecutive months from <paramref name="from"/>.</summary>
    private static CaseData Referrals(string from, params int[] counts)
    {
        var list = new List<Referral>();
        var m = M(from);
        foreach (var c in counts)
        {
            for (var i = 0; i < c; i++)
            {
                list.Add(Referral(m.FirstDay.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
            m = m.Next;
        }
        return new CaseData { Referrals = list };
    }

    private static KpiConfig Rated(string json) => KpiConfig.Parse($$"""{ "kpis": { "referrals": {{json}} } }""", "test");

    [Fact]
    public void For_LastMonthLastYearYtdAndAverage_WorkedByHand()
    {
        // May 2016 .. May 2017
        var data = Referrals("2016-05", 4, 6, 5, 9, 8, 7, 9, 8, 7, 9, 8, 7, 6);
        var r = Run(data, "2016-05", "2017-05", null, KpiIds.Referrals);
        var c = KpiComparisons.For(r, KpiIds.Referrals, M("2017-05"));
        Assert.Equal(new KpiChange(M("2017-04"), 7, -1), c.LastMonth);
        Assert.Equal(new KpiChange(M("2016-05"), 4, 2), c.SameMonthLastYear);
        // YTD: 7 + 6 = 13 now; 0 (April 2016, no referrals) + 4 = 4 a year ago.
        Assert.Equal(new KpiChange(M("2016-05"), 4, 9), c.YtdSamePointLastYear);
        // 2016/17 months in the results: May 2016 to March 2017, summing to 80 over 11 months.
        Assert.Equal(80.0 / 11, c.LastFinancialYearAverage!.Value, 12);
        Assert.Equal(80.0, c.LastFinancialYearYtd);
    }

    [Fact]
    public void ExtremeOf_LowestSinceJuly2016()
    {
        var data = Referrals("2016-05", 4, 6, 5, 9, 8, 7, 9, 8, 7, 9, 8, 7, 6);
        var r = Run(data, "2016-05", "2017-05", null, KpiIds.Referrals);
        var e = KpiComparisons.For(r, KpiIds.Referrals, M("2017-05")).Extreme!;
        // 6 is below every month from August 2016 to April 2017 (9 months); July 2016 had 5.
        Assert.Equal(new KpiExtreme(KpiExtremeKind.Lowest, M("2016-07"), 9), e);
        Assert.Equal("lowest since July 2016", e.Describe());
    }

    [Fact]
    public void ExtremeOf_HighestToDate()
    {
        var r = Run(Referrals("2017-01", 1, 2, 3), "2017-01", "2017-03", null, KpiIds.Referrals);
        var e = KpiComparisons.ExtremeOf(r[KpiIds.Referrals], M("2017-03"))!;
        Assert.Equal("highest to date", e.Describe());
        Assert.Equal(2, e.MonthsBeyond);
    }

    [Fact]
    public void ExtremeOf_SameAsLastMonth_None()
    {
        var r = Run(Referrals("2017-01", 3, 3), "2017-01", "2017-02", null, KpiIds.Referrals);
        Assert.Null(KpiComparisons.ExtremeOf(r[KpiIds.Referrals], M("2017-02")));
    }

    [Fact]
    public void Project_MonthRated_GreenInThreeMonths()
    {
        // Lower is better, target 3, amber to 4: 6 now, falling by 1 a month: 5 red, 4 amber, 3 green.
        var r = Run(Referrals("2017-01", 8, 7, 6), "2017-01", "2017-03", Rated("""{ "target": 3, "amber_band": 1, "polarity": "lower_is_better" }"""), KpiIds.Referrals);
        var p = KpiComparisons.For(r, KpiIds.Referrals, M("2017-03")).Projection!;
        Assert.Equal(new KpiProjection(RateOn.Month, -1, 3, null), p);
    }

    [Fact]
    public void Project_MovingAway_NoMonths()
    {
        var r = Run(Referrals("2017-01", 8, 7, 6), "2017-01", "2017-03", Rated("""{ "target": 10, "amber_band": 2, "polarity": "higher_is_better" }"""), KpiIds.Referrals);
        Assert.Null(KpiComparisons.For(r, KpiIds.Referrals, M("2017-03")).Projection!.MonthsToGreen);
    }

    [Fact]
    public void Project_GreenNow_Zero()
    {
        var r = Run(Referrals("2017-01", 8, 2), "2017-01", "2017-02", Rated("""{ "target": 3, "amber_band": 1, "polarity": "lower_is_better" }"""), KpiIds.Referrals);
        Assert.Equal(0, KpiComparisons.For(r, KpiIds.Referrals, M("2017-02")).Projection!.MonthsToGreen);
    }

    [Fact]
    public void Project_RhiRatedOnYtd_SeedStory()
    {
        // April 6 / 10 = 60%, May 8 / 10 = 80%: YTD 14 / 20 = 70%: amber (target 80, amber from 65) while the month is 80%.
        // Same improvement (+20 points) next month: June 100% of 10, YTD 24 / 30 = 80%: green in 1 month.
        // Needed next month for YTD 80%: (0.8 x 30 - 14) / 10 = 100%.
        var episodes = new List<MissingEpisode>();
        void Month(string day, int within, int total)
        {
            for (var i = 0; i < total; i++)
            {
                episodes.Add(Missing($"{day} 08:00", $"{day} 10:00", i < within ? $"{day} 12:00" : null));
            }
        }
        Month("2017-04-10", 6, 10);
        Month("2017-05-10", 8, 10);
        var r = Run(new CaseData { MissingEpisodes = episodes }, "2017-04", "2017-05", null, KpiIds.RhiWithin72hPct);
        var c = KpiComparisons.For(r, KpiIds.RhiWithin72hPct, M("2017-05"));
        Assert.Equal(Rag.Amber, c.Current.Rag);
        Assert.Equal(RateOn.YearToDate, c.Projection!.Basis);
        Assert.Equal(20.0, c.Projection.RatePerMonth!.Value, 9);
        Assert.Equal(1, c.Projection.MonthsToGreen);
        Assert.Equal(100.0, c.Projection.MonthValueNeeded!.Value, 9);
    }

    [Fact]
    public void For_MonthOutsideResults_ArgumentException()
    {
        var r = Run(Referrals("2017-01", 1), "2017-01", "2017-01", null, KpiIds.Referrals);
        var ex = Assert.Throws<ArgumentException>(() => KpiComparisons.For(r, KpiIds.Referrals, M("2018-01")));
        Assert.StartsWith("2018-01 is not in the results (2017-01 to 2017-01).", ex.Message, StringComparison.Ordinal);
    }
}
