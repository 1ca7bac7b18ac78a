using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

public sealed class LookedAfterKpisTests
{
    private static CaseData LacData() => new()
    {
        Children = [Child("L1", "2000-06-15"), Child("L3", "2010-01-01"), Child("L4", "2001-05-31"), Child("L6", "2010-01-01")],
        LacEpisodes =
        [
            Lac("L1", "2017-01-10", "2017-03-05", "V2", "X1", insideLa: true, miles: 3),
            Lac("L1", "2017-03-05", null, "C2", insideLa: false, miles: 25),
            Lac("L2", "2017-01-01", null, "V3"),                                // short break: excluded
            Lac("L3", "2016-06-01", "2017-05-31", "C2", "E11", insideLa: false, miles: 20), // adopted on 31 May
            Lac("L4", "2016-06-01", "2017-05-15", "V2", "E4A", insideLa: true, miles: null), // returned home 15 May
            Lac("L5", "2016-06-01", "2017-05-03", "V2", "X1", insideLa: null, miles: 30),
            Lac("L5", "2017-05-03", null, "C1", insideLa: true, miles: 30),       // X1: care continues
            Lac("L6", "2016-06-01", null, "E1", insideLa: true, miles: 2),
        ],
        Advocacy = [Advocacy("L1", "2017-05-01", null), Advocacy("X9", "2017-05-01", null), Advocacy("L4", "2017-01-01", null)],
    };

    [Fact]
    public void Lac_ShortBreaksAndEpisodeChains_WorkedByHand()
    {
        var r = Run(LacData(), "2017-04", "2017-05");
        // 30 April: L1, L3, L4, L5, L6 = 5. 31 May: L1, L5, L6 = 3 (L3 ended on 31 May, L4 on 15 May; L2 is a short break).
        Assert.Equal([5.0, 3.0], r[KpiIds.Lac].Results.Select(x => x.Value!.Value));
        var may = M("2017-05");
        // Outside the area at 31 May: L1 only (L5 and L6 inside): 1 / 3.
        Assert.Equal((1L, 3L), (r[KpiIds.LacOutsideLaPct, may]!.Numerator!.Value, r[KpiIds.LacOutsideLaPct, may]!.Denominator!.Value));
        // Over 20 miles: L1 (25) and L5 (30) of 3 known.
        Assert.Equal((2L, 3L), (r[KpiIds.LacOver20MilesPct, may]!.Numerator!.Value, r[KpiIds.LacOver20MilesPct, may]!.Denominator!.Value));
        // April: L1 25, L3 20 (not over: 20 is not more than 20), L4 unknown (left out), L5 30, L6 2: 2 / 4.
        Assert.Equal((2L, 4L), (r[KpiIds.LacOver20MilesPct, M("2017-04")]!.Numerator!.Value, r[KpiIds.LacOver20MilesPct, M("2017-04")]!.Denominator!.Value));
        // Section 20 at 30 April: L4, L5 (V2) of 5; care orders: L1 (C2), L3 (C2) of 5. At 31 May: s20 none; care orders L1 (C2), L5 (C1).
        Assert.Equal([2L, 0L], r[KpiIds.LacS20Pct].Results.Select(x => x.Numerator!.Value));
        Assert.Equal([2L, 2L], r[KpiIds.LacCareOrderPct].Results.Select(x => x.Numerator!.Value));
    }

    [Fact]
    public void LacCeasedPermanency_X1NotCeased_AdoptionCounts()
    {
        var r = Run(LacData(), "2017-05", "2017-05", null, KpiIds.LacCeasedPermanencyPct);
        var may = r[KpiIds.LacCeasedPermanencyPct, M("2017-05")]!;
        // Ceased in May: L3 (E11, adoption) and L4 (E4A); L5's X1 is not ceasing: 1 / 2 = 50%.
        Assert.Equal((1L, 2L, 50.0), (may.Numerator!.Value, may.Denominator!.Value, may.Value!.Value));
    }

    [Theory]
    [InlineData("E41", false, 0)]
    [InlineData("E41", true, 1)]
    [InlineData("E45", false, 1)]
    [InlineData("E4B", false, 0)]
    public void LacCeasedPermanency_ReasonCodes(string reason, bool includeCao, long expected)
    {
        var data = new CaseData { LacEpisodes = [Lac("A", "2016-01-01", "2017-05-10", "C2", reason)] };
        var config = new KpiConfig { Timescales = new KpiTimescales { PermanencyIncludesChildArrangementsOrders = includeCao } };
        var may = Run(data, "2017-05", "2017-05", config, KpiIds.LacCeasedPermanencyPct)[KpiIds.LacCeasedPermanencyPct, M("2017-05")]!;
        Assert.Equal((expected, 1L), (may.Numerator!.Value, may.Denominator!.Value));
    }

    [Fact]
    public void LacAged16To17_SixteenOnMonthEnd_WorkedByHand()
    {
        var r = Run(LacData(), "2017-05", "2017-05", null, KpiIds.LacAged1617Pct);
        var may = r[KpiIds.LacAged1617Pct, M("2017-05")]!;
        // 31 May 2017: L1 (born 15 Jun 2000) is 16; L5 has no child row (not in the numerator); L6 is 7: 1 / 3.
        Assert.Equal((1L, 3L), (may.Numerator!.Value, may.Denominator!.Value));
    }

    [Fact]
    public void LacAged16To17_LeapDayBirthday_EighteenOnFirstMarch()
    {
        // Born 29 Feb 2000: 16 on 29 Feb 2016; 18 on 1 March 2018 (2018 is not a leap year).
        var data = new CaseData
        {
            Children = [Child("A", "2000-02-29")],
            LacEpisodes = [Lac("A", "2015-01-01", null)],
        };
        var s = Run(data, "2016-01", "2018-03", null, KpiIds.LacAged1617Pct)[KpiIds.LacAged1617Pct];
        Assert.Equal(0L, s[M("2016-01")]!.Numerator); // 15 on 31 Jan 2016
        Assert.Equal(1L, s[M("2016-02")]!.Numerator); // 16 on 29 Feb 2016
        Assert.Equal(1L, s[M("2018-02")]!.Numerator); // still 17 on 28 Feb 2018
        Assert.Equal(0L, s[M("2018-03")]!.Numerator); // 18 on 31 Mar 2018
    }

    [Fact]
    public void Advocacy_BothDirections_WorkedByHand()
    {
        var r = Run(LacData(), "2017-04", "2017-05", null, KpiIds.LacWithAdvocatePct, KpiIds.AdvocacyLacPct);
        // April: LAC L1, L3, L4, L5, L6; advocacy open at 30 Apr: L4 (from 1 Jan). L4 is LAC: 1 / 5 and 1 / 1.
        // May: LAC L1, L5, L6; advocacy open at 31 May: L1, X9, L4. Both: L1: 1 / 3 and 1 / 3.
        var withAdvocate = r[KpiIds.LacWithAdvocatePct];
        Assert.Equal([(1L, 5L), (1L, 3L)], withAdvocate.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
        var advocacyLac = r[KpiIds.AdvocacyLacPct];
        Assert.Equal([(1L, 1L), (1L, 3L)], advocacyLac.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }
}
