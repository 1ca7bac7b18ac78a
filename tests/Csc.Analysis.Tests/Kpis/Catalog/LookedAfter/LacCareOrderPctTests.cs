using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacCareOrderPctTests
{
    [Fact]
    public void InterimAndFullCareOrders_WorkedByHand()
    {
        var s = Run(LacTests.LacData(), "2017-04", "2017-05", null, LacCareOrderPct.Id)[LacCareOrderPct.Id];
        // 30 April: L1 (C2), L3 (C2) of 5. 31 May: L1 (C2), L5 (C1 from 3 May) of 3.
        Assert.Equal([(2L, 5L), (2L, 3L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }

    [Theory]
    [InlineData("C1", 1L)]
    [InlineData("C2", 1L)]
    [InlineData("c2", 1L)]
    [InlineData("E1", 0L)]
    [InlineData("J2", 0L)]
    [InlineData("V2", 0L)]
    public void LegalStatusCodes(string legal, long expected)
    {
        var data = new CaseData { LacEpisodes = [Lac("A", "2016-02-29", null, legal)] };
        var feb = Run(data, "2016-02", "2016-02", null, LacCareOrderPct.Id)[LacCareOrderPct.Id, M("2016-02")]!;
        Assert.Equal((expected, 1L), (feb.Numerator!.Value, feb.Denominator!.Value));
    }
}
