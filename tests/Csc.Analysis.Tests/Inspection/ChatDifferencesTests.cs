using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

/// <summary>Each place PATCh 014 is wrong: the chat convention still gives the right figure (a regression test each).</summary>
public sealed class ChatDifferencesTests
{
    public static TheoryData<InspectionConvention> Both => [InspectionConvention.Corrected, InspectionConvention.Chat];

    [Fact]
    public void EveryDifference_HasItsRegressionTest()
    {
        string[] tested = ["population_0_17", "long_term_stability", "care_leavers_19_21", "health_checks", "missing_absent"];
        Assert.Equal(tested, ChatDifferences.All.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void Population_0_17_SumsAges0To17NotTo21(InspectionConvention convention)
    {
        // 100 children of each age 0 to 21: 014 would use 2,200; the right figure is 1,800.
        var csv = "year,age,population\n" + string.Join("\n", Enumerable.Range(0, 22).Select(a => $"2016,{a},100"));
        var (population, issues) = InspectionPopulation.Read(new StringReader(csv), "pop.csv");
        Assert.Empty(issues);
        var data = new CaseData { Children = [Child("A")], Referrals = [.. Enumerable.Range(1, 9).Select(i => Referral($"R{i}", "2017-03-01"))] };
        var r = Run(data, "2017-05-31", convention, population);
        Assert.Equal(1800, r.Population);
        // 9 referrals per 1,800 children: 50 per 10,000.
        Assert.Equal((50.0, 9L, 1800L), r.Vnd("referrals_rate_per_10k"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void LongTermStability_UnderSixteenLookedAfter30MonthsOrMore(InspectionConvention convention)
    {
        // Reference 31 May (corrected) or 1 May 2017 (chat).
        var data = new CaseData
        {
            Children = [Child("OLD", "2000-01-01"), Child("NEW", "2007-01-01"), Child("STAY", "2007-01-01"), Child("MOVE", "2007-01-01")],
            LacEpisodes =
            [
                Lac("OLD", "2014-01-01", null),                   // 17: not in the DfE cohort
                Lac("NEW", "2015-06-01", null),                   // looked after under 2.5 years: not in the cohort
                Lac("STAY", "2014-01-01", null),                  // same placement 3+ years: stable
                Lac("MOVE", "2014-01-01", "2016-06-01"),          // moved a year ago: not stable
                Lac("MOVE", "2016-06-01", null, rne: "P"),
            ],
        };
        var r = Run(data, "2017-05-31", convention);
        // 014 would give 3 of 4 (no filters); the cohort is STAY and MOVE, of whom STAY is stable.
        Assert.Equal((50.0, 1L, 2L), r.Vnd("lac_long_term_stability_pct"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void CareLeavers_19To21_SelectsOnlyThoseAges(InspectionConvention convention)
    {
        var data = new CaseData
        {
            Children = [Child("S", "2000-03-10"), Child("N", "1998-03-10"), Child("T", "1996-03-10")],
            CareLeavers =
            [
                new CareLeaver("S/17", "S", D("2017-03-10"), CareLeaverContact.Yes, "F1", "B1", true),   // 17th birthday
                new CareLeaver("N/19", "N", D("2017-03-10"), CareLeaverContact.No, "G4", "B2", false),   // 19th
                new CareLeaver("T/21", "T", D("2017-03-10"), CareLeaverContact.Yes, "G4", "B1", true),   // 21st
            ],
        };
        var r = Run(data, "2017-05-31", convention);
        Assert.Equal((66.7, 2L, 3L), r.Vnd("care_leavers_in_touch_pct"));
        Assert.Equal((100.0, 1L, 1L), r.Vnd("care_leavers_in_touch_pct", "17-18"));
        // 014 would repeat the all-ages 2 of 3 here.
        Assert.Equal((50.0, 1L, 2L), r.Vnd("care_leavers_in_touch_pct", "19-21"));
        Assert.Equal((0.0, 0L, 2L), r.Vnd("care_leavers_eet_pct", "19-21"));
        Assert.Equal((100.0, 1L, 1L), r.Vnd("care_leavers_eet_pct", "17-18"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void HealthChecks_ComputedNotForcedTo100(InspectionConvention convention)
    {
        var data = new CaseData
        {
            Children = [Child("A"), Child("B"), Child("C")],
            LacEpisodes = [Lac("A", "2015-01-01", null), Lac("B", "2015-01-01", null), Lac("C", "2017-01-01", null)],
            LacHealth =
            [
                new LacHealthCheck("A/h", "A", HealthCheckType.HealthAssessment, D("2017-03-01"), HealthCheckStatus.Completed),
                new LacHealthCheck("B/h", "B", HealthCheckType.HealthAssessment, D("2015-03-01"), HealthCheckStatus.Completed),  // over 12 months ago
                new LacHealthCheck("C/h", "C", HealthCheckType.HealthAssessment, D("2017-03-01"), HealthCheckStatus.Completed),  // not in care 12 months
            ],
        };
        var r = Run(data, "2017-05-31", convention);
        Assert.Equal((50.0, 1L, 2L), r.Vnd("lac_health_assessment_pct"));
        Assert.Equal((0.0, 0L, 2L), r.Vnd("lac_dental_check_pct"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void MissingAndAbsent_KeptApart(InspectionConvention convention)
    {
        static MissingEpisode Episode(string child, string day, MissingType type)
            => new($"{child}/{day}", child, D(day).ToDateTime(TimeOnly.MinValue), null, type, true, null);
        var data = new CaseData
        {
            Children = [Child("A"), Child("B"), Child("C")],
            LacEpisodes = [Lac("A", "2015-01-01", null), Lac("B", "2015-01-01", null), Lac("C", "2015-01-01", null)],
            MissingEpisodes = [Episode("A", "2017-02-01", MissingType.Missing), Episode("B", "2017-02-02", MissingType.Missing), Episode("C", "2017-02-03", MissingType.Absent)],
        };
        var r = Run(data, "2017-05-31", convention);
        // 014 would say 1 missing and 2 absent.
        Assert.Equal(2, r.Get("lac_missing_children").Value);
        Assert.Equal(1, r.Get("lac_absent_children").Value);
        Assert.Equal((100.0, 2L, 2L), r.Vnd("lac_missing_rhi_offered_pct"));
    }
}
