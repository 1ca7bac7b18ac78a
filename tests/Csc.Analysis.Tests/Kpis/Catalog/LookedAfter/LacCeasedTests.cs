using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacCeasedTests
{
    [Fact]
    public void CeasedEpisodes_InTheirEndMonth_X1AndBlankNotCeased()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Ep("A", "2016-01-01", "2017-05-31", "S", "E11"),  // adopted on 31 May: May
                Ep("B", "2016-01-01", "2017-05-03", "S", "X1"),   // care continues the same day
                Ep("B", "2017-05-03", "2017-06-01", "P", "E4A"),  // 1 June: June
                Ep("C", "2016-01-01", "2017-05-15", "S", null),   // no reason recorded: not counted
                Ep("D", "2016-01-01", "2017-05-15", "S", "E13", legal: "V4"), // short break
                Ep("E", "2016-02-01", "2016-02-29", "S", "e2"),   // 29 February
                Ep("F", "2017-05-20", "2017-05-20", "S", "E8"),   // same-day start and end
            ],
        };
        var r = Run(data, "2016-02", "2017-06", null, LacCeased.Id)[LacCeased.Id];
        Assert.Equal(1.0, r[M("2016-02")]!.Value);
        Assert.Equal(2.0, r[M("2017-05")]!.Value);
        Assert.Equal(1.0, r[M("2017-06")]!.Value);
        Assert.Equal(3.0, r[M("2017-06")]!.YtdValue);
    }

    [Fact]
    public void YearEnd_31MarchIsTheOldYear_OpenEpisodesNeverCease()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Ep("A", "2016-01-01", "2017-03-31", "S", "E4A"), // 31 March: the year ending March 2017
                Ep("B", "2016-01-01", "2017-04-01", "S", "E4A"), // 1 April: the new year
                Ep("C", "2016-01-01", null, "S"),                // still looked after
                Ep("D", "2016-01-01", "2017-04-01", "S", " "),   // a blank reason is no reason
            ],
        };
        var r = Run(data, "2017-03", "2017-04", null, LacCeased.Id)[LacCeased.Id];
        Assert.Equal([1.0, 1.0], r.Results.Select(x => x.Value!.Value));
        Assert.Equal([1.0, 1.0], r.Results.Select(x => x.YtdValue!.Value));
    }
}
