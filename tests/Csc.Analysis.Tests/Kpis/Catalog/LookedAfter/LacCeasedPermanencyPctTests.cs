using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacCeasedPermanencyPctTests
{
    [Fact]
    public void X1NotCeased_AdoptionCounts()
    {
        var r = Run(LacTests.LacData(), "2017-05", "2017-05", null, LacCeasedPermanencyPct.Id);
        var may = r[LacCeasedPermanencyPct.Id, M("2017-05")]!;
        // Ceased in May: L3 (E11, adoption) and L4 (E4A); L5's X1 is not ceasing: 1 / 2 = 50%.
        Assert.Equal((1L, 2L, 50.0), (may.Numerator!.Value, may.Denominator!.Value, may.Value!.Value));
    }

    [Theory]
    [InlineData("E41", false, 0)]
    [InlineData("E41", true, 1)]
    [InlineData("E45", false, 1)]
    [InlineData("E4B", false, 0)]
    public void ReasonCodes(string reason, bool includeCao, long expected)
    {
        var data = new CaseData { LacEpisodes = [Lac("A", "2016-01-01", "2017-05-10", "C2", reason)] };
        var config = new KpiConfig { Timescales = new KpiTimescales { PermanencyIncludesChildArrangementsOrders = includeCao } };
        var may = Run(data, "2017-05", "2017-05", config, LacCeasedPermanencyPct.Id)[LacCeasedPermanencyPct.Id, M("2017-05")]!;
        Assert.Equal((expected, 1L), (may.Numerator!.Value, may.Denominator!.Value));
    }

    [Fact]
    public void ChildCeasingTwiceInAMonth_TheLaterCessationCounts_MonthEndInclusive()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Lac("A", "2016-01-01", "2017-03-02", "C2", "E4A"), // home on 2 March ...
                Lac("A", "2017-03-10", "2017-03-31", "C2", "E11"), // ... back, and adopted on 31 March: March counts A once, adopted
                Lac("B", "2016-01-01", "2016-02-29", "C2", "E12"), // adopted on the leap day
            ],
        };
        var s = Run(data, "2016-02", "2017-03", null, LacCeasedPermanencyPct.Id)[LacCeasedPermanencyPct.Id];
        Assert.Equal((1L, 1L), (s[M("2016-02")]!.Numerator!.Value, s[M("2016-02")]!.Denominator!.Value));
        Assert.Equal((1L, 1L), (s[M("2017-03")]!.Numerator!.Value, s[M("2017-03")]!.Denominator!.Value));
    }
}
