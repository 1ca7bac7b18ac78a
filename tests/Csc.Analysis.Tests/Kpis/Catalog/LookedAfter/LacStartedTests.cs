using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacStartedTests
{
    [Fact]
    public void StartedEpisodes_InTheirStartMonth_OnlyReasonS_ShortBreaksOut()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Ep("A", "2017-03-31", "2017-05-10", "S", "X1"), // 31 March: March
                Ep("A", "2017-05-10", null, "P"),               // a change of placement: not a start
                Ep("B", "2017-04-01", "2017-04-01", "S", "E4A"), // starts and ends on 1 April: counted in April
                Ep("C", "2017-04-30", null, "S", legal: "V3"),   // short break: left out
                Ep("D", "2017-04-30", null, " s "),              // codes trimmed, any case
                Ep("E", "2016-02-29", null, "S"),
            ],
        };
        var r = Run(data, "2016-02", "2017-05", null, LacStarted.Id)[LacStarted.Id];
        Assert.Equal(1.0, r[M("2016-02")]!.Value);
        Assert.Equal(1.0, r[M("2017-03")]!.Value);
        Assert.Equal(2.0, r[M("2017-04")]!.Value);
        Assert.Equal(0.0, r[M("2017-05")]!.Value);
        // a flow: the year to date sums from April (March's start is in the previous year)
        Assert.Equal(2.0, r[M("2017-05")]!.YtdValue);
        Assert.Equal(1.0, r[M("2017-03")]!.YtdValue);
    }

    [Fact]
    public void NoEpisodes_Unavailable()
    {
        var r = Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, LacStarted.Id)[LacStarted.Id];
        Assert.False(r.IsAvailable);
        Assert.Null(r[M("2017-05")]!.Value);
    }
}
