using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class AssessmentsNfaPctTests
{
    [Fact]
    public void AuthorisedAssessmentsOnly_WorkedByHand()
    {
        var nfa = Run(AssessmentsWithin45WdPctTests.EasterAssessments(), "2017-05", "2017-05", null, AssessmentsNfaPct.Id)[AssessmentsNfaPct.Id, M("2017-05")]!;
        // Authorised in May: 25 May (NFA), 26 May (CIN), 2 May (no outcome recorded: in the denominator); the unauthorised one is out.
        Assert.Equal((1L, 3L), (nfa.Numerator!.Value, nfa.Denominator!.Value));
    }

    [Fact]
    public void CountsInTheMonthOfAuthorisation_NotOfStart()
    {
        var data = new CaseData
        {
            Assessments =
            [
                Assessment("2017-03-30", "2017-03-31", AssessmentOutcome.Nfa), // authorised on 31 March: March's
                Assessment("2017-03-31", "2017-04-01", AssessmentOutcome.Nfa), // started in March, authorised 1 April: April's
                Assessment("2017-04-03", "2017-04-03", AssessmentOutcome.Cin), // same day
            ],
        };
        var s = Run(data, "2017-03", "2017-04", null, AssessmentsNfaPct.Id)[AssessmentsNfaPct.Id];
        Assert.Equal([(1L, 1L), (1L, 2L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
        // April's YTD starts in April: 1 of 2.
        Assert.Equal((1L, 2L), (s[M("2017-04")]!.YtdNumerator!.Value, s[M("2017-04")]!.YtdDenominator!.Value));
    }
}
