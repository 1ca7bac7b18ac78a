using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Investigations;

public sealed class RateAttributionTests
{
    private static readonly Dictionary<string, RateCount> Before = new()
    {
        ["A"] = new(8, 10),   // 80%, share 10/20
        ["B"] = new(7, 10),   // 70%, share 10/20
    };

    private static readonly Dictionary<string, RateCount> After = new()
    {
        ["A"] = new(2, 10),   // 20%, share 10/25
        ["B"] = new(12, 15),  // 80%, share 15/25
    };

    [Fact]
    public void Decompose_HandWorked()
    {
        // overall 15/20 = 75% → 14/25 = 56%: change -19 points.
        // A: rate (20-80)·(0.5+0.4)/2 = -27; mix (0.4-0.5)·(80+20)/2 = -5; total -32.
        // B: rate (80-70)·(0.5+0.6)/2 = 5.5; mix (0.6-0.5)·(70+80)/2 = 7.5; total 13. Sum -19.
        var r = RateAttribution.Decompose("kpi", "team", "2017-04", "2017-05", Before, After);
        Assert.Equal(-19, r.Change, 12);
        var a = r.Contributions[0];
        Assert.Equal("A", a.Group);
        Assert.Equal(-27, a.RateEffect, 12);
        Assert.Equal(-5, a.MixEffect, 12);
        var b = r.Contributions[1];
        Assert.Equal(5.5, b.RateEffect, 12);
        Assert.Equal(7.5, b.MixEffect, 12);
        Assert.Equal(r.Change, r.Contributions.Sum(c => c.Total), 12);
    }

    [Fact]
    public void Decompose_GroupOnlyInOnePeriod_IsAllMix()
    {
        // C appears only after with 1/5 (20%): rate effect 0, mix (5/30 - 0)·20 = 3.333.
        var after = new Dictionary<string, RateCount>(After) { ["C"] = new(1, 5) };
        var r = RateAttribution.Decompose("kpi", "team", "p0", "p1", Before, after);
        var c = r.Contributions.Single(x => x.Group == "C");
        Assert.Equal(0, c.RateEffect);
        Assert.Equal(100.0 / 30, c.MixEffect, 12);
        Assert.Equal(r.Change, r.Contributions.Sum(x => x.Total), 12);
    }

    [Fact]
    public void Decompose_RandomGroups_ContributionsSumToTheChange()
    {
        var rng = new Random(3);
        for (var trial = 0; trial < 200; trial++)
        {
            var b = new Dictionary<string, RateCount>();
            var a = new Dictionary<string, RateCount>();
            for (var g = 0; g < rng.Next(1, 12); g++)
            {
                if (rng.NextDouble() < 0.85)
                {
                    var d = rng.Next(1, 60);
                    b[$"g{g}"] = new(rng.Next(0, d + 1), d);
                }
                if (rng.NextDouble() < 0.85)
                {
                    var d = rng.Next(1, 60);
                    a[$"g{g}"] = new(rng.Next(0, d + 1), d);
                }
            }
            if (b.Count == 0 || a.Count == 0)
            {
                continue;
            }
            var r = RateAttribution.Decompose("kpi", "team", "p0", "p1", b, a);
            Assert.Equal(r.Change, r.Contributions.Sum(x => x.Total), 10);
        }
    }

    [Fact]
    public void Decompose_FromContributions_UsesOnlyTheTwoMonths()
    {
        var may = new ReportingMonth(2017, 5);
        var apr = may.Previous;
        KpiContribution C(ReportingMonth m, bool num, string team)
            => new("kpi", m, "referral", "r", "c", m.LastDay, num, true, new KpiGroupKeys(team, "w", "1-4", "C2", "x"), team);
        var records = new[]
        {
            C(apr, true, "A"), C(apr, true, "A"), C(apr, false, "B"),
            C(may, false, "A"), C(may, true, "B"), C(may, true, "B"),
            C(new ReportingMonth(2017, 1), false, "A"),
        };
        var r = RateAttribution.Decompose("kpi", records, c => (string)c.Record, "team", apr, may);
        var typed = RateAttribution.Decompose("kpi", records, KpiDimension.Team, apr, may);
        Assert.Equal(r.Contributions, typed.Contributions);
        Assert.Equal(200.0 / 3, r.RateBefore, 12);
        Assert.Equal(200.0 / 3, r.RateAfter, 12);
        Assert.Equal(0, r.Contributions.Sum(c => c.Total), 12);
    }

    [Fact]
    public void Decompose_Text_NamesTheLargestContributor()
    {
        var r = RateAttribution.Decompose("icpc_within_15wd_pct", "team", "2017-04", "2017-05", Before, After);
        Assert.Contains("from 75% in 2017-04 to 56% in 2017-05 (-19 points)", r.Finding);
        Assert.Contains("A -32 points (mainly its own rate 80% → 20%)", r.Finding);
        var flipped = RateAttribution.Decompose("icpc_within_15wd_pct", "team", "2017-04", "2017-05", After, Before);
        Assert.NotEqual(r.Finding, flipped.Finding);
    }

    [Fact]
    public void Decompose_EmptyPeriod_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => RateAttribution.Decompose("kpi", "team", "p0", "p1", new Dictionary<string, RateCount>(), After));
        Assert.Contains("kpi has no denominator in p0", ex.Message);
    }
}

public sealed class RateAttributionForKpiTests
{
    [Fact]
    public void ForKpi_IcpcTimelinessByTeam_UsesTheKpiEngineAndSumsToChange()
    {
        // April: team A 2 conferences both within 15 WD; May: team A 1 late (16 WD), team B 1 within.
        // 100% → 50%: A rate (0-100)·(1+0.5)/2 = -75, mix (0.5-1)·(100+0)/2 = -25; B mix (0.5-0)·100 = +50 → -50.
        var data = new CaseData
        {
            Section47Enquiries =
            [
                Build.S47("a1", "c1", "2017-04-03", "2017-04-10", team: "A"),
                Build.S47("a2", "c2", "2017-04-03", "2017-04-12", team: "A"),
                Build.S47("a3", "c3", "2017-05-02", "2017-05-24", team: "A"),
                Build.S47("b1", "c4", "2017-05-02", "2017-05-10", team: "B"),
            ],
        };
        var r = RateAttribution.ForKpi(data, "icpc_within_15wd_pct", "team", new ReportingMonth(2017, 4), new ReportingMonth(2017, 5));
        Assert.Equal(-50, r.Change, 12);
        var a = r.Contributions.Single(c => c.Group == "A");
        Assert.Equal(-75, a.RateEffect, 12);
        Assert.Equal(-25, a.MixEffect, 12);
        Assert.Equal(50, r.Contributions.Single(c => c.Group == "B").MixEffect, 12);
        Assert.Equal(r.Change, r.Contributions.Sum(c => c.Total), 12);
    }

    [Fact]
    public void ForKpi_CountKpi_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => RateAttribution.ForKpi(CaseData.Empty, "icpcs", "team", new ReportingMonth(2017, 4), new ReportingMonth(2017, 5)));
        Assert.Contains("icpcs is not a percentage", ex.Message);
    }

    [Fact]
    public void ForKpi_ByAgeBand_UsesTheChildsAgeOnTheConferenceDate()
    {
        // c1 born 2016-04-11 is 0 on 10 April 2017 (under 1) and c4 born 2016-05-10 is 1 on 10 May 2017 (1-4);
        // c2 and c3 are 12 (10-15). April: under 1 1/1, 10-15 1/1 = 100%. May: 1-4 1/1, 10-15 0/1 (16 WD) = 50%.
        // 10-15: rate (0-100)·(0.5+0.5)/2 = -50, mix 0. under 1: gone, rate 0, mix (0-0.5)·(100+100)/2 = -50.
        // 1-4: new, rate 0, mix (0.5-0)·100 = +50. Sum -50.
        var data = new CaseData
        {
            Children =
            [
                Child("c1", "2016-04-11"), Child("c2", "2005-01-01"), Child("c3", "2005-01-01"), Child("c4", "2016-05-10"),
            ],
            Section47Enquiries =
            [
                Build.S47("a1", "c1", "2017-04-03", "2017-04-10"),
                Build.S47("a2", "c2", "2017-04-03", "2017-04-12"),
                Build.S47("a3", "c3", "2017-05-02", "2017-05-24"),
                Build.S47("b1", "c4", "2017-05-02", "2017-05-10"),
            ],
        };
        var r = RateAttribution.ForKpi(data, "icpc_within_15wd_pct", KpiDimension.AgeBand, new ReportingMonth(2017, 4), new ReportingMonth(2017, 5));
        Assert.Equal("age band", r.GroupBy);
        Assert.Equal(-50, r.Change, 12);
        Assert.Equal(-50, r.Contributions.Single(c => c.Group == "10-15").RateEffect, 12);
        Assert.Equal(-50, r.Contributions.Single(c => c.Group == "under 1").MixEffect, 12);
        Assert.Equal(50, r.Contributions.Single(c => c.Group == "1-4").MixEffect, 12);
        Assert.Equal(r.Change, r.Contributions.Sum(c => c.Total), 12);
        Assert.Equal(r.Contributions, RateAttribution.ForKpi(data, "icpc_within_15wd_pct", "age_band", new ReportingMonth(2017, 4), new ReportingMonth(2017, 5)).Contributions);
    }

    [Fact]
    public void ForKpi_UnknownGroupingId_NamesTheAllowedOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => RateAttribution.ForKpi(CaseData.Empty, "icpc_within_15wd_pct", "region", new ReportingMonth(2017, 4), new ReportingMonth(2017, 5)));
        Assert.StartsWith("Unknown grouping 'region': use team, worker, age_band, legal_status, category.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForKpi_ARecordWithoutTheField_IsNotRecorded()
    {
        // a conference with no team: its group is "(not recorded)"
        var data = new CaseData
        {
            Section47Enquiries =
            [
                Build.S47("a1", "c1", "2017-04-03", "2017-04-10", team: null!),
                Build.S47("b1", "c2", "2017-05-02", "2017-05-10", team: null!),
            ],
        };
        var r = RateAttribution.ForKpi(data, "icpc_within_15wd_pct", KpiDimension.Team, new ReportingMonth(2017, 4), new ReportingMonth(2017, 5));
        Assert.Equal([KpiGroupKeys.NotRecorded], r.Contributions.Select(c => c.Group));
    }

    private static Child Child(string id, string dob) => new(id, null, Build.D(dob), null, null, null);
}
