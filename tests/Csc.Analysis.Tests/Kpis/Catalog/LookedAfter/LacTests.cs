using Csc.Analysis.Domain;
using static Csc.Analysis.Tests.Kpis.K;
using LacKpi = Csc.Analysis.Kpis.Catalog.Lac;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacTests
{
    /// <summary>Children looked after in April and May 2017, shared by the looked-after, placement and advocacy tests.</summary>
    internal static CaseData LacData() => new()
    {
        Children = [Child("L1", "2000-06-15"), Child("L3", "2010-01-01"), Child("L4", "2001-05-31"), Child("L6", "2010-01-01")],
        LacEpisodes =
        [
            Lac("L1", "2017-01-10", "2017-03-05", "V2", "X1", insideLa: true, miles: 3),
            Lac("L1", "2017-03-05", null, "C2", insideLa: false, miles: 25),
            Lac("L2", "2017-01-01", null, "V3"),                                // short break: excluded
            Lac("L3", "2016-06-01", "2017-05-31", "C2", "E11", insideLa: false, miles: 20), // adopted on 31 May
            Lac("L4", "2016-06-01", "2017-05-15", "V2", "E4A", insideLa: true, miles: null), // returned home 15 May
            Lac("L5", "2016-06-01", "2017-05-03", "V2", "X1", insideLa: null, miles: 30),
            Lac("L5", "2017-05-03", null, "C1", insideLa: true, miles: 30),       // X1: care continues
            Lac("L6", "2016-06-01", null, "E1", insideLa: true, miles: 2),
        ],
        Advocacy = [K.Advocacy("L1", "2017-05-01", null), K.Advocacy("X9", "2017-05-01", null), K.Advocacy("L4", "2017-01-01", null)],
    };

    [Fact]
    public void ShortBreaksAndEpisodeChains_WorkedByHand()
    {
        var s = Run(LacData(), "2017-04", "2017-05", null, LacKpi.Id)[LacKpi.Id];
        // 30 April: L1, L3, L4, L5, L6 = 5. 31 May: L1, L5, L6 = 3 (L3 ended on 31 May, L4 on 15 May; L2 is a short break).
        Assert.Equal([5.0, 3.0], s.Results.Select(x => x.Value!.Value));
        Assert.All(s.Results, x => Assert.Null(x.YtdValue));
    }

    [Fact]
    public void LeapDayMonthEnd_ChainOnTheDayCountsOnce()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Lac("A", "2016-01-10", "2016-02-29", "V2", "X1"),
                Lac("A", "2016-02-29", null, "C2"),        // the next episode starts the day the first ends: one child at 29 Feb
                Lac("B", "2016-02-29", "2016-02-29", "V2", "E4A"), // in and out on the leap day: not looked after at its end
                Lac("C", "2016-02-29", null, "V2"),       // starts on the month end: looked after at it
            ],
        };
        var s = Run(data, "2016-01", "2016-03", null, LacKpi.Id)[LacKpi.Id];
        Assert.Equal([1.0, 2.0, 2.0], s.Results.Select(x => x.Value!.Value));
    }
}
