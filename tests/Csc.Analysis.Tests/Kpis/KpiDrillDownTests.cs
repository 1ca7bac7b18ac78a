using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

public sealed class KpiDrillDownTests
{
    private static CaseData Data() => new()
    {
        Children = [Child("A", "2010-03-01"), Child("B", "2016-12-01"), Child("C", "2000-01-01")],
        CpPlans =
        [
            Cp("A", "2017-01-05", null, "NEG", "CP1"),
            Cp("B", "2017-02-05", null, "EMO", "CP2"),
            Cp("C", "2017-02-05", "2017-04-30", "NEG", "CP1"),
        ],
        CpVisits = [Visit("A", "2017-04-27"), Visit("B", "2017-04-03")],
        Section47Enquiries = [S47("2017-04-03", "2017-04-05", team: "CP1"), S47("2017-04-03", "2017-04-28", team: "CP2"), S47("2017-04-03", "2017-04-04", team: null)],
    };

    [Fact]
    public void By_CpPlansByTeamInApril_WorkedByHand()
    {
        // At 30 April: A (CP1), B (CP2); C's plan ended on 30 April.
        var groups = KpiDrillDown.By(Data(), KpiIds.CpPlans, M("2017-04"), KpiDimension.Team);
        Assert.Equal([("CP1", 1L), ("CP2", 1L)], groups.Select(g => (g.Key, g.Numerator)));
        Assert.All(groups, g => Assert.Null(g.Denominator));
    }

    [Fact]
    public void By_ARateByTeam_EachGroupOverTheWholePopulation()
    {
        // April 2017: MASH two referrals, CSC one; the whole borough's 40,000 children is every group's denominator,
        // so the groups' rates (0.5 and 0.25) add up to the rate (0.75)
        var data = new CaseData
        {
            Referrals = [Referral("2017-04-03"), Referral("2017-04-30"), Referral("2017-04-10") with { Team = "CSC" }],
            Population = [new(2017, 40_000)],
        };
        var options = new KpiEngineOptions { Catalog = KpiRatePer10kTests.Catalog };
        var groups = KpiDrillDown.By(data, KpiRatePer10kTests.Id, M("2017-04"), KpiDimension.Team, options);
        Assert.Equal(
            [("MASH", 2L, 40_000L, 0.5), ("CSC", 1L, 40_000L, 0.25)],
            groups.Select(g => (g.Key, g.Numerator, g.Denominator!.Value, g.Value!.Value)));
        // without an estimate for the month, no denominator and no value
        var none = KpiDrillDown.Group(KpiRatePer10kTests.Definition,
            KpiContributions.For(data, KpiRatePer10kTests.Id, M("2017-04"), options), KpiDimension.Team, [new(2016, 40_000)]);
        Assert.All(none, g => Assert.Null(g.Value));
        Assert.All(none, g => Assert.Null(g.Denominator));
    }

    [Fact]
    public void By_IcpcByTeam_NumeratorAndDenominator()
    {
        var groups = KpiDrillDown.By(Data(), KpiIds.IcpcWithin15WdPct, M("2017-04"), KpiDimension.Team);
        // CP1: 2 WD within; CP2: 3 Apr to 28 Apr = 16 WD (Easter 14 and 17 April): not; no team: within.
        Assert.Equal(
            [("(not recorded)", 1L, 1L, 100.0), ("CP1", 1L, 1L, 100.0), ("CP2", 0L, 1L, 0.0)],
            groups.Select(g => (g.Key, g.Numerator, g.Denominator!.Value, g.Value!.Value)));
    }

    [Fact]
    public void Contributions_AddUpToEngine_ForEveryKpiAndMonth()
    {
        var data = Data();
        var results = Run(data, "2017-01", "2017-05");
        foreach (var series in results.Series)
        {
            var contributions = KpiContributions.For(data, series.Id, M("2017-01"), M("2017-05"));
            foreach (var r in series.Results.Where(r => r.Numerator is not null))
            {
                var month = contributions.Where(c => c.Month == r.Month).ToList();
                Assert.Equal(r.Numerator, month.Count(c => c.InNumerator));
                if (r.Denominator is { } den)
                {
                    Assert.Equal(den, month.Count(c => c.InDenominator));
                }
            }
        }
    }

    [Fact]
    public void Contributions_CpVisits_OneRowPerChildWithBothFlags()
    {
        // 30 April: A (from 5 Jan) and B (from 5 Feb) and C are measured; A visited 27 Apr (1 WD before): in numerator;
        // B visited 3 Apr (18 WD before): not; C not visited.
        var c = KpiContributions.For(Data(), KpiIds.CpVisitsWithin15WdPct, M("2017-04"));
        Assert.Equal(
            [("A", true, true), ("B", false, true)],
            c.Select(x => (x.ChildId, x.InNumerator, x.InDenominator)).OrderBy(x => x.ChildId));
        Assert.All(c, x => Assert.Equal(D("2017-04-30"), x.Date));
        Assert.All(c, x => Assert.Equal("cp_plan", x.RecordType));
    }

    [Fact]
    public void By_AgeBandAndCategory_FromChildAndPlan()
    {
        // 31 March 2017: A is 7 (5-9), B is 0 (under 1), C is 17 (16-17).
        var ages = KpiDrillDown.By(Data(), KpiIds.CpPlans, M("2017-03"), KpiDimension.AgeBand);
        Assert.Equal(["16-17", "5-9", "under 1"], ages.Select(g => g.Key).Order(StringComparer.Ordinal));
        var categories = KpiDrillDown.By(Data(), KpiIds.CpPlans, M("2017-03"), KpiDimension.Category);
        Assert.Equal([("NEG", 2L), ("EMO", 1L)], categories.Select(g => (g.Key, g.Numerator)));
    }

    [Theory]
    [InlineData(null, "(not recorded)")]
    [InlineData(0, "under 1")]
    [InlineData(4, "1-4")]
    [InlineData(9, "5-9")]
    [InlineData(15, "10-15")]
    [InlineData(17, "16-17")]
    [InlineData(18, "18+")]
    public void AgeBandOf_Boundaries(int? age, string band) => Assert.Equal(band, KpiGroupKeys.AgeBandOf(age));
}
