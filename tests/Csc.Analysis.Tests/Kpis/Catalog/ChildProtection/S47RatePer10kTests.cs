using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class S47RatePer10kTests
{
    private static readonly PopulationEstimate[] Population = [new(2015, 50_000), new(2016, 40_000)];

    [Fact]
    public void ByTheStrategyDiscussionsMonth_MonthEnds_29February()
    {
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("2016-02-29", "2016-03-10"), // February (the strategy discussion, not the ICPC)
                S47("2016-03-31", null),         // March
                S47("2016-03-31", null, notRequired: true), // the same day, no conference needed: still an enquiry
                S47("2016-04-01", "2016-04-20"), // April, the year of mid-2016
            ],
            Population = Population,
        };
        var r = Run(data, "2016-02", "2016-04", null, S47RatePer10k.Id)[S47RatePer10k.Id];
        Assert.Equal(0.2, r[M("2016-02")]!.Value!.Value, 12);      // 1 × 10,000 / 50,000
        Assert.Equal(0.4, r[M("2016-03")]!.Value!.Value, 12);      // 2 of 50,000
        Assert.Equal(0.6, r[M("2016-03")]!.YtdValue!.Value, 12);   // 3 in April 2015 to March 2016
        Assert.Equal((0.25, 1L, 40_000L), (r[M("2016-04")]!.Value!.Value, r[M("2016-04")]!.Numerator!.Value, r[M("2016-04")]!.Denominator!.Value));
    }

    [Fact]
    public void AYearWithoutAnEstimate_NoValue_PopulationEstimateMissing()
    {
        var data = new CaseData { Section47Enquiries = [S47("2017-03-31", null), S47("2017-04-01", null)], Population = [new(2016, 40_000)] };
        var results = Run(data, "2017-03", "2017-04", null, S47RatePer10k.Id);
        Assert.Equal(0.25, results[S47RatePer10k.Id, M("2017-03")]!.Value);
        Assert.Null(results[S47RatePer10k.Id, M("2017-04")]!.Value);
        Assert.Equal((KpiRules.PopulationEstimateMissing.Id, "2017"), (Assert.Single(results.Issues).RuleId, results.Issues[0].Value));
    }

    [Fact]
    public void NoPopulation_Unavailable()
    {
        var data = new CaseData { Section47Enquiries = [S47("2017-05-01", null)] }.Supplying(CaseTable.Section47);
        Assert.False(Run(data, "2017-05", "2017-05", null, S47RatePer10k.Id)[S47RatePer10k.Id].IsAvailable);
    }
}
