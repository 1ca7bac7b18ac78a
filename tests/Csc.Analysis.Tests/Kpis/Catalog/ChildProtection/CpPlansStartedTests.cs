using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpPlansStartedTests
{
    [Fact]
    public void PlansInTheirStartMonth_PlansNotChildren()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2016-02-29", "2016-09-01"), // 29 February: February 2016
                Cp("A", "2017-03-31", null),         // 31 March: March, the previous financial year
                Cp("B", "2017-04-01", "2017-04-01"), // starts and ends on 1 April: counted in April
                Cp("C", "2017-04-30", null),
                Cp("C", "2017-04-30", null),         // a second plan for the same child on the same day: plans are counted
            ],
        };
        var r = Run(data, "2016-02", "2017-05", null, CpPlansStarted.Id)[CpPlansStarted.Id];
        Assert.Equal(1.0, r[M("2016-02")]!.Value);
        Assert.Equal(0.0, r[M("2016-03")]!.Value);
        Assert.Equal(1.0, r[M("2017-03")]!.Value);
        Assert.Equal(3.0, r[M("2017-04")]!.Value);
        Assert.Equal(0.0, r[M("2017-05")]!.Value);
        // a flow: the year to date sums from April
        Assert.Equal(3.0, r[M("2017-05")]!.YtdValue);
        Assert.Equal(1.0, r[M("2017-03")]!.YtdValue); // 29 February 2016 is in the year before
    }

    [Fact]
    public void NoPlans_Unavailable()
    {
        var r = Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, CpPlansStarted.Id)[CpPlansStarted.Id];
        Assert.False(r.IsAvailable);
        Assert.Null(r[M("2017-05")]!.Value);
    }
}
