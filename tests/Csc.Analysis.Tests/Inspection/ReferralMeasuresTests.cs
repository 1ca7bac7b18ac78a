using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class ReferralMeasuresTests
{
    private static CaseData Data() => new()
    {
        Children = [.. "ABCDE".Select(c => Child(c.ToString()))],
        Referrals =
        [
            Referral("A", "2016-03-01"), Referral("A", "2017-03-01"),   // previous exactly 12 months before: a re-referral
            Referral("B", "2016-02-29"), Referral("B", "2017-03-01"),   // 12 months and a day: not
            Referral("C", "2016-02-29"), Referral("C", "2017-02-28"),   // 28 February 2017 less 12 months is 28 February 2016: a re-referral
            Referral("D", "2017-04-10"), Referral("D", "2017-04-10"),   // the same day twice: not a re-referral
            Referral("E", "2017-01-10", nfa: true),
        ],
    };

    [Fact]
    public void Corrected_RepeatsWithin12Months_29February()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Corrected);
        // Records in the window: A, B, C, D (once), E.
        Assert.Equal(5, r.Get("referrals_records").Value);
        Assert.Equal(5, r.Get("referrals").Value);
        Assert.Equal((40.0, 2L, 5L), r.Vnd("referrals_repeat_12m_pct"));
        Assert.Equal((20.0, 1L, 5L), r.Vnd("referrals_nfa_pct"));
    }

    [Fact]
    public void Chat_Rows()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Chat);
        // Rows A, B, C, D, D, E (all before 1 May 2017).
        Assert.Equal(6, r.Get("referrals").Value);
        Assert.Equal((33.3, 2L, 6L), r.Vnd("referrals_repeat_12m_pct"));
        Assert.Equal((16.7, 1L, 6L), r.Vnd("referrals_nfa_pct"));
        Assert.Null(r.Get("referrals_rate_per_10k").Value);
        Assert.Contains(r.Issues, i => i.RuleId == InspectionRules.PopulationMissing.Id);
    }
}
