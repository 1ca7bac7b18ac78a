using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class AssessmentsWithin45WdPctTests
{
    internal static CaseData EasterAssessments() => new()
    {
        // Working days from 2017-03-20 (Mon): 20-24 Mar after the start = 4, 27-31 Mar 9, 3-7 Apr 14, 10-13 Apr 18
        // (14 Good Friday), 18-21 Apr 22 (17 Easter Monday), 24-28 Apr 27, 2-5 May 31 (1 May bank holiday),
        // 8-12 May 36, 15-19 May 41, 22-25 May 45 -> authorised Thu 25 May is exactly 45: within; Fri 26 May is 46: not.
        Assessments =
        [
            Assessment("2017-03-20", "2017-05-25", AssessmentOutcome.Nfa),
            Assessment("2017-03-20", "2017-05-26", AssessmentOutcome.Cin),
            Assessment("2017-05-02", "2017-05-02", null), // same day: 0 working days
            Assessment("2017-05-02", null),               // not authorised: not counted
        ],
    };

    [Fact]
    public void BankHolidaysAndBoundary_WorkedByHand()
    {
        var within = Run(EasterAssessments(), "2017-05", "2017-05", null, AssessmentsWithin45WdPct.Id)[AssessmentsWithin45WdPct.Id, M("2017-05")]!;
        Assert.Equal((2L, 3L), (within.Numerator!.Value, within.Denominator!.Value));
        Assert.Equal(200.0 / 3, within.Value!.Value, 12);
        // 66.7% against a target of 85 with amber from 75: red.
        Assert.Equal(Rag.Red, within.Rag);
    }

    [Fact]
    public void ReferralClock_StartsAtReferralAndReportsMissingReferral()
    {
        // The referral on 2017-03-17 (Fri) adds 1 working day (20 Mar) to the count above: 25 May is then 46.
        var data = new CaseData
        {
            Referrals = [Referral("2017-03-17", "R-1")],
            Assessments = [Assessment("2017-03-20", "2017-05-25", referralId: "R-1"), Assessment("2017-05-02", "2017-05-03", referralId: "R-404")],
        };
        var config = new KpiConfig { Timescales = new KpiTimescales { AssessmentClockStart = AssessmentClockStart.Referral } };
        var r = Run(data, "2017-05", "2017-05", config, AssessmentsWithin45WdPct.Id);
        var within = r[AssessmentsWithin45WdPct.Id, M("2017-05")]!;
        Assert.Equal((0L, 1L), (within.Numerator!.Value, within.Denominator!.Value));
        var issue = Assert.Single(r.Issues);
        Assert.Equal("ASSESSMENT_REFERRAL_MISSING", issue.RuleId);
        Assert.Equal("R-404", issue.Value);
    }

    [Fact]
    public void LeapYear_AuthorisedOnMonthEnd_CountsInThatMonth()
    {
        // From Mon 1 Feb 2016: 2-5 Feb = 4, then 5 a week: 8-12 Feb 9, 15-19 Feb 14, 22-26 Feb 19, 29 Feb 20.
        var data = new CaseData
        {
            Assessments =
            [
                Assessment("2016-02-01", "2016-02-29"), // 20 working days, authorised on the leap day: February's
                Assessment("2016-02-29", "2016-03-01"), // 1 working day: March's
            ],
        };
        var s = Run(data, "2016-02", "2016-03", null, AssessmentsWithin45WdPct.Id)[AssessmentsWithin45WdPct.Id];
        Assert.Equal([(1L, 1L), (1L, 1L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }
}
