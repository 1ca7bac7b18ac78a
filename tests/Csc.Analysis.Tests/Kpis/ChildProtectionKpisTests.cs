using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

public sealed class ChildProtectionKpisTests
{
    private static CaseData S47Data() => new()
    {
        Section47Enquiries =
        [
            S47("2017-05-02", "2017-05-02"),             // A: same day, 0 WD: within
            S47("2017-05-08", "2017-05-30"),             // B: 15 WD because 29 May is a bank holiday: within
            S47("2017-05-05", "2017-05-30"),             // C: 16 WD: not within
            S47("2017-05-10", "2017-05-09"),             // D: ICPC before the strategy discussion: data error
            S47("2017-05-03", "2017-05-20", notRequired: true), // E: marked not required: no ICPC
            S47("2017-04-20", "2017-05-11"),             // F: 14 WD over Easter and 1 May: within
            S47("2017-04-03", null),                     // G: no ICPC
        ],
    };

    [Fact]
    public void S47Enquiries_CountByStrategyDiscussionMonth()
    {
        var r = Run(S47Data(), "2017-04", "2017-05", null, KpiIds.S47Enquiries);
        // April: F, G. May: A, B, C, D, E.
        Assert.Equal([2.0, 5.0], r[KpiIds.S47Enquiries].Results.Select(x => x.Value!.Value));
    }

    [Fact]
    public void Icpcs_HeldInMonth_ExcludeNotRequired()
    {
        var r = Run(S47Data(), "2017-05", "2017-05", null, KpiIds.Icpcs);
        // A, B, C, D (held, though misdated) and F; not E.
        Assert.Equal(5.0, r[KpiIds.Icpcs, M("2017-05")]!.Value);
    }

    [Fact]
    public void IcpcWithin15Wd_SameDayBankHolidayAndDataError_WorkedByHand()
    {
        var r = Run(S47Data(), "2017-05", "2017-05", null, KpiIds.IcpcWithin15WdPct);
        var may = r[KpiIds.IcpcWithin15WdPct, M("2017-05")]!;
        // Denominator A, B, C, F (D excluded); numerator A, B, F: 3 / 4 = 75%.
        Assert.Equal((3L, 4L, 75.0), (may.Numerator!.Value, may.Denominator!.Value, may.Value!.Value));
        // Target 90, amber from 80: red.
        Assert.Equal(Rag.Red, may.Rag);
        Assert.Equal(90.0, may.Target);
        var issue = Assert.Single(r.Issues);
        Assert.Equal("ICPC_BEFORE_S47", issue.RuleId);
        Assert.Equal(IssueSeverity.Warning, issue.Severity); // the row is kept (the ICPC was held), only left out of the percentage
        Assert.Equal("2017-05-09", issue.Value);
        Assert.Contains("is before its strategy discussion on 2017-05-10", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IcpcWithin_ConfiguredTenDays_ChangesTitleNotId()
    {
        var config = new KpiConfig { Timescales = new KpiTimescales { IcpcWorkingDays = 10 } };
        var r = Run(S47Data(), "2017-05", "2017-05", config, KpiIds.IcpcWithin15WdPct);
        var may = r[KpiIds.IcpcWithin15WdPct, M("2017-05")]!;
        // Only A (0 WD) is within 10.
        Assert.Equal((1L, 4L), (may.Numerator!.Value, may.Denominator!.Value));
        Assert.Equal("ICPCs within 10 working days of the strategy discussion (%)", r[KpiIds.IcpcWithin15WdPct].Definition.Title);
    }

    [Fact]
    public void CpPlans_PlanEndingOnMonthEnd_NotOpenAtThatMonthEnd()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("C1", "2017-03-15", "2017-05-31"), // open 31 Mar, 30 Apr; closed on 31 May itself
                Cp("C2", "2017-05-31", null),         // starts on the last day: open at 31 May
                Cp("C3", "2017-04-01", "2017-05-30"), // open 30 Apr only
                Cp("C3", "2017-04-20", null),         // overlapping second plan: C3 counts once
            ],
        };
        var s = Run(data, "2017-03", "2017-06", null, KpiIds.CpPlans)[KpiIds.CpPlans];
        // Mar: C1. Apr: C1, C3. May: C2, C3 (second plan). Jun: C2, C3.
        Assert.Equal([1.0, 2.0, 2.0, 2.0], s.Results.Select(x => x.Value!.Value));
        // A snapshot count has no YTD.
        Assert.All(s.Results, x => Assert.Null(x.YtdValue));
    }

    [Fact]
    public void CpVisits_EligibilityAndVisitWindow_WorkedByHand()
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
        var s = Run(data, "2017-04", "2017-06", null, KpiIds.CpVisitsWithin15WdPct)[KpiIds.CpVisitsWithin15WdPct];
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
    public void CpVisits_TablesInDifferentChildOrder_SameAnswer()
    {
        // Visits listed in the opposite child order to the plans, with a visit of a child with no plan first.
        var data = new CaseData
        {
            CpPlans = [Cp("P1", "2017-04-01", null), Cp("P2", "2017-04-01", null), Cp("P3", "2017-04-01", null)],
            CpVisits = [Visit("X9", "2017-05-30"), Visit("P3", "2017-05-30"), Visit("P2", "2017-05-02"), Visit("P1", "2017-05-31")],
        };
        var may = Run(data, "2017-05", "2017-05", null, KpiIds.CpVisitsWithin15WdPct)[KpiIds.CpVisitsWithin15WdPct, M("2017-05")]!;
        // P1 (31 May, 0 WD) and P3 (30 May, 1 WD) within; P2 (2 May, 19 WD) not: 2 / 3.
        Assert.Equal((2L, 3L), (may.Numerator!.Value, may.Denominator!.Value));
    }

    [Fact]
    public void CpVisits_SeveralVisitsInAMonth_CountChildOnce()
    {
        var data = new CaseData
        {
            CpPlans = [Cp("P1", "2017-01-03", null)],
            CpVisits = [Visit("P1", "2017-05-22"), Visit("P1", "2017-05-30"), Visit("P1", "2017-05-31")],
        };
        var may = Run(data, "2017-05", "2017-05", null, KpiIds.CpVisitsWithin15WdPct)[KpiIds.CpVisitsWithin15WdPct, M("2017-05")]!;
        Assert.Equal((1L, 1L), (may.Numerator!.Value, may.Denominator!.Value));
    }

    [Fact]
    public void CpVisits_LongTimescale_VisitServesTwoMonthEnds()
    {
        // With 30 working days, a visit on 25 May 2017 serves 31 May (3 WD) and 30 June (25 WD) but not 31 July.
        var data = new CaseData
        {
            CpPlans = [Cp("P1", "2017-01-03", null)],
            CpVisits = [Visit("P1", "2017-05-25")],
        };
        var config = new KpiConfig { Timescales = new KpiTimescales { CpVisitWorkingDays = 30 } };
        var s = Run(data, "2017-05", "2017-07", config, KpiIds.CpVisitsWithin15WdPct)[KpiIds.CpVisitsWithin15WdPct];
        Assert.Equal([1L, 1L, 0L], s.Results.Select(x => x.Numerator!.Value));
        Assert.Equal([1L, 1L, 1L], s.Results.Select(x => x.Denominator!.Value));
    }
}
