using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpPlansSecondOrSubsequentPctTests
{
    [Fact]
    public void AnEarlierPlanOfTheChild_MakesARepeat()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2016-02-29", "2016-06-01"), // A's first plan
                Cp("A", "2017-05-31", null),         // A again on 31 May: a repeat
                Cp("B", "2017-05-01", null),         // B's first plan: not a repeat
                Cp("B", "2017-06-30", null),         // B's second plan, while the first is still open: a repeat
                Cp("C", "2017-05-10", "2017-05-20"), // C: two plans on the same day are not earlier than each other
                Cp("C", "2017-05-10", null),
                Cp("E", "2017-04-01", "2017-05-01"), // E: a plan that ends on the day the next starts: the next is a repeat
                Cp("E", "2017-05-01", null),
            ],
        };
        Assert.Equal([(0L, 1L), (2L, 5L), (1L, 1L)], Counts(data, CpPlansSecondOrSubsequentPct.Id, "2016-02", "2016-02")
            .Concat(Counts(data, CpPlansSecondOrSubsequentPct.Id, "2017-05", "2017-06")).ToArray());
    }

    [Fact]
    public void PreviousCpPlans_OneOrMore_MakesARepeat_EvenWithoutAnEarlierPlanInTheData()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2017-05-02", null) with { PreviousCpPlans = 1 }, // a plan before the extract began
                Cp("B", "2017-05-02", null) with { PreviousCpPlans = 0 },
                Cp("C", "2017-05-02", null) with { PreviousCpPlans = 3 },
                Cp("D", "2016-01-01", "2016-03-01") with { PreviousCpPlans = 0 },
                Cp("D", "2017-05-03", null) with { PreviousCpPlans = 0 }, // the extract shows an earlier plan: a repeat whatever the column says
            ],
        };
        Assert.Equal([(3L, 4L)], Counts(data, CpPlansSecondOrSubsequentPct.Id, "2017-05", "2017-05"));
    }

    [Fact]
    public void WithoutThePreviousPlansColumn_TheEarlierPlanTestAloneApplies()
    {
        // the column absent: the KPI stays available (it reads no optional field), counting the repeats the extract shows
        var data = new CaseData
        {
            CpPlans = [Cp("A", "2016-01-01", "2016-03-01"), Cp("A", "2017-05-03", null), Cp("B", "2017-05-04", null)],
        }.Supplying(CaseTable.CpPlans);
        var r = Run(data, "2017-04", "2017-05", null, CpPlansSecondOrSubsequentPct.Id)[CpPlansSecondOrSubsequentPct.Id];
        Assert.True(r.IsAvailable);
        Assert.Null(r[M("2017-04")]!.Value); // no plan started in April
        Assert.Equal(50.0, r[M("2017-05")]!.Value);
        Assert.Equal(50.0, r[M("2017-05")]!.YtdValue);
    }

    [Fact]
    public void NoPlans_Unavailable()
        => Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, CpPlansSecondOrSubsequentPct.Id)[CpPlansSecondOrSubsequentPct.Id].IsAvailable);
}
