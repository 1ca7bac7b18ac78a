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
        string[] tested = ["population_0_17", "long_term_stability", "care_leavers_19_21", "health_checks", "missing_absent", "window_end", "open_at_reference", "review_bins", "adoption_list_10"];
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
            Children = [Child("A"), Child("B"), Child("C"), Child("D")],
            LacEpisodes = [Lac("A", "2015-01-01", null), Lac("B", "2015-01-01", null), Lac("C", "2017-01-01", null), Lac("D", "2015-01-01", null)],
            LacHealth =
            [
                new LacHealthCheck("A/h", "A", HealthCheckType.HealthAssessment, D("2017-03-01"), HealthCheckStatus.Completed),
                // 9 months before 31 May (8 before 1 May): in the 12 months; 014 looks back 6.
                new LacHealthCheck("D/h", "D", HealthCheckType.HealthAssessment, D("2016-09-01"), HealthCheckStatus.Completed),
                new LacHealthCheck("B/h", "B", HealthCheckType.HealthAssessment, D("2015-03-01"), HealthCheckStatus.Completed),  // over 12 months ago
                new LacHealthCheck("C/h", "C", HealthCheckType.HealthAssessment, D("2017-03-01"), HealthCheckStatus.Completed),  // not in care 12 months
            ],
        };
        var r = Run(data, "2017-05-31", convention);
        Assert.Equal((66.7, 2L, 3L), r.Vnd("lac_health_assessment_pct"));
        Assert.Equal((0.0, 0L, 3L), r.Vnd("lac_dental_check_pct"));
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

    [Theory]
    [MemberData(nameof(Both))]
    public void WindowEnd_NothingOnOrAfterTheReferenceDateUnderChat_NothingAfterTheAsAtDate(InspectionConvention convention)
    {
        // As at 31 May 2017. A: 30 April (in both windows); B: 1 May (chat's reference date: corrected only);
        // C: 1 June (after the as-at date: neither). 014 (dated on or after 1 November 2016, no end) would count all three.
        var data = new CaseData
        {
            Children = [Child("A"), Child("B"), Child("C")],
            Contacts = [Contact("A", "2017-04-30"), Contact("B", "2017-05-01"), Contact("C", "2017-06-01")],
        };
        var r = Run(data, "2017-05-31", convention);
        Assert.Equal(convention == InspectionConvention.Chat ? 1 : 2, r.Get("contacts").Value);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void OpenAtReference_NotABlankEndDate(InspectionConvention convention)
    {
        // A: ended 15 June 2017, after the reference date (open at it); B: starts 10 June 2017 with no end (not open yet);
        // C: open since 2016; D: ended 1 July 2017 (open at it). 014 (blank end date) would count B and C: 2; the kit A, C and D.
        var data = new CaseData
        {
            Children = [Child("A"), Child("B"), Child("C"), Child("D")],
            CpPlans = [Cp("A", "2017-01-01", "2017-06-15"), Cp("B", "2017-06-10", null), Cp("C", "2016-01-01", null), Cp("D", "2016-06-01", "2017-07-01")],
        };
        var r = Run(data, "2017-05-31", convention);
        Assert.Equal(3, r.Get("cp_plans").Value);
        Assert.Equal((100.0, 3L, 3L), r.Vnd("cp_category", "NEG"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void ReviewBins_AReviewOverAYearOldStaysIn(InspectionConvention convention)
    {
        // Reference 31 May (corrected) or 1 May 2017 (chat). A: last review 26 April 2016, 400 (or 370) days before: 183+;
        // B: 1 May 2017, 30 (or 0) days: 0-91; C: no review. 014 would leave A out (no bin past 365 days): 1 of 2 each.
        var data = new CaseData
        {
            Children = [Child("A"), Child("B"), Child("C")],
            CpPlans = [Cp("A", "2016-01-01", null), Cp("B", "2016-01-01", null), Cp("C", "2016-01-01", null)],
            CpReviews = [new CpReview("RA", "A/2016-01-01", "A", D("2016-04-26")), new CpReview("RB", "B/2016-01-01", "B", D("2017-05-01"))],
        };
        var r = Run(data, "2017-05-31", convention);
        Assert.Equal((33.3, 1L, 3L), r.Vnd("cp_review_since", "183+"));
        Assert.Equal((33.3, 1L, 3L), r.Vnd("cp_review_since", "0-91"));
        Assert.Equal((33.3, 1L, 3L), r.Vnd("cp_review_since", "no review recorded"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void Adoption_List10Measured_ContactsStillList1(InspectionConvention convention)
    {
        // A match on 1 February 2017 (in both windows) beside one contact: list 10 is measured and list 1 is still the contacts.
        var data = new CaseData
        {
            Children = [Child("A"), Child("B")],
            Contacts = [Contact("B", "2017-03-01")],
            AnnexA = new AnnexAListRows
            {
                HasAdoptions = true,
                Adoptions = [new("A", D("2016-01-01"), D("2016-06-01"), D("2016-09-01"), D("2017-02-01"), null, null, null)],
            },
        };
        var r = Run(data, "2017-05-31", convention);
        Assert.Equal(1, r.Get("adoption_matched").Value);
        // 1 September 2016 to 1 February 2017: 30 + 31 + 30 + 31 + 31 = 153 days.
        Assert.Equal(153, r.Get("adoption_days_order_to_match_percentile", "p50").Value);
        Assert.Equal(1, r.Get("contacts").Value);
    }
}
