using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class AssessmentMeasuresTests
{
    // As at 31 May 2017. Corrected window 1 December 2016 to 31 May 2017; chat window 1 November 2016 to 30 April 2017.
    internal static CaseData Data() => new()
    {
        Children = [.. "ABCDEFGHIJ".Select(c => Child(c.ToString()))],
        Assessments =
        [
            Assessment("A", "2017-04-03", "2017-04-13"),                            // 8 / 8
            Assessment("B", "2017-04-13", "2017-04-18"),                            // Easter: 1 / 3
            Assessment("C", "2017-03-01", "2017-03-01", AssessmentOutcome.Nfa),     // same day: 0 / 0
            Assessment("D", "2017-03-10", "2017-03-08"),                            // negative: left out / -2
            Assessment("E", "2017-01-09", "2017-03-13"),                            // 45 exactly: within
            Assessment("F", "2017-01-09", "2017-03-14"),                            // 46: not within
            Assessment("G", "2017-02-04", "2017-02-06"),                            // Saturday start: 1 / 0
            Assessment("H", "2017-05-02", "2017-05-15"),                            // 9, only in the corrected window
            Assessment("I", "2016-11-14", "2016-11-15"),                            // 1, only in the chat window
            Assessment("A", "2017-04-03", "2017-04-13"),                            // a repeated row of A
            Assessment("J", "2017-05-20", null),                                    // open at both reference dates
        ],
    };

    [Fact]
    public void Corrected_DistinctRecords_WorkingDaysWithBankHolidays_NegativeLeftOut()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Corrected);
        // Durations [8, 1, 0, 45, 46, 1, 9]: 6 of 7 within 45.
        Assert.Equal((85.7, 6L, 7L), r.Vnd("assessments_within_45wd_pct"));
        Assert.Equal((14.3, 1L, 7L), r.Vnd("assessments_duration_bins", "same day"));
        Assert.Equal((57.1, 4L, 7L), r.Vnd("assessments_duration_bins", "1-10"));
        Assert.Equal(1L, r.Get("assessments_duration_bins", "41-45").Numerator);
        Assert.Equal(1L, r.Get("assessments_duration_bins", "46-50").Numerator);
        Assert.Equal(0L, r.Get("assessments_duration_bins", "61+").Numerator);
        // Sorted [0, 1, 1, 8, 9, 45, 46], R type 7: p25 = 1, p50 = 8, p75 = 9 + 0.5 * 36 = 27.
        Assert.Equal(1, r.Get("assessments_duration_percentile", "p25").Value);
        Assert.Equal(8, r.Get("assessments_duration_percentile", "p50").Value);
        Assert.Equal(27, r.Get("assessments_duration_percentile", "p75").Value);
        // Completed in the window: A to H, 8 children (D counts as completed; only its duration is left out).
        Assert.Equal(8, r.Get("assessments_completed").Value);
        Assert.Equal(1, r.Get("assessments_open").Value);
        // Outcomes: C is NFA of the 8 completed.
        Assert.Equal((12.5, 1L, 8L), r.Vnd("assessments_nfa_pct"));
        var issue = Assert.Single(r.Issues, i => i.RuleId == InspectionRules.DurationNegative.Id);
        Assert.Contains("child D", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_Rows_MondayToFridayHalfOpen_NegativeAndSameDayInTheFirstBin()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Chat);
        // Rows A, A, B, C, D, E, F, G, I: durations [8, 8, 3, 0, -2, 45, 46, 0, 1]; all but F within.
        Assert.Equal((88.9, 8L, 9L), r.Vnd("assessments_within_45wd_pct"));
        Assert.Equal((33.3, 3L, 9L), r.Vnd("assessments_duration_bins", "same day"));
        Assert.Equal(4L, r.Get("assessments_duration_bins", "1-10").Numerator);
        // Sorted [-2, 0, 0, 1, 3, 8, 8, 45, 46]: p25 = 0, p50 = 3, p75 = 8.
        Assert.Equal([0.0, 3.0, 8.0], new[] { "p25", "p50", "p75" }.Select(p => r.Get("assessments_duration_percentile", p).Value!.Value));
        Assert.Equal(9, r.Get("assessments_completed").Value);
    }
}
