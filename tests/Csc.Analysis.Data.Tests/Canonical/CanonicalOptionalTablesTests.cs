using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>The optional tables and columns of the national measures: read, written back, and told apart when absent.</summary>
public sealed class CanonicalOptionalTablesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private LoadResult Load() => new CanonicalExtractLoader().Load(folder.Path, new LoadOptions { ExtractDate = new DateOnly(2017, 5, 31) });

    private void WriteFull()
    {
        folder.Write("children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode,uasc\nC1,F,2008-02-29,WBRI,NONE,,Y\nC2,M,2001-04-01,WBRI,NONE,,\n");
        folder.Write("referrals.csv", "referral_id,child_id,referral_date,source,nfa,team,worker,closure_date,reason_for_closure,primary_need_code\n"
            + "R1,C1,2016-02-29,POLICE,N,A,W1,2017-03-31,RC1,N1\nR2,C2,2017-05-31,LA,N,A,W1,,,N9\n");
        folder.Write("cp_plans.csv", "cp_plan_id,child_id,start_date,end_date,initial_category,latest_category,team,worker,previous_cp_plans\nP1,C1,2016-03-01,,NEG,NEG,A,W1,2\nP2,C2,2016-03-01,,NEG,NEG,A,W1,1.5\n");
        folder.Write("cp_reviews.csv", "cp_review_id,cp_plan_id,child_id,review_date\nV1,P1,C1,2016-05-31\n");
        folder.Write("lac_reviews.csv", "lac_review_id,child_id,review_date\nL1,C1,2017-02-28\n");
        folder.Write("lac_health.csv", "health_check_id,child_id,check_type,check_date,status\nH1,C1,HEALTH_ASSESSMENT,2017-03-31,COMPLETED\nH2,C1,DENTAL_CHECK,2017-03-31,REFUSED\nH3,C1,EYE_TEST,2017-03-31,COMPLETED\n");
        folder.Write("care_leavers.csv", "care_leaver_id,child_id,birthday_date,in_touch,activity,accommodation,accommodation_suitable\nCL1,C2,2017-04-01,YES,F2,S1,Y\nCL2,C2,2016-04-01,RHOM,,,\n");
        folder.Write("population.csv", "year,aged_0_17\n2016,61234\n2017,61990.5\n");
    }

    [Fact]
    public void Load_ReadsEveryOptionalTableAndColumn()
    {
        WriteFull();
        var result = Load();
        var d = result.Data;
        Assert.True(d.Children[0].Uasc);
        Assert.Null(d.Children[1].Uasc);
        Assert.Equal((new DateOnly(2017, 3, 31), "RC1", "N1"), (d.Referrals[0].ClosureDate!.Value, d.Referrals[0].ReasonForClosure, d.Referrals[0].PrimaryNeedCode));
        Assert.Null(d.Referrals[1].ClosureDate);
        Assert.Equal(2, d.CpPlans[0].PreviousCpPlans);
        Assert.Equal([new CpReview("V1", "P1", "C1", new DateOnly(2016, 5, 31))], d.CpReviews);
        Assert.Equal([new LacReview("L1", "C1", new DateOnly(2017, 2, 28))], d.LacReviews);
        Assert.Equal(
        [
            new LacHealthCheck("H1", "C1", HealthCheckType.HealthAssessment, new DateOnly(2017, 3, 31), HealthCheckStatus.Completed),
            new LacHealthCheck("H2", "C1", HealthCheckType.DentalCheck, new DateOnly(2017, 3, 31), HealthCheckStatus.Refused),
        ], d.LacHealth);
        Assert.Equal(new CareLeaver("CL1", "C2", new DateOnly(2017, 4, 1), CareLeaverContact.Yes, "F2", "S1", true), d.CareLeavers[0]);
        Assert.Equal(CareLeaverContact.ReturnedHome, d.CareLeavers[1].InTouch);
        Assert.Equal([new PopulationEstimate(2016, 61234)], d.Population);
        var supplied = d.Supplied!;
        Assert.True(supplied.Has(CaseTable.CpReviews) && supplied.Has(CaseTable.Population) && supplied.Has(CaseTable.CareLeavers));
        Assert.False(supplied.Has(CaseTable.Contacts));
        Assert.True(supplied.Has(OptionalField.ReferralClosureDate) && supplied.Has(OptionalField.CpPlanPreviousPlans) && supplied.Has(OptionalField.ChildUasc));
    }

    [Fact]
    public void Load_BadValues_AreLocated()
    {
        WriteFull();
        var issues = Load().Issues;
        // An unknown check type rejects the row; a fractional previous_cp_plans keeps the plan; a fractional population rejects the year.
        Assert.Contains(issues, i => i.Severity == IssueSeverity.Error && i.File == "lac_health.csv" && i.Line == 4 && i.Column == "check_type" && i.Value == "EYE_TEST");
        Assert.Contains(issues, i => i.Severity == IssueSeverity.Warning && i.RuleId == CanonicalRules.NotAWholeNumber && i.File == "cp_plans.csv" && i.Line == 3 && i.Value == "1.5");
        Assert.Contains(issues, i => i.Severity == IssueSeverity.Error && i.File == "population.csv" && i.Line == 3 && i.Column == "aged_0_17");
    }

    [Fact]
    public void Load_OptionalTablesAndColumnsAbsent_NoIssues_AndNotSupplied()
    {
        folder.Write("children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\nC1,F,2008-02-29,WBRI,NONE,\n");
        folder.Write("referrals.csv", "referral_id,child_id,referral_date,source,nfa,team,worker\nR1,C1,2016-02-29,POLICE,N,A,W1\n");
        folder.Write("lac_reviews.csv", "lac_review_id,child_id,review_date\n");
        var result = Load();
        Assert.DoesNotContain(result.Issues, i => i.File is "cp_reviews.csv" or "population.csv" or "care_leavers.csv" or "lac_health.csv");
        Assert.DoesNotContain(result.Issues, i => i.File == "referrals.csv");
        var supplied = result.Data.Supplied!;
        Assert.False(supplied.Has(CaseTable.CpReviews));
        Assert.False(supplied.Has(OptionalField.ReferralClosureDate));
        // A header-only table is supplied: it says there were none, which is not the same as not knowing.
        Assert.True(supplied.Has(CaseTable.LacReviews));
        Assert.Empty(result.Data.LacReviews);
    }

    [Fact]
    public void WriteThenLoad_RoundTripsTheOptionalData()
    {
        WriteFull();
        var loaded = Load().Data;
        using var copy = new TempFolder();
        var files = CanonicalExtractWriter.Write(loaded, copy.Path);
        Assert.Contains(files, f => f.EndsWith("population.csv", StringComparison.Ordinal));
        var again = new CanonicalExtractLoader().Load(copy.Path, LoadOptions.Default).Data;
        Assert.Equal(loaded.Children, again.Children);
        Assert.Equal(loaded.Referrals, again.Referrals);
        Assert.Equal(loaded.CpPlans, again.CpPlans);
        Assert.Equal(loaded.CpReviews, again.CpReviews);
        Assert.Equal(loaded.LacHealth, again.LacHealth);
        Assert.Equal(loaded.CareLeavers, again.CareLeavers);
        Assert.Equal(loaded.Population, again.Population);
    }

    [Fact]
    public void Write_WithoutOptionalData_WritesTheCoreShapeOnly()
    {
        var data = new CaseData { Referrals = [new Referral("R1", "C1", new DateOnly(2017, 5, 31), null, false, null, null)] };
        var files = CanonicalExtractWriter.Write(data, folder.Path);
        Assert.Equal(13, files.Count);
        Assert.Equal("referral_id,child_id,referral_date,source,nfa,team,worker", File.ReadLines(folder.File("referrals.csv")).First());
        Assert.False(File.Exists(folder.File("population.csv")));
    }
}
