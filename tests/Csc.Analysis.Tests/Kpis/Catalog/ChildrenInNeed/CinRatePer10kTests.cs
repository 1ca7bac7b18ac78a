using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildrenInNeed;

public sealed class CinRatePer10kTests
{
    [Fact]
    public void ChildrenInNeedOverTheYearsEstimate_WorkedByHand()
    {
        // the children of ChildrenInNeedTests: 1, 2, 3, 2 at the month ends of January to April 2016
        var data = ChildrenInNeedTests.Data() with { Population = [new(2015, 50_000), new(2016, 40_000)] };
        var r = Run(data, "2016-01", "2016-04", null, CinRatePer10k.Id)[CinRatePer10k.Id];
        Assert.Equal(0.2, r[M("2016-01")]!.Value!.Value, 12);  // 1 × 10,000 / 50,000
        Assert.Equal(0.4, r[M("2016-02")]!.Value!.Value, 12);  // 29 February: A and E; B closed on the day
        Assert.Equal((0.6, 3L, 50_000L), (r[M("2016-03")]!.Value!.Value, r[M("2016-03")]!.Numerator!.Value, r[M("2016-03")]!.Denominator!.Value));
        Assert.Equal((0.5, 2L, 40_000L), (r[M("2016-04")]!.Value!.Value, r[M("2016-04")]!.Numerator!.Value, r[M("2016-04")]!.Denominator!.Value));
        Assert.Null(r[M("2016-04")]!.YtdValue);
    }

    [Fact]
    public void AYearWithoutAnEstimate_NoValue_PopulationEstimateMissing()
    {
        var data = ChildrenInNeedTests.Data() with { Population = [new(2016, 40_000)] };
        var results = Run(data, "2016-03", "2016-04", null, CinRatePer10k.Id);
        Assert.Null(results[CinRatePer10k.Id, M("2016-03")]!.Value);
        Assert.Equal(3L, results[CinRatePer10k.Id, M("2016-03")]!.Numerator);
        Assert.Equal(0.5, results[CinRatePer10k.Id, M("2016-04")]!.Value);
        Assert.Equal((KpiRules.PopulationEstimateMissing.Id, "2015"), (Assert.Single(results.Issues).RuleId, results.Issues[0].Value));
    }

    [Fact]
    public void WithoutClosureDatesOrPopulation_Unavailable()
    {
        var noClosure = new CaseData { Referrals = [Referral("2016-05-01")], Population = [new(2016, 40_000)] };
        Assert.False(Run(noClosure, "2016-05", "2016-05", null, CinRatePer10k.Id)[CinRatePer10k.Id].IsAvailable);
        var noPopulation = ChildrenInNeedTests.Data();
        Assert.False(Run(noPopulation, "2016-04", "2016-04", null, CinRatePer10k.Id)[CinRatePer10k.Id].IsAvailable);
    }
}
