using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildrenInNeed;

public sealed class CinCpRatioTests
{
    [Fact]
    public void CinOverCp_NoYtd()
    {
        var data = new CaseData
        {
            CinPlans = [Cin("A", "2017-01-01", null), Cin("B", "2017-01-01", null), Cin("C", "2017-01-01", null)],
            CpPlans = [Cp("D", "2017-01-01", null), Cp("E", "2017-01-01", "2017-05-31")],
        };
        var s = Run(data, "2017-04", "2017-05", null, CinCpRatio.Id)[CinCpRatio.Id];
        // April: 3 / 2 = 1.5; May: 3 / 1 (E ends on 31 May) = 3.
        Assert.Equal([1.5, 3.0], s.Results.Select(x => x.Value!.Value));
        Assert.All(s.Results, x => Assert.Null(x.YtdValue));
    }

    [Fact]
    public void NoCpPlanAtMonthEnd_NoRatio()
    {
        var data = new CaseData
        {
            CinPlans = [Cin("A", "2016-01-01", null), Cin("B", "2016-02-29", null)],
            CpPlans = [Cp("D", "2016-01-01", "2016-02-29")], // ends on the leap day: not open at 29 February
        };
        var s = Run(data, "2016-01", "2016-02", null, CinCpRatio.Id)[CinCpRatio.Id];
        // 31 January: 1 CIN / 1 CP = 1. 29 February: 2 CIN / 0 CP: no ratio, not infinity or zero.
        Assert.Equal(1.0, s[M("2016-01")]!.Value);
        Assert.Null(s[M("2016-02")]!.Value);
    }
}
