using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class ChildProtectionMeasuresTests
{
    private static CaseData Data() => new()
    {
        Children = [.. "ABCDE".Select(c => Child(c.ToString()))],
        CpPlans =
        [
            Cp("A", "2015-05-31", null, "PHY"),                 // 2 years exactly at 31 May 2017
            Cp("B", "2017-02-01", null, "NEG", previous: 1),   // second by the previous-plans count
            Cp("C", "2016-01-01", "2017-03-01"),
            Cp("D", "2015-01-01", "2017-01-01"),                // lasted 2 years exactly
            Cp("E", "2016-01-01", "2016-06-01"), Cp("E", "2017-03-15", null),   // second by the data
        ],
        CpVisits =
        [
            new CpVisit("A1", "A", D("2017-04-20"), true, null),
            new CpVisit("A2", "A", D("2017-05-17"), true, null),
            new CpVisit("B1", "B", D("2017-05-05"), true, null),
        ],
    };

    [Fact]
    public void Corrected_TwoYearsExactly_SecondPlans_VisitsInWorkingDays()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Corrected);
        Assert.Equal(3, r.Get("cp_plans").Value);   // A, B, E
        Assert.Equal((33.3, 1L, 3L), r.Vnd("cp_plans_open_2y_plus_pct"));
        Assert.Equal(2, r.Get("cp_plans_started").Value);
        Assert.Equal((100.0, 2L, 2L), r.Vnd("cp_plans_second_or_subsequent_pct"));
        Assert.Equal(2, r.Get("cp_plans_ended").Value);
        Assert.Equal((50.0, 1L, 2L), r.Vnd("cp_plans_ended_2y_plus_pct"));
        Assert.Equal(2L, r.Get("cp_category", "NEG").Numerator);
        // A: (17 May, 31 May] over the 29 May bank holiday is 9; B: (5 May, 31 May] is 17; E has no visit.
        Assert.Equal(1L, r.Get("cp_visit_since", "0-10").Numerator);
        Assert.Equal(1L, r.Get("cp_visit_since", "16-20").Numerator);
        Assert.Equal(1L, r.Get("cp_visit_since", "no visit recorded").Numerator);
    }

    [Fact]
    public void Chat_ToThe1stOfTheMonth_VisitsAfterItNotSeen()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Chat);
        Assert.Equal(3, r.Get("cp_plans").Value);
        Assert.Equal((0.0, 0L, 3L), r.Vnd("cp_plans_open_2y_plus_pct"));
        Assert.Equal(2, r.Get("cp_plans_started").Value);
        Assert.Equal((50.0, 1L, 2L), r.Vnd("cp_plans_ended_2y_plus_pct"));
        // A's last visit on or before 1 May is 20 April: [20 April, 1 May) is 7; B's only visit is after it.
        Assert.Equal(1L, r.Get("cp_visit_since", "0-10").Numerator);
        Assert.Equal(2L, r.Get("cp_visit_since", "no visit recorded").Numerator);
    }
}
