using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpVisitsWithin15WdPctTests
{
    [Fact]
    public void EligibilityAndVisitWindow_WorkedByHand()
    {
        // d = 31 May 2017. WD(10 May, 31 May) = 14 (29 May bank holiday), WD(9 May, 31 May) = 15, WD(8 May, 31 May) = 16.
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("P1", "2017-05-10", null), // 14 WD before month end: not yet measured in May
                Cp("P2", "2017-05-09", null), // 15 WD: measured
                Cp("P3", "2017-04-01", null),
                Cp("P4", "2017-04-01", null),
                Cp("P5", "2017-04-01", null),
                Cp("P6", "2017-04-01", null),
            ],
            CpVisits =
            [
                Visit("P1", "2017-05-12"),
                Visit("P2", "2017-05-10"), // 14 WD before 31 May: within
                Visit("P3", "2017-05-09"), // 15 WD: within (15 exactly)
                Visit("P4", "2017-05-08"), // 16 WD: not within
                Visit("P5", "2017-03-30"), // before the plan started: does not count
                Visit("P6", "2017-06-01"), // after 31 May: not for May; 21 WD before 30 June: not for June
            ],
        };
        var s = Run(data, "2017-04", "2017-06", null, CpVisitsWithin15WdPct.Id)[CpVisitsWithin15WdPct.Id];
        // April (d = 30 Apr, 18 WD after 1 Apr): P3-P6 measured, no visits: 0 / 4.
        Assert.Equal((0L, 4L), (s[M("2017-04")]!.Numerator!.Value, s[M("2017-04")]!.Denominator!.Value));
        // May: P2-P6 measured; P2 and P3 visited in time: 2 / 5 = 40%.
        Assert.Equal((2L, 5L, 40.0), (s[M("2017-05")]!.Numerator!.Value, s[M("2017-05")]!.Denominator!.Value, s[M("2017-05")]!.Value!.Value));
        // June: all six measured; no visit within 15 WD of 30 June: 0 / 6.
        Assert.Equal((0L, 6L), (s[M("2017-06")]!.Numerator!.Value, s[M("2017-06")]!.Denominator!.Value));
        // YTD pools: 2 / 15.
        Assert.Equal((2L, 15L), (s[M("2017-06")]!.YtdNumerator!.Value, s[M("2017-06")]!.YtdDenominator!.Value));
    }

    [Fact]
    public void TablesInDifferentChildOrder_SameAnswer()
    {
        // Visits listed in the opposite child order to the plans, with a visit of a child with no plan first.
        var data = new CaseData
        {
            CpPlans = [Cp("P1", "2017-04-01", null), Cp("P2", "2017-04-01", null), Cp("P3", "2017-04-01", null)],
            CpVisits = [Visit("X9", "2017-05-30"), Visit("P3", "2017-05-30"), Visit("P2", "2017-05-02"), Visit("P1", "2017-05-31")],
        };
        var may = Run(data, "2017-05", "2017-05", null, CpVisitsWithin15WdPct.Id)[CpVisitsWithin15WdPct.Id, M("2017-05")]!;
        // P1 (31 May, 0 WD) and P3 (30 May, 1 WD) within; P2 (2 May, 19 WD) not: 2 / 3.
        Assert.Equal((2L, 3L), (may.Numerator!.Value, may.Denominator!.Value));
    }

    [Fact]
    public void SeveralVisitsInAMonth_CountChildOnce()
    {
        var data = new CaseData
        {
            CpPlans = [Cp("P1", "2017-01-03", null)],
            CpVisits = [Visit("P1", "2017-05-22"), Visit("P1", "2017-05-30"), Visit("P1", "2017-05-31")],
        };
        var may = Run(data, "2017-05", "2017-05", null, CpVisitsWithin15WdPct.Id)[CpVisitsWithin15WdPct.Id, M("2017-05")]!;
        Assert.Equal((1L, 1L), (may.Numerator!.Value, may.Denominator!.Value));
    }

    [Fact]
    public void LongTimescale_VisitServesTwoMonthEnds()
    {
        // With 30 working days, a visit on 25 May 2017 serves 31 May (3 WD) and 30 June (25 WD) but not 31 July.
        var data = new CaseData
        {
            CpPlans = [Cp("P1", "2017-01-03", null)],
            CpVisits = [Visit("P1", "2017-05-25")],
        };
        var config = new KpiConfig { Timescales = new KpiTimescales { CpVisitWorkingDays = 30 } };
        var s = Run(data, "2017-05", "2017-07", config, CpVisitsWithin15WdPct.Id)[CpVisitsWithin15WdPct.Id];
        Assert.Equal([1L, 1L, 0L], s.Results.Select(x => x.Numerator!.Value));
        Assert.Equal([1L, 1L, 1L], s.Results.Select(x => x.Denominator!.Value));
    }
}
