using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.Advocacy;

public sealed class AdvocacyLacPctTests
{
    [Fact]
    public void OpenAllocationsWhoseChildIsLookedAfter_WorkedByHand()
    {
        var s = Run(LacTests.LacData(), "2017-04", "2017-05", null, AdvocacyLacPct.Id)[AdvocacyLacPct.Id];
        // April: advocacy open at 30 Apr: L4, looked after: 1 / 1.
        // May: advocacy open at 31 May: L1, X9, L4; only L1 is looked after at 31 May: 1 / 3.
        Assert.Equal([(1L, 1L), (1L, 3L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }

    [Fact]
    public void CareEndingOnTheMonthEnd_AllocationStillOpen_NotLookedAfter()
    {
        var data = new CaseData
        {
            LacEpisodes = [Lac("A", "2016-01-04", "2016-02-29", reasonCeased: "E4A")],
            Advocacy = [K.Advocacy("A", "2016-01-20", null)],
        };
        var s = Run(data, "2016-01", "2016-02", null, AdvocacyLacPct.Id)[AdvocacyLacPct.Id];
        // 31 Jan: looked after; 29 Feb: care ended that day, the allocation is open: 0 / 1.
        Assert.Equal([(1L, 1L), (0L, 1L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }
}
