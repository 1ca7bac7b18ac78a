using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

public sealed class KpiEngineTests
{
    [Fact]
    public void Compute_FromAfterApril_YtdStillStartsInApril()
    {
        var data = new CaseData { Referrals = [Referral("2017-04-03"), Referral("2017-05-03"), Referral("2017-06-03")] };
        var r = Run(data, "2017-06", "2017-06", null, KpiIds.Referrals);
        var june = Assert.Single(r[KpiIds.Referrals].Results);
        Assert.Equal(1.0, june.Value);
        Assert.Equal(3.0, june.YtdValue); // April + May + June, though April and May are not reported
        Assert.Equal([M("2017-06")], r.Months);
    }

    [Fact]
    public void Compute_DefaultMonths_EarliestEventToLastCompleteMonthBeforeExtract()
    {
        var data = new CaseData
        {
            ExtractDate = D("2017-06-05"),
            Contacts = [Contact("2016-04-12"), Contact("2017-06-01")],
            CpPlans = [Cp("A", "2010-01-01", null)], // an old plan does not stretch the history back
            LacEpisodes = [Lac("B", "2009-01-01", "2011-03-01", "C2", "E4A")], // nor an old episode ending
        };
        var r = KpiEngine.Compute(data);
        Assert.Equal(M("2016-04"), r.Months[0]);
        Assert.Equal(M("2017-05"), r.Months[^1]); // June 2017 is not complete on 5 June
        Assert.Equal(14, r.Months.Count);
    }

    [Fact]
    public void Compute_ExtractOnMonthEnd_IncludesThatMonth()
    {
        var data = new CaseData { ExtractDate = D("2017-05-31"), Contacts = [Contact("2017-05-02")] };
        Assert.Equal([M("2017-05")], KpiEngine.Compute(data).Months);
    }

    [Fact]
    public void Compute_EmptySourceTable_ValuesUnknownNotZero()
    {
        var data = new CaseData { Contacts = [Contact("2017-05-02")] };
        var r = Run(data, "2017-05", "2017-05");
        Assert.True(r[KpiIds.Contacts].IsAvailable);
        Assert.False(r[KpiIds.Referrals].IsAvailable);
        var referrals = r[KpiIds.Referrals, M("2017-05")]!;
        Assert.Null(referrals.Value);
        Assert.Null(referrals.Numerator);
        // cp visits need both plans and visits
        Assert.False(r[KpiIds.CpVisitsWithin15WdPct].IsAvailable);
    }

    [Fact]
    public void Compute_EmptyDenominator_NullValueZeroCounts()
    {
        var data = new CaseData { Section47Enquiries = [S47("2017-04-03", "2017-04-04")] };
        var may = Run(data, "2017-04", "2017-05", null, KpiIds.IcpcWithin15WdPct)[KpiIds.IcpcWithin15WdPct, M("2017-05")]!;
        Assert.Null(may.Value);
        Assert.Equal((0L, 0L), (may.Numerator!.Value, may.Denominator!.Value));
        Assert.Equal(100.0, may.YtdValue); // April's 1 / 1 pooled
        Assert.Equal(Rag.None, may.Rag);   // rated on the month: no value, no rating
    }

    [Fact]
    public void Compute_UnknownKpiId_ListsKnownIds()
    {
        var ex = Assert.Throws<ArgumentException>(() => Run(CaseData.Empty, "2017-05", "2017-05", null, "nope"));
        Assert.StartsWith("Unknown KPI id 'nope'. Known ids: contacts, contacts_nfa_pct,", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_FromAfterTo_ArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => Run(CaseData.Empty, "2017-06", "2017-05"));
        Assert.Equal("The first month 2017-06 is after the last month 2017-05.", ex.Message);
    }

    [Fact]
    public void Compute_NoDates_NoMonths()
        => Assert.Empty(KpiEngine.Compute(CaseData.Empty).Months);

    [Fact]
    public void Compute_DateOutsideCalendar_ReportedAndLeftOut()
    {
        var data = new CaseData { Section47Enquiries = [S47("1990-01-02", "2017-05-04"), S47("2017-05-02", "2017-05-04")] };
        var r = Run(data, "2017-05", "2017-05", null, KpiIds.IcpcWithin15WdPct);
        Assert.Equal(1L, r[KpiIds.IcpcWithin15WdPct, M("2017-05")]!.Denominator);
        Assert.Equal("KPI_DATE_OUTSIDE_CALENDAR", Assert.Single(r.Issues).RuleId);
    }

    [Fact]
    public void Catalog_Default_HasEveryIssueId()
    {
        string[] expected =
        [
            "contacts", "contacts_nfa_pct", "contacts_blue_pct", "contacts_early_help_pct", "early_help_step_downs", "referrals",
            "assessments_within_45wd_pct", "assessments_nfa_pct", "s47_enquiries", "icpcs", "icpc_within_15wd_pct", "cp_plans",
            "cp_visits_within_15wd_pct", "cin_plans", "cin_plans_over_12m_pct", "cin_cp_ratio", "rhi_within_72h_pct", "lac",
            "lac_outside_la_pct", "lac_over_20_miles_pct", "lac_aged_16_17_pct", "lac_s20_pct", "lac_care_order_pct",
            "lac_with_advocate_pct", "advocacy_lac_pct", "lac_ceased_permanency_pct",
        ];
        // the original pack, in its order (national measures added since sit among them)
        Assert.Equal(expected, KpiCatalog.Default.Ids.Where(expected.Contains));
        string[] lookedAfterNational =
        [
            "lac_started", "lac_ceased", "lac_3plus_placements_pct", "lac_long_term_stability_pct",
        ];
        Assert.Equal(lookedAfterNational, KpiCatalog.Default.Ids.Where(lookedAfterNational.Contains));
    }

    [Fact]
    public void Definition_YtdRules_FollowUnitAndKind()
    {
        var c = KpiCatalog.Default;
        Assert.Equal(KpiYtdRule.Sum, c[KpiIds.Contacts].YtdRule);
        Assert.Equal(KpiYtdRule.None, c[KpiIds.CpPlans].YtdRule);
        Assert.Equal(KpiYtdRule.Pool, c[KpiIds.LacOutsideLaPct].YtdRule);
        Assert.Equal(KpiYtdRule.None, c[KpiIds.CinCpRatio].YtdRule);
    }
}

public sealed class KpiInputsTests
{
    [Fact]
    public void MergePerChild_OverlapGoesToEarlierRecord_ChildOnce()
    {
        var a = Cp("C1", "2017-01-15", "2017-04-10"); // months Jan..Mar
        var b = Cp("C1", "2017-03-01", "2017-06-01"); // months Mar..May; March already taken
        var c = Cp("C0", "2017-02-01", null);
        var segs = KpiInputs.MergePerChild([a, b, c]);
        // Children in order of first appearance (C1 is key 0, C0 key 1), then months.
        Assert.Equal(
            [("C1", 0, M("2017-01").Index, M("2017-03").Index), ("C1", 0, M("2017-04").Index, M("2017-05").Index), ("C0", 1, M("2017-02").Index, KpiMonths.Open)],
            segs.Select(s => (s.ChildId, s.ChildKey, s.First, s.Last)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MergePerChild_TwoPlansStartingTheSameDay_TheSmallerIdStandsForTheChild(bool smallerFirst)
    {
        // Both open 2017-03-01; P10 ends in May, P9 stays open. Ordinal order: "P10" < "P9", so P10 takes March and
        // April (its months) whichever comes first in the input, and P9 the months after it.
        var p10 = Cp("C1", "2017-03-01", "2017-05-15") with { CpPlanId = "P10" };
        var p9 = Cp("C1", "2017-03-01", null) with { CpPlanId = "P9" };
        var segs = KpiInputs.MergePerChild(smallerFirst ? new[] { p10, p9 } : new[] { p9, p10 });
        Assert.Equal(
            [("P10", M("2017-03").Index, M("2017-04").Index), ("P9", M("2017-05").Index, KpiMonths.Open)],
            segs.Select(s => (s.Record.CpPlanId, s.First, s.Last)));
    }

    [Fact]
    public void MergePerChild_SameDayStartEnd_NoMonth()
        => Assert.Empty(KpiInputs.MergePerChild([Cp("C1", "2017-05-10", "2017-05-20")]));

    [Fact]
    public void Intersect_ChildrenAndMonths_WorkedByHand()
    {
        var inputs = new KpiInputs(CaseData.Empty); // one child numbering for both lists
        var lac = KpiInputs.MergePerChild([Lac("A", "2017-01-10", null), Lac("B", "2017-01-10", "2017-03-02")], inputs.ChildKeyOf);
        var adv = KpiInputs.MergePerChild([Advocacy("B", "2017-02-10", null), Advocacy("C", "2017-01-01", null), Advocacy("A", "2017-04-01", "2017-06-01")], inputs.ChildKeyOf);
        var found = new List<(string, int, int)>();
        KpiInputs.Intersect(lac, adv, (l, _, f, t) => found.Add((l.ChildId, f, t)));
        // A: Apr..May; B: Feb only (LAC Jan..Feb, advocacy from Feb).
        Assert.Equal([("A", M("2017-04").Index, M("2017-05").Index), ("B", M("2017-02").Index, M("2017-02").Index)], found);
    }

    [Theory]
    [InlineData("2000-02-29", 18, "2018-03-01")]
    [InlineData("2000-02-29", 16, "2016-02-29")]
    [InlineData("2001-06-15", 16, "2017-06-15")]
    public void Birthday_LeapDay_MatchesWholeYears(string dob, int years, string expected)
    {
        var day = KpiMonths.Birthday(D(dob), years);
        Assert.Equal(D(expected), day);
        Assert.Equal(years, Ages.WholeYears(D(dob), day));
        Assert.Equal(years - 1, Ages.WholeYears(D(dob), day.AddDays(-1)));
    }
}
