using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

public sealed class FrontDoorKpisTests
{
    private static CaseData ContactData() => new()
    {
        Contacts =
        [
            Contact("2017-04-30", ContactOutcome.Nfa, BragRating.Blue), // April (last day)
            Contact("2017-05-01", ContactOutcome.Nfa, BragRating.Blue), // May (first day, a bank holiday: still a contact)
            Contact("2017-05-15", ContactOutcome.EarlyHelp, BragRating.Green),
            Contact("2017-05-20", ContactOutcome.Referral, BragRating.Red),
            Contact("2017-05-31", ContactOutcome.Nfa, BragRating.None), // May (last day)
            Contact("2017-06-01", ContactOutcome.Nfa, BragRating.Blue), // June
        ],
    };

    [Fact]
    public void Contacts_MonthBoundaries_CountByContactDate()
    {
        var r = Run(ContactData(), "2017-04", "2017-06", null, KpiIds.Contacts);
        // April 1, May 4 (1, 15, 20, 31 May), June 1; a count of events: YTD sums 1, 5, 6.
        Assert.Equal([1.0, 4.0, 1.0], r[KpiIds.Contacts].Results.Select(x => x.Value!.Value));
        Assert.Equal([1.0, 5.0, 6.0], r[KpiIds.Contacts].Results.Select(x => x.YtdValue!.Value));
        Assert.Null(r[KpiIds.Contacts, M("2017-05")]!.Denominator);
        Assert.Equal(Rag.None, r[KpiIds.Contacts, M("2017-05")]!.Rag);
    }

    [Fact]
    public void ContactPercentages_May_WorkedByHand()
    {
        var r = Run(ContactData(), "2017-04", "2017-05");
        var nfa = r[KpiIds.ContactsNfaPct, M("2017-05")]!;
        // May: NFA on 1 and 31 May = 2 of 4 = 50%. YTD pools April (1/1): 3/5 = 60%.
        Assert.Equal((2L, 4L, 50.0), (nfa.Numerator!.Value, nfa.Denominator!.Value, nfa.Value!.Value));
        Assert.Equal((3L, 5L, 60.0), (nfa.YtdNumerator!.Value, nfa.YtdDenominator!.Value, nfa.YtdValue!.Value));
        // Default target 30% lower is better, amber to 35%: 50% is red.
        Assert.Equal(Rag.Red, nfa.Rag);
        // Blue: 1 May only = 1 of 4 = 25%: above the 20% target, within the amber band to 30.
        var blue = r[KpiIds.ContactsBluePct, M("2017-05")]!;
        Assert.Equal(25.0, blue.Value);
        Assert.Equal(Rag.Amber, blue.Rag);
        // Early help: 15 May = 1 of 4.
        Assert.Equal(25.0, r[KpiIds.ContactsEarlyHelpPct, M("2017-05")]!.Value);
    }

    [Fact]
    public void EarlyHelpStepDowns_OnlyStepDownRoute_SumsYtd()
    {
        var data = new CaseData
        {
            EarlyHelp =
            [
                EarlyHelp("2017-03-31", EarlyHelpRoute.StepDown), // March: previous financial year
                EarlyHelp("2017-04-01", EarlyHelpRoute.StepDown),
                EarlyHelp("2017-05-10", EarlyHelpRoute.StepDown),
                EarlyHelp("2017-05-11", EarlyHelpRoute.FrontDoor),
            ],
        };
        var s = Run(data, "2017-03", "2017-05", null, KpiIds.EarlyHelpStepDowns)[KpiIds.EarlyHelpStepDowns];
        Assert.Equal([1.0, 1.0, 1.0], s.Results.Select(x => x.Value!.Value));
        // YTD restarts on 1 April: March 1 (its own year), April 1, May 1 + 1 = 2.
        Assert.Equal([1.0, 1.0, 2.0], s.Results.Select(x => x.YtdValue!.Value));
    }

    [Fact]
    public void Referrals_CountInMonth()
    {
        var data = new CaseData { Referrals = [Referral("2017-05-01"), Referral("2017-05-31"), Referral("2017-06-01")] };
        Assert.Equal(2.0, Run(data, "2017-05", "2017-06")[KpiIds.Referrals, M("2017-05")]!.Value);
    }

    [Fact]
    public void AssessmentsWithin45Wd_BankHolidaysAndBoundary_WorkedByHand()
    {
        // Working days from 2017-03-20 (Mon): 20-24 Mar after the start = 4, 27-31 Mar 9, 3-7 Apr 14, 10-13 Apr 18
        // (14 Good Friday), 18-21 Apr 22 (17 Easter Monday), 24-28 Apr 27, 2-5 May 31 (1 May bank holiday),
        // 8-12 May 36, 15-19 May 41, 22-25 May 45 -> authorised Thu 25 May is exactly 45: within; Fri 26 May is 46: not.
        var data = new CaseData
        {
            Assessments =
            [
                Assessment("2017-03-20", "2017-05-25", AssessmentOutcome.Nfa),
                Assessment("2017-03-20", "2017-05-26", AssessmentOutcome.Cin),
                Assessment("2017-05-02", "2017-05-02", null), // same day: 0 working days
                Assessment("2017-05-02", null),               // not authorised: not counted
            ],
        };
        var r = Run(data, "2017-05", "2017-05");
        var within = r[KpiIds.AssessmentsWithin45WdPct, M("2017-05")]!;
        Assert.Equal((2L, 3L), (within.Numerator!.Value, within.Denominator!.Value));
        Assert.Equal(200.0 / 3, within.Value!.Value, 12);
        // 66.7% against a target of 85 with amber from 75: red.
        Assert.Equal(Rag.Red, within.Rag);
        var nfa = r[KpiIds.AssessmentsNfaPct, M("2017-05")]!;
        Assert.Equal((1L, 3L), (nfa.Numerator!.Value, nfa.Denominator!.Value));
    }

    [Fact]
    public void AssessmentsWithin_ReferralClock_StartsAtReferralAndReportsMissingReferral()
    {
        // The referral on 2017-03-17 (Fri) adds 1 working day (20 Mar) to the count above: 25 May is then 46.
        var data = new CaseData
        {
            Referrals = [Referral("2017-03-17", "R-1")],
            Assessments = [Assessment("2017-03-20", "2017-05-25", referralId: "R-1"), Assessment("2017-05-02", "2017-05-03", referralId: "R-404")],
        };
        var config = new KpiConfig { Timescales = new KpiTimescales { AssessmentClockStart = AssessmentClockStart.Referral } };
        var r = Run(data, "2017-05", "2017-05", config, KpiIds.AssessmentsWithin45WdPct);
        var within = r[KpiIds.AssessmentsWithin45WdPct, M("2017-05")]!;
        Assert.Equal((0L, 1L), (within.Numerator!.Value, within.Denominator!.Value));
        var issue = Assert.Single(r.Issues);
        Assert.Equal("ASSESSMENT_REFERRAL_MISSING", issue.RuleId);
        Assert.Equal("R-404", issue.Value);
    }
}
