using Csc.Analysis.Domain;
using Csc.Analysis.Journeys;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Journeys;

public sealed class ChildJourneysTests
{
    private static JourneyResult Run(CaseData data, string from = "2017-01-01", string to = "2017-03-31", string dataEnd = "2017-05-31")
        => ChildJourneys.Analyse(data, new JourneyOptions { From = D(from), To = D(to), DataEnd = D(dataEnd) });

    private static Dictionary<string, (int Children, double? Median)> Steps(JourneyResult r)
        => r.Transitions.ToDictionary(t => $"{t.From.Id()}>{t.To.Id()}", t => (t.Children, t.MedianDays));

    private static Referral Ref(string child, string date, string id, string? closed = null, bool nfa = false)
        => Referral(date, id) with { ChildId = child, ClosureDate = closed is null ? null : D(closed), Nfa = nfa };

    [Fact]
    public void Analyse_ProtectionPathToCare_EveryStepWithItsDays()
    {
        // Contact 27 Feb, referral 2 March (3 days; 2017 is not a leap year), assessment 3 March (1), strategy discussion
        // 6 March (3), ICPC 27 March (21), plan the same day (0), looked after 1 May (35).
        var data = new CaseData
        {
            Contacts = [Contact("2017-02-27") with { ChildId = "C1" }],
            Referrals = [Ref("C1", "2017-03-02", "R1")],
            Assessments = [Assessment("2017-03-03", "2017-03-20", AssessmentOutcome.Cp, referralId: "R1") with { ChildId = "C1" }],
            Section47Enquiries = [S47("2017-03-06", "2017-03-27") with { ChildId = "C1" }],
            CpPlans = [Cp("C1", "2017-03-27", null)],
            LacEpisodes = [Lac("C1", "2017-05-01", null)],
        };
        var r = Run(data);
        Assert.Equal(
            new Dictionary<string, (int, double?)>
            {
                ["contact>referral"] = (1, 3), ["referral>assessment"] = (1, 1), ["assessment>section_47"] = (1, 3),
                ["section_47>icpc"] = (1, 21), ["icpc>cp_plan"] = (1, 0), ["cp_plan>looked_after"] = (1, 35),
            },
            Steps(r));
        Assert.Equal((1, 0), (r.Children, r.ShortFollowUp));
        Assert.Null(r.StillOpen); // no referral has a closure date: the column is taken as absent, so open is not known
    }

    [Fact]
    public void Analyse_FollowUp_45DaysExactlyIsFollowed_44IsLeftOut()
    {
        // Data to 31 May 2017: 16 April + 45 = 31 May (followed); 17 April + 45 = 1 June (left out).
        var data = new CaseData { Referrals = [Ref("C1", "2017-04-16", "R1"), Ref("C2", "2017-04-17", "R2")] };
        var r = Run(data, "2017-04-01", "2017-04-30");
        Assert.Equal((1, 1), (r.Children, r.ShortFollowUp));
        Assert.Equal((1, null), Steps(r)["referral>open"]);
    }

    [Fact]
    public void Analyse_NextReferralEndsTheWindow_OnlyTheFirstReferralOfThePeriodIsFollowed()
    {
        // C1: referrals 10 January and 1 February; the CIN plan of 1 February belongs to the second referral's journey,
        // so the first ends at its assessment, closed (closure 31 January). The second (in the period too) is not followed.
        var data = new CaseData
        {
            Referrals = [Ref("C1", "2017-02-01", "R2"), Ref("C1", "2017-01-10", "R1", closed: "2017-01-31")],
            Assessments = [Assessment("2017-01-11", "2017-01-30") with { ChildId = "C1" }],
            CinPlans = [Cin("C1", "2017-02-01", null)],
        };
        var r = Run(data);
        Assert.Equal(1, r.Children);
        Assert.Equal(
            new Dictionary<string, (int, double?)> { ["referral>assessment"] = (1, 1), ["assessment>closed"] = (1, null) },
            Steps(r));
        Assert.Equal(0, r.StillOpen);
    }

    [Fact]
    public void Analyse_LeapDay_ContactThirtyDaysBeforeCountsThirtyOneDoesNot()
    {
        // Referral 29 February 2016: 30 days before is 30 January (counts, 30 days); C2's contact on 29 January does not.
        var data = new CaseData
        {
            Contacts = [Contact("2016-01-30") with { ChildId = "C1" }, Contact("2016-01-29") with { ChildId = "C2" }],
            Referrals = [Ref("C1", "2016-02-29", "R1"), Ref("C2", "2016-02-29", "R2")],
        };
        var r = Run(data, "2016-02-01", "2016-02-29", "2016-12-31");
        Assert.Equal((1, 30), Steps(r)["contact>referral"]);
        Assert.Equal((2, null), Steps(r)["referral>open"]);
    }

    [Fact]
    public void Analyse_SameDayAndNegativeGaps_ShownAsRecorded_MedianOfAnEvenCount()
    {
        // Two children: C1's strategy discussion on the assessment day (0), C2's recorded two days before it (-2):
        // median of (-2, 0) = -1. Neither enquiry has a conference, so the journeys end at the enquiry.
        var data = new CaseData
        {
            Referrals = [Ref("C1", "2017-01-03", "R1"), Ref("C2", "2017-01-03", "R2")],
            Assessments =
            [
                Assessment("2017-01-05", null, referralId: "R1") with { ChildId = "C1" },
                Assessment("2017-01-05", null, referralId: "R2") with { ChildId = "C2" },
            ],
            Section47Enquiries = [S47("2017-01-05", null) with { ChildId = "C1" }, S47("2017-01-03", null) with { ChildId = "C2" }],
        };
        var r = Run(data);
        Assert.Equal(
            new Dictionary<string, (int, double?)> { ["referral>assessment"] = (2, 2), ["assessment>section_47"] = (2, -1) },
            Steps(r));
    }

    [Fact]
    public void Analyse_NfaWithoutAssessment_DaysToClosure_AndAssessmentNfa()
    {
        // C1: referral NFA, closed 2 days later (31 January to 2 February). C2: assessment 1 March with outcome NFA,
        // authorised 31 March (30 days). C3: assessment, then early help 20 March.
        var data = new CaseData
        {
            Referrals = [Ref("C1", "2017-01-31", "R1", closed: "2017-02-02", nfa: true), Ref("C2", "2017-03-01", "R2", closed: "2017-03-31"), Ref("C3", "2017-03-01", "R3")],
            Assessments =
            [
                Assessment("2017-03-01", "2017-03-31", AssessmentOutcome.Nfa, referralId: "R2") with { ChildId = "C2" },
                Assessment("2017-03-02", "2017-03-15", AssessmentOutcome.EarlyHelp, referralId: "R3") with { ChildId = "C3" },
            ],
            EarlyHelp = [EarlyHelp("2017-03-20", EarlyHelpRoute.StepDown) with { ChildId = "C3" }],
        };
        var s = Steps(Run(data));
        Assert.Equal((1, 2), s["referral>nfa"]);
        Assert.Equal((1, 30), s["assessment>nfa"]);
        Assert.Equal((1, 18), s["assessment>early_help"]);
        Assert.Equal((2, 0.5), s["referral>assessment"]);
    }

    [Fact]
    public void Analyse_ShortBreaksAreNotLookedAfter_AndAPeriodEndingBeforeItStartsIsRefused()
    {
        var data = new CaseData
        {
            Referrals = [Ref("C1", "2017-01-03", "R1")],
            Assessments = [Assessment("2017-01-04", null, referralId: "R1") with { ChildId = "C1" }],
            LacEpisodes = [Lac("C1", "2017-01-20", null, legal: "V3")],
        };
        Assert.Equal((1, null), Steps(Run(data))["assessment>open"]);
        var ex = Assert.Throws<ArgumentException>(() => Run(data, "2017-03-01", "2017-02-28"));
        Assert.StartsWith("The period ends (2017-02-28) before it starts (2017-03-01).", ex.Message, StringComparison.Ordinal);
    }
}
