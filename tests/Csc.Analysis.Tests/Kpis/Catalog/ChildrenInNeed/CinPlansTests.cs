using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildrenInNeed;

public sealed class CinPlansTests
{
    [Fact]
    public void OpenAtMonthEnd_EndOnTheDayIsClosed()
    {
        var data = new CaseData
        {
            CinPlans =
            [
                Cin("A", "2016-05-31", null),
                Cin("B", "2016-06-01", null),
                Cin("C", "2017-05-01", "2017-05-31"), // ends on the month end: not open at it
                Cin("D", "2017-05-31", null),         // starts on the month end: open at it
                Cin("E", "2017-05-10", "2017-05-10"), // same day: never open at a month end
            ],
        };
        var s = Run(data, "2017-04", "2017-05", null, CinPlans.Id)[CinPlans.Id];
        // 30 April: A, B. 31 May: A, B, D.
        Assert.Equal([2.0, 3.0], s.Results.Select(x => x.Value!.Value));
        Assert.All(s.Results, x => Assert.Null(x.YtdValue));
    }

    [Fact]
    public void LeapDayMonthEnd_AndAChildWithTwoPlansCountsOnce()
    {
        var data = new CaseData
        {
            CinPlans =
            [
                Cin("A", "2016-02-29", null),
                Cin("A", "2016-01-05", "2016-03-15"), // overlaps A's second plan at 29 February
                Cin("B", "2016-01-05", "2016-02-29"),
            ],
        };
        var s = Run(data, "2016-01", "2016-03", null, CinPlans.Id)[CinPlans.Id];
        // 31 Jan: A, B. 29 Feb: A (two plans, one child); B ended that day. 31 Mar: A.
        Assert.Equal([2.0, 1.0, 1.0], s.Results.Select(x => x.Value!.Value));
    }
}
