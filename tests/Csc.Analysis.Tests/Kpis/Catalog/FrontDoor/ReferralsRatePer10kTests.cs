using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class ReferralsRatePer10kTests
{
    private static Referral Ref(string child, string date) => new(Id("R"), child, D(date), "SCHOOL", false, "MASH", "W1");

    // mid-2015 for April 2015 to March 2016, mid-2016 for April 2016 to March 2017
    private static readonly PopulationEstimate[] Population = [new(2015, 50_000), new(2016, 40_000)];

    [Fact]
    public void MonthEnds_29February_TheFinancialYearsEstimate_YtdOverTheSamePopulation()
    {
        var data = new CaseData
        {
            Referrals = [Ref("A", "2016-02-29"), Ref("B", "2016-03-01"), Ref("C", "2016-03-31"), Ref("D", "2016-04-01"), Ref("E", "2016-04-30"), Ref("F", "2016-05-01")],
            Population = Population,
        };
        var r = Run(data, "2016-02", "2016-05", null, ReferralsRatePer10k.Id)[ReferralsRatePer10k.Id];
        // February 2016: 29 February, 1 of 50,000 = 0.2; March: 1 and 31 March, 2 × 10,000 / 50,000 = 0.4; YTD (from April 2015) 3 = 0.6
        Assert.Equal((0.2, 1L, 50_000L), (r[M("2016-02")]!.Value!.Value, r[M("2016-02")]!.Numerator!.Value, r[M("2016-02")]!.Denominator!.Value));
        Assert.Equal(0.4, r[M("2016-03")]!.Value!.Value, 12);
        Assert.Equal((0.6, 3L, 50_000L), (r[M("2016-03")]!.YtdValue!.Value, r[M("2016-03")]!.YtdNumerator!.Value, r[M("2016-03")]!.YtdDenominator!.Value));
        // April 2016 (1 and 30 April) is the year of mid-2016: 2 of 40,000 = 0.5, its YTD starts again; May: 0.25, YTD 3 = 0.75
        Assert.Equal((0.5, 2L, 40_000L), (r[M("2016-04")]!.Value!.Value, r[M("2016-04")]!.Numerator!.Value, r[M("2016-04")]!.Denominator!.Value));
        Assert.Equal(0.5, r[M("2016-04")]!.YtdValue!.Value, 12);
        Assert.Equal(0.25, r[M("2016-05")]!.Value!.Value, 12);
        Assert.Equal(0.75, r[M("2016-05")]!.YtdValue!.Value, 12);
    }

    [Fact]
    public void SameDayReferralsOfOneChild_EachCounts()
    {
        var data = new CaseData { Referrals = [Ref("A", "2016-06-15"), Ref("A", "2016-06-15")], Population = Population };
        Assert.Equal([(2L, 40_000L)], N.Counts(data, ReferralsRatePer10k.Id, "2016-06", "2016-06"));
    }

    [Fact]
    public void AYearWithoutAnEstimate_NoValue_PopulationEstimateMissing()
    {
        var data = new CaseData { Referrals = [Ref("A", "2017-03-31"), Ref("B", "2017-04-01")], Population = [new(2017, 40_000)] };
        var results = Run(data, "2017-03", "2017-04", null, ReferralsRatePer10k.Id);
        Assert.Null(results[ReferralsRatePer10k.Id, M("2017-03")]!.Value);
        Assert.Equal(1L, results[ReferralsRatePer10k.Id, M("2017-03")]!.Numerator);
        Assert.Equal(0.25, results[ReferralsRatePer10k.Id, M("2017-04")]!.Value);
        var issue = Assert.Single(results.Issues);
        Assert.Equal((KpiRules.PopulationEstimateMissing.Id, "2016"), (issue.RuleId, issue.Value));
    }

    [Fact]
    public void NoPopulation_Unavailable()
    {
        var data = new CaseData { Referrals = [Ref("A", "2017-05-01")] }.Supplying(CaseTable.Referrals);
        Assert.False(Run(data, "2017-05", "2017-05", null, ReferralsRatePer10k.Id)[ReferralsRatePer10k.Id].IsAvailable);
    }
}
