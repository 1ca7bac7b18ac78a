using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpPlansRatePer10kTests
{
    private static readonly PopulationEstimate[] Population = [new(2015, 50_000), new(2016, 40_000)];

    [Fact]
    public void ChildrenOnAPlanAtMonthEnd_EachChildOnce_OverTheYearsEstimate()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2016-02-29", null),         // from 29 February 2016, a month end
                Cp("A", "2016-03-10", "2016-05-01"), // overlapping second plan of A: A counts once
                Cp("B", "2016-01-05", "2016-03-31"), // ends on 31 March: on a plan at 29 February, not at 31 March
                Cp("C", "2016-03-31", "2016-04-30"), // starts on the month end: in March; ends on 30 April: not in April
                Cp("D", "2016-04-30", "2016-04-30"), // starts and ends on the same day: never open at a month end
            ],
            Population = Population,
        };
        var r = Run(data, "2016-02", "2016-04", null, CpPlansRatePer10k.Id)[CpPlansRatePer10k.Id];
        // 29 February: A, B = 2 of 50,000 = 0.4; 31 March: A, C = 0.4; 30 April: A = 1 of 40,000 = 0.25
        Assert.Equal((0.4, 2L, 50_000L), (r[M("2016-02")]!.Value!.Value, r[M("2016-02")]!.Numerator!.Value, r[M("2016-02")]!.Denominator!.Value));
        Assert.Equal(0.4, r[M("2016-03")]!.Value!.Value, 12);
        Assert.Equal((0.25, 1L, 40_000L), (r[M("2016-04")]!.Value!.Value, r[M("2016-04")]!.Numerator!.Value, r[M("2016-04")]!.Denominator!.Value));
        Assert.Null(r[M("2016-04")]!.YtdValue); // a snapshot rate has no year to date
    }

    [Fact]
    public void AYearWithoutAnEstimate_NoValue_PopulationEstimateMissing()
    {
        var data = new CaseData { CpPlans = [Cp("A", "2017-01-01", null)], Population = [new(2017, 40_000)] };
        var results = Run(data, "2017-03", "2017-04", null, CpPlansRatePer10k.Id);
        Assert.Null(results[CpPlansRatePer10k.Id, M("2017-03")]!.Value);
        Assert.Equal(0.25, results[CpPlansRatePer10k.Id, M("2017-04")]!.Value);
        Assert.Equal((KpiRules.PopulationEstimateMissing.Id, "2016"), (Assert.Single(results.Issues).RuleId, results.Issues[0].Value));
    }

    [Fact]
    public void NoPopulation_Unavailable()
    {
        var data = new CaseData { CpPlans = [Cp("A", "2017-01-01", null)] }.Supplying(CaseTable.CpPlans);
        Assert.False(Run(data, "2017-05", "2017-05", null, CpPlansRatePer10k.Id)[CpPlansRatePer10k.Id].IsAvailable);
    }
}
