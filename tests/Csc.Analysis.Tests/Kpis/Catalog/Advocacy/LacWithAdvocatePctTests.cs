using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.Advocacy;

public sealed class LacWithAdvocatePctTests
{
    [Fact]
    public void LookedAfterChildrenWithAnOpenAllocation_WorkedByHand()
    {
        var s = Run(LacTests.LacData(), "2017-04", "2017-05", null, LacWithAdvocatePct.Id)[LacWithAdvocatePct.Id];
        // April: LAC L1, L3, L4, L5, L6; advocacy open at 30 Apr: L4 (from 1 Jan): 1 / 5.
        // May: LAC L1, L5, L6; advocacy open at 31 May: L1, X9, L4 (L4 no longer looked after): 1 / 3.
        Assert.Equal([(1L, 5L), (1L, 3L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }

    [Fact]
    public void AllocationEndingOnTheMonthEnd_NotOpenAtIt()
    {
        var data = new CaseData
        {
            LacEpisodes = [Lac("A", "2016-01-04", null), Lac("B", "2016-01-04", null)],
            Advocacy =
            [
                K.Advocacy("A", "2016-01-20", "2016-02-29"), // ends on the leap day: open at 31 Jan only
                K.Advocacy("B", "2016-02-29", null),         // starts on the leap day: open at 29 Feb
            ],
        };
        var s = Run(data, "2016-01", "2016-02", null, LacWithAdvocatePct.Id)[LacWithAdvocatePct.Id];
        Assert.Equal([(1L, 2L), (1L, 2L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }
}
