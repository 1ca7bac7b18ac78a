using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacS20PctTests
{
    [Fact]
    public void LegalStatusAtMonthEnd_WorkedByHand()
    {
        var s = Run(LacTests.LacData(), "2017-04", "2017-05", null, LacS20Pct.Id)[LacS20Pct.Id];
        // 30 April: L4, L5 (V2) of 5. 31 May: L4 has left, L5 moved to C1 on 3 May: 0 of 3.
        Assert.Equal([(2L, 5L), (0L, 3L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
        // A percentage of children pools its month ends for the year to date: April 2 / 5, May 2 / 8.
        Assert.Equal((2L, 8L), (s[M("2017-05")]!.YtdNumerator!.Value, s[M("2017-05")]!.YtdDenominator!.Value));
    }

    [Fact]
    public void ChangeOfLegalStatusOnTheMonthEnd_TheNewStatusCounts_CodesTrimmed()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Lac("A", "2016-01-04", "2016-02-29", "V2", "X1"),
                Lac("A", "2016-02-29", null, "C1"),    // interim care order from the leap day
                Lac("B", "2016-01-04", null, " v2 "), // written untidily: still section 20
            ],
        };
        var s = Run(data, "2016-01", "2016-02", null, LacS20Pct.Id)[LacS20Pct.Id];
        Assert.Equal([(2L, 2L), (1L, 2L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }
}
