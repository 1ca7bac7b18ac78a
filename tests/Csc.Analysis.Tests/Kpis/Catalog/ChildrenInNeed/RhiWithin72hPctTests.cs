using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildrenInNeed;

public sealed class RhiWithin72hPctTests
{
    [Fact]
    public void ExactlyAndOneMinuteOver_RatedOnYtd()
    {
        var data = new CaseData
        {
            MissingEpisodes =
            [
                Missing("2017-04-30 08:00", "2017-04-30 22:00", "2017-05-01 09:00"),  // April: 11 h: within
                Missing("2017-05-09 20:00", "2017-05-10 10:00", "2017-05-13 10:00"),  // 72 h exactly: within
                Missing("2017-05-09 20:00", "2017-05-10 10:00", "2017-05-13 10:01"),  // 72 h 1 min: not
                Missing("2017-05-31 20:00", "2017-05-31 23:00", null),                // no interview: not
                Missing("2017-05-02 20:00", "2017-05-03 10:00", "2017-05-03 11:00", MissingType.Absent), // absent: excluded
                Missing("2017-05-20 20:00", null, null),                              // not returned: no month
            ],
        };
        var s = Run(data, "2017-04", "2017-05", null, RhiWithin72hPct.Id)[RhiWithin72hPct.Id];
        var april = s[M("2017-04")]!;
        var may = s[M("2017-05")]!;
        Assert.Equal((1L, 1L, 100.0), (april.Numerator!.Value, april.Denominator!.Value, april.Value!.Value));
        Assert.Equal((1L, 3L), (may.Numerator!.Value, may.Denominator!.Value));
        // YTD 2 / 4 = 50%; rated on YTD by default: target 80, amber from 65: red (the month's 33% is not what is rated).
        Assert.Equal(50.0, may.YtdValue);
        Assert.Equal(Rag.Red, may.Rag);
        Assert.Equal(Rag.Green, april.Rag); // YTD in April is April: 100%
    }

    [Fact]
    public void ConfiguredHours_TitleAndCount()
    {
        var data = new CaseData { MissingEpisodes = [Missing("2017-05-09 20:00", "2017-05-10 10:00", "2017-05-12 10:00")] };
        var config = new KpiConfig { Timescales = new KpiTimescales { RhiHours = 24 } };
        var r = Run(data, "2017-05", "2017-05", config, RhiWithin72hPct.Id);
        Assert.Equal(0L, r[RhiWithin72hPct.Id, M("2017-05")]!.Numerator);
        Assert.Equal("Return home interviews within 24 hours (%)", r[RhiWithin72hPct.Id].Definition.Title);
    }
}
