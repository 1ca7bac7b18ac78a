using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.Placements;

public sealed class LacOver20MilesPctTests
{
    [Fact]
    public void MoreThanTwentyMiles_UnknownDistanceLeftOut()
    {
        var s = Run(LacTests.LacData(), "2017-04", "2017-05", null, LacOver20MilesPct.Id)[LacOver20MilesPct.Id];
        // April: L1 25, L3 20 (not over: 20 is not more than 20), L4 unknown (left out), L5 30, L6 2: 2 / 4.
        // May: L1 (25) and L5 (30) of L1, L5, L6.
        Assert.Equal([(2L, 4L), (2L, 3L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }

    [Theory]
    [InlineData(20.0, 0L)]
    [InlineData(20.01, 1L)]
    [InlineData(0.0, 0L)]
    public void BoundaryDistances(double miles, long expected)
    {
        var data = new CaseData { LacEpisodes = [Lac("A", "2016-02-29", null, miles: miles)] };
        var feb = Run(data, "2016-02", "2016-02", null, LacOver20MilesPct.Id)[LacOver20MilesPct.Id, M("2016-02")]!;
        Assert.Equal((expected, 1L), (feb.Numerator!.Value, feb.Denominator!.Value));
    }

    [Fact]
    public void ConfiguredDistance_ChangesTitleAndCount()
    {
        var data = new CaseData { LacEpisodes = [Lac("A", "2017-01-01", null, miles: 12), Lac("B", "2017-01-01", null, miles: 8)] };
        var config = new KpiConfig { Timescales = new KpiTimescales { DistanceMiles = 10 } };
        var r = Run(data, "2017-05", "2017-05", config, LacOver20MilesPct.Id);
        Assert.Equal((1L, 2L), (r[LacOver20MilesPct.Id, M("2017-05")]!.Numerator!.Value, r[LacOver20MilesPct.Id, M("2017-05")]!.Denominator!.Value));
        Assert.Equal("Looked-after children placed more than 10 miles from home (%)", r[LacOver20MilesPct.Id].Definition.Title);
    }
}
