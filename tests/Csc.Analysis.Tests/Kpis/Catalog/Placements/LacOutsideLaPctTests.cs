using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.Placements;

public sealed class LacOutsideLaPctTests
{
    [Fact]
    public void RecordedOutsideOnly_UnknownStaysInTheDenominator()
    {
        var s = Run(LacTests.LacData(), "2017-04", "2017-05", null, LacOutsideLaPct.Id)[LacOutsideLaPct.Id];
        // 30 April: L1 and L3 outside of L1, L3, L4, L5 (not recorded), L6: 2 / 5.
        // 31 May: L1 outside; L5's new placement (from 3 May) and L6 inside: 1 / 3.
        Assert.Equal([(2L, 5L), (1L, 3L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }

    [Fact]
    public void PlacementMoveOnTheMonthEnd_TheNewPlacementCounts()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Lac("A", "2016-01-10", "2016-02-29", insideLa: true),
                Lac("A", "2016-02-29", null, insideLa: false), // moved out of the area on the leap day
            ],
        };
        var s = Run(data, "2016-01", "2016-02", null, LacOutsideLaPct.Id)[LacOutsideLaPct.Id];
        Assert.Equal([(0L, 1L), (1L, 1L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }
}
