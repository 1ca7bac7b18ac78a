using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class IcpcRatePer10kTests
{
    private static readonly PopulationEstimate[] Population = [new(2015, 50_000), new(2016, 40_000)];

    [Fact]
    public void ByTheConferencesMonth_MonthEnds_29February_NotRequiredAndBlankLeftOut()
    {
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("2016-02-10", "2016-02-29"), // February
                S47("2016-02-26", "2016-03-31"), // March (the conference's month, not the strategy discussion's)
                S47("2016-03-20", "2016-03-31"), // the same day: conferences count, not children
                S47("2016-03-01", null),         // no conference (yet): not counted
                S47("2016-03-01", null, notRequired: true), // not required: not counted
                S47("2016-03-25", "2016-04-01"), // April, the year of mid-2016
            ],
            Population = Population,
        };
        var r = Run(data, "2016-02", "2016-04", null, IcpcRatePer10k.Id)[IcpcRatePer10k.Id];
        Assert.Equal(0.2, r[M("2016-02")]!.Value!.Value, 12);
        Assert.Equal((0.4, 2L, 50_000L), (r[M("2016-03")]!.Value!.Value, r[M("2016-03")]!.Numerator!.Value, r[M("2016-03")]!.Denominator!.Value));
        Assert.Equal(0.6, r[M("2016-03")]!.YtdValue!.Value, 12);
        Assert.Equal(0.25, r[M("2016-04")]!.Value!.Value, 12);
    }

    [Fact]
    public void AYearWithoutAnEstimate_NoValue_PopulationEstimateMissing()
    {
        var data = new CaseData { Section47Enquiries = [S47("2017-03-01", "2017-03-31")], Population = [new(2017, 40_000)] };
        var results = Run(data, "2017-03", "2017-03", null, IcpcRatePer10k.Id);
        Assert.Null(results[IcpcRatePer10k.Id, M("2017-03")]!.Value);
        Assert.Equal(KpiRules.PopulationEstimateMissing.Id, Assert.Single(results.Issues).RuleId);
    }

    [Fact]
    public void NoPopulation_Unavailable()
    {
        var data = new CaseData { Section47Enquiries = [S47("2017-05-01", "2017-05-10")] }.Supplying(CaseTable.Section47);
        Assert.False(Run(data, "2017-05", "2017-05", null, IcpcRatePer10k.Id)[IcpcRatePer10k.Id].IsAvailable);
    }
}
