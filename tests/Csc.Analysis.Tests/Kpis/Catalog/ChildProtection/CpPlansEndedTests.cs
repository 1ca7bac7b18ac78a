using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpPlansEndedTests
{
    [Fact]
    public void PlansInTheirEndMonth_OpenPlansNotCounted()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2015-06-01", "2016-02-29"), // ends 29 February: February 2016
                Cp("A", "2016-02-29", "2017-03-31"), // ends 31 March (not open at the March month end): March
                Cp("B", "2017-04-01", "2017-04-01"), // starts and ends on 1 April: an April end
                Cp("C", "2017-01-10", "2017-04-30"),
                Cp("D", "2017-01-10", null),         // open: never an end
            ],
        };
        var r = Run(data, "2016-02", "2017-05", null, CpPlansEnded.Id)[CpPlansEnded.Id];
        Assert.Equal(1.0, r[M("2016-02")]!.Value);
        Assert.Equal(1.0, r[M("2017-03")]!.Value);
        Assert.Equal(2.0, r[M("2017-04")]!.Value);
        Assert.Equal(0.0, r[M("2017-05")]!.Value);
        Assert.Equal(2.0, r[M("2017-05")]!.YtdValue);
        Assert.Equal(1.0, r[M("2017-03")]!.YtdValue);
    }

    [Fact]
    public void NoPlans_Unavailable()
        => Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, CpPlansEnded.Id)[CpPlansEnded.Id].IsAvailable);
}
