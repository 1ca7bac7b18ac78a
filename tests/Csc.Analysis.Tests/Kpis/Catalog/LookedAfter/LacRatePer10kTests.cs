using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacRatePer10kTests
{
    private static readonly PopulationEstimate[] Population = [new(2015, 50_000), new(2016, 40_000)];

    [Fact]
    public void ChildrenLookedAfterAtMonthEnd_ChainsOnce_ShortBreaksOut()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Ep("A", "2016-01-10", "2016-02-29", "S", "X1"), // a chain: a new placement on 29 February,
                Ep("A", "2016-02-29", null, "P"),                // A counts once at every month end
                Ep("B", "2016-02-01", "2016-03-31", "S", "E13"), // leaves on 31 March: looked after at 29 February only
                Ep("C", "2016-03-31", null, "S"),                // comes into care on the month end: in March
                Ep("D", "2016-02-01", null, "S", null, "V3"),    // a short break: not looked after
                Ep("E", "2016-04-30", "2016-04-30", "S", "E13"), // in and out the same day: never at a month end
            ],
            Population = Population,
        };
        var r = Run(data, "2016-02", "2016-04", null, LacRatePer10k.Id)[LacRatePer10k.Id];
        // 29 February: A, B = 2 × 10,000 / 50,000 = 0.4; 31 March: A, C = 0.4; 30 April: A, C = 2 of 40,000 = 0.5
        Assert.Equal((0.4, 2L, 50_000L), (r[M("2016-02")]!.Value!.Value, r[M("2016-02")]!.Numerator!.Value, r[M("2016-02")]!.Denominator!.Value));
        Assert.Equal(0.4, r[M("2016-03")]!.Value!.Value, 12);
        Assert.Equal((0.5, 2L, 40_000L), (r[M("2016-04")]!.Value!.Value, r[M("2016-04")]!.Numerator!.Value, r[M("2016-04")]!.Denominator!.Value));
        Assert.Null(r[M("2016-04")]!.YtdValue);
    }

    [Fact]
    public void AYearWithoutAnEstimate_NoValue_PopulationEstimateMissing()
    {
        var data = new CaseData { LacEpisodes = [Ep("A", "2017-01-01", null)], Population = [new(2016, 40_000)] };
        var results = Run(data, "2017-03", "2017-04", null, LacRatePer10k.Id);
        Assert.Equal(0.25, results[LacRatePer10k.Id, M("2017-03")]!.Value);
        Assert.Null(results[LacRatePer10k.Id, M("2017-04")]!.Value);
        Assert.Equal(KpiRules.PopulationEstimateMissing.Id, Assert.Single(results.Issues).RuleId);
    }

    [Fact]
    public void NoPopulation_Unavailable()
    {
        var data = new CaseData { LacEpisodes = [Ep("A", "2017-01-01", null)] }.Supplying(CaseTable.LacEpisodes);
        Assert.False(Run(data, "2017-05", "2017-05", null, LacRatePer10k.Id)[LacRatePer10k.Id].IsAvailable);
    }
}
