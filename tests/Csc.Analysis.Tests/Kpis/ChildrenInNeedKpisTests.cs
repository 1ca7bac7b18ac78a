using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

public sealed class ChildrenInNeedKpisTests
{
    [Fact]
    public void CinPlansOver12m_LeapDayStart_NotOverUntilMarch()
    {
        // Started 29 Feb 2016. d = 28 Feb 2017: d.AddMonths(-12) = 28 Feb 2016, before the start: not over 12 months.
        // d = 31 Mar 2017: 31 Mar 2016, on or after the start: over.
        var data = new CaseData { CinPlans = [Cin("A", "2016-02-29", null)] };
        var s = Run(data, "2017-01", "2017-03", null, KpiIds.CinPlansOver12mPct)[KpiIds.CinPlansOver12mPct];
        Assert.Equal([0L, 0L, 1L], s.Results.Select(x => x.Numerator!.Value));
        Assert.Equal([1L, 1L, 1L], s.Results.Select(x => x.Denominator!.Value));
    }

    [Fact]
    public void CinPlansOver12m_SameDayAYearEarlier_Counts()
    {
        var data = new CaseData
        {
            CinPlans =
            [
                Cin("A", "2016-05-31", null), // 31 May 2017 minus 12 months = 31 May 2016: on or before: over
                Cin("B", "2016-06-01", null), // a day later: not over
                Cin("C", "2017-05-01", "2017-05-31"), // ends on the month end: not open
                Cin("D", "2015-01-01", null),
            ],
        };
        var r = Run(data, "2017-05", "2017-05", null, KpiIds.CinPlans, KpiIds.CinPlansOver12mPct);
        Assert.Equal(3.0, r[KpiIds.CinPlans, M("2017-05")]!.Value);
        var over = r[KpiIds.CinPlansOver12mPct, M("2017-05")]!;
        // A and D of A, B, D: 2 / 3.
        Assert.Equal((2L, 3L), (over.Numerator!.Value, over.Denominator!.Value));
    }

    [Fact]
    public void CinCpRatio_CinOverCp_NoYtd()
    {
        var data = new CaseData
        {
            CinPlans = [Cin("A", "2017-01-01", null), Cin("B", "2017-01-01", null), Cin("C", "2017-01-01", null)],
            CpPlans = [Cp("D", "2017-01-01", null), Cp("E", "2017-01-01", "2017-05-31")],
        };
        var s = Run(data, "2017-04", "2017-05", null, KpiIds.CinCpRatio)[KpiIds.CinCpRatio];
        // April: 3 / 2 = 1.5; May: 3 / 1 (E ends on 31 May) = 3.
        Assert.Equal([1.5, 3.0], s.Results.Select(x => x.Value!.Value));
        Assert.All(s.Results, x => Assert.Null(x.YtdValue));
    }

    [Fact]
    public void RhiWithin72h_ExactlyAndOneMinuteOver_RatedOnYtd()
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
        var s = Run(data, "2017-04", "2017-05", null, KpiIds.RhiWithin72hPct)[KpiIds.RhiWithin72hPct];
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
    public void RhiWithin_ConfiguredHours_TitleAndCount()
    {
        var data = new CaseData { MissingEpisodes = [Missing("2017-05-09 20:00", "2017-05-10 10:00", "2017-05-12 10:00")] };
        var config = new KpiConfig { Timescales = new KpiTimescales { RhiHours = 24 } };
        var r = Run(data, "2017-05", "2017-05", config, KpiIds.RhiWithin72hPct);
        Assert.Equal(0L, r[KpiIds.RhiWithin72hPct, M("2017-05")]!.Numerator);
        Assert.Equal("Return home interviews within 24 hours (%)", r[KpiIds.RhiWithin72hPct].Definition.Title);
    }
}
