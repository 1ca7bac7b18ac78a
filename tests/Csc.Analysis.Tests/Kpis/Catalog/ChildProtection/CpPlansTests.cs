using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpPlansTests
{
    [Fact]
    public void PlanEndingOnMonthEnd_NotOpenAtThatMonthEnd()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("C1", "2017-03-15", "2017-05-31"), // open 31 Mar, 30 Apr; closed on 31 May itself
                Cp("C2", "2017-05-31", null),         // starts on the last day: open at 31 May
                Cp("C3", "2017-04-01", "2017-05-30"), // open 30 Apr only
                Cp("C3", "2017-04-20", null),         // overlapping second plan: C3 counts once
            ],
        };
        var s = Run(data, "2017-03", "2017-06", null, CpPlans.Id)[CpPlans.Id];
        // Mar: C1. Apr: C1, C3. May: C2, C3 (second plan). Jun: C2, C3.
        Assert.Equal([1.0, 2.0, 2.0, 2.0], s.Results.Select(x => x.Value!.Value));
        // A snapshot count has no YTD.
        Assert.All(s.Results, x => Assert.Null(x.YtdValue));
    }

    [Fact]
    public void LeapDay_MonthEndOfFebruary()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2016-02-29", null),          // starts on 29 Feb 2016: open at that month end
                Cp("B", "2016-01-10", "2016-02-29"),  // ends on 29 Feb 2016: not open at it
                Cp("C", "2016-02-28", "2016-02-28"),  // same-day plan: never open at a month end
            ],
        };
        var s = Run(data, "2016-01", "2016-03", null, CpPlans.Id)[CpPlans.Id];
        Assert.Equal([1.0, 1.0, 1.0], s.Results.Select(x => x.Value!.Value));
    }
}
