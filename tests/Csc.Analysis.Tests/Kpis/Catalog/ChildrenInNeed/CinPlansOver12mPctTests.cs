using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildrenInNeed;

public sealed class CinPlansOver12mPctTests
{
    [Fact]
    public void LeapDayStart_NotOverUntilMarch()
    {
        // Started 29 Feb 2016. d = 28 Feb 2017: d.AddMonths(-12) = 28 Feb 2016, before the start: not over 12 months.
        // d = 31 Mar 2017: 31 Mar 2016, on or after the start: over.
        var data = new CaseData { CinPlans = [Cin("A", "2016-02-29", null)] };
        var s = Run(data, "2017-01", "2017-03", null, CinPlansOver12mPct.Id)[CinPlansOver12mPct.Id];
        Assert.Equal([0L, 0L, 1L], s.Results.Select(x => x.Numerator!.Value));
        Assert.Equal([1L, 1L, 1L], s.Results.Select(x => x.Denominator!.Value));
    }

    [Fact]
    public void SameDayAYearEarlier_Counts()
    {
        var data = new CaseData
        {
            CinPlans =
            [
                Cin("A", "2016-05-31", null), // 31 May 2017 minus 12 months = 31 May 2016: on or before: over
                Cin("B", "2016-06-01", null), // a day later: not over
                Cin("C", "2017-05-01", "2017-05-31"), // ends on the month end: not open
                Cin("D", "2015-01-01", null),
            ],
        };
        var r = Run(data, "2017-05", "2017-05", null, CinPlans.Id, CinPlansOver12mPct.Id);
        Assert.Equal(3.0, r[CinPlans.Id, M("2017-05")]!.Value);
        var over = r[CinPlansOver12mPct.Id, M("2017-05")]!;
        // A and D of A, B, D: 2 / 3.
        Assert.Equal((2L, 3L), (over.Numerator!.Value, over.Denominator!.Value));
    }
}
