using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class ChildrenInNeedMeasuresTests
{
    private static CaseData Data() => new()
    {
        Children = [.. "ABCD".Select(c => Child(c.ToString()))],
        CinPlans =
        [
            Cin("A", "2016-05-31", null),           // 12 months exactly at 31 May 2017; not yet at 1 May
            Cin("B", "2017-05-31", "2017-05-31"),   // started and ended on the as-at day: not open at it
            Cin("C", "2017-01-01", null),
        ],
        Referrals =
        [
            Referral("A", "2016-05-01"),
            Referral("D", "2017-01-01") with { ClosureDate = D("2017-05-31") },   // closed on the as-at day
        ],
    };

    [Fact]
    public void Corrected_OpenAtTheAsAtDay_12MonthsExactly()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Corrected);
        Assert.Equal(2, r.Get("cin_plans").Value);
        Assert.Equal(2, r.Get("cin_plans_started").Value);
        Assert.Equal(1, r.Get("cin_plans_ended").Value);
        Assert.Equal((50.0, 1L, 2L), r.Vnd("cin_plans_over_12m_pct"));
        Assert.Equal(1L, r.Get("cin_open_length", "12-24 months").Numerator);
        // A's referral is open; D's closed on the day.
        Assert.Equal(1, r.Get("children_in_need").Value);
    }

    [Fact]
    public void Chat_MeasuredToThe1stOfTheMonth()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Chat);
        Assert.Equal(2, r.Get("cin_plans").Value);
        Assert.Equal(1, r.Get("cin_plans_started").Value);
        Assert.Equal(0, r.Get("cin_plans_ended").Value);
        Assert.Equal((0.0, 0L, 2L), r.Vnd("cin_plans_over_12m_pct"));
        Assert.Equal(2, r.Get("children_in_need").Value);
    }
}
