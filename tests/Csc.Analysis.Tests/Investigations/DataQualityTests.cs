using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using static Csc.Analysis.Tests.Investigations.Build;

namespace Csc.Analysis.Tests.Investigations;

public sealed class DataQualityTests
{
    private static readonly DataQualityOptions Options = new() { AnalysisDate = D("2017-05-31") };

    private static readonly Child Kid = new("k1", "1", D("2010-01-01"), null, null, null);

    private static IReadOnlyList<DataQualityIssue> Issues(CaseData data, string rule) => [.. DataQuality.Check(data, Options).Issues.Where(i => i.RuleId == rule)];

    private static LacEpisode Episode(string id, string start, string? end, string ls = "C2", string? rne = "S", string? rec = null, double? miles = 5)
        => new(id, "k1", D(start), end is null ? null : D(end), rne, ls, "N1", "U1", "PR1", null, miles, true, rec ?? (end is null ? null : "E11"));

    [Fact]
    public void Check_CpPlanOverlaps_IncludingNestedAndNotHandOver()
    {
        // p1 2015-01-01..2017-01-01 contains p2 (2015-06..2015-07) and overlaps p3 (2016-01-01);
        // p4 starts the day p3 ends: a hand-over, not an overlap.
        var data = new CaseData
        {
            Children = [Kid],
            Referrals = [new Referral("r1", "k1", D("2014-12-01"), null, false, "A", null)],
            CpPlans =
            [
                Plan("p1", "k1", "2015-01-01", "2017-01-01"),
                Plan("p2", "k1", "2015-06-01", "2015-07-01"),
                Plan("p3", "k1", "2016-01-01", "2017-03-01"),
                Plan("p4", "k1", "2017-03-01"),
            ],
        };
        var rows = Issues(data, "DQ_CP_PLAN_OVERLAP");
        Assert.Equal(["p2", "p3"], rows.Select(r => r.RecordId).Order());
        Assert.Contains("overlaps p1 (2015-01-01 to 2017-01-01)", rows.Single(r => r.RecordId == "p3").Message);
        Assert.Empty(Issues(data, "DQ_PLAN_WITHOUT_REFERRAL"));
    }

    [Fact]
    public void Check_PlanWithoutReferral_AndUnknownChild()
    {
        // k1's first referral is 2015-06-01 (also the extract's first): "late" (2016-01-01) has one;
        // "beforeextract" (2015-01-01) starts before any referral in the extract, so it is not checked;
        // k3's referral is 2016-05-01, after "beforereferral" starts; k9 has no referral and is not a known child.
        var data = new CaseData
        {
            Children = [Kid, Kid with { ChildId = "k3" }],
            Referrals = [new Referral("r0", "k1", D("2015-06-01"), null, false, "A", null), new Referral("r3", "k3", D("2016-05-01"), null, false, "A", null)],
            CpPlans =
            [
                Plan("late", "k1", "2016-01-01", "2016-01-20"),
                Plan("beforeextract", "k1", "2015-01-01", "2015-02-01"),
                Plan("beforereferral", "k3", "2016-04-01"),
                Plan("stranger", "k9", "2016-03-01"),
            ],
        };
        Assert.Equal(["beforereferral", "stranger"], Issues(data, "DQ_PLAN_WITHOUT_REFERRAL").Select(i => i.RecordId).Order());
        Assert.Equal("stranger", Assert.Single(Issues(data, "DQ_CHILD_UNKNOWN")).RecordId);
    }

    [Fact]
    public void Check_AgeOutOfRangeAndFutureDates()
    {
        var data = new CaseData
        {
            Children = [Kid],
            CinPlans = [new CinPlan("adult", "k1", D("2028-02-01"), null, "A", null), new CinPlan("prebirth", "k1", D("2009-01-01"), D("2009-02-01"), "A", null)],
        };
        var age = Issues(data, "DQ_AGE_OUT_OF_RANGE");
        Assert.Equal(["adult", "prebirth"], age.Select(i => i.RecordId).Order());
        Assert.Contains("aged 18", age.Single(i => i.RecordId == "adult").Message);
        Assert.Contains("is after the extract date 2017-05-31", Assert.Single(Issues(data, "DQ_DATE_AFTER_EXTRACT")).Message);
    }

    [Fact]
    public void Check_LacCodesRecAndDistance()
    {
        var data = new CaseData
        {
            LacEpisodes =
            [
                Episode("ok", "2016-01-01", "2016-06-01"),
                Episode("badls", "2016-06-01", null, ls: "Z9"),
                Episode("norne", "2016-07-01", null, rne: null),
                Episode("badrec", "2016-08-01", "2016-09-01", rec: "E99"),
                Episode("recnoend", "2016-10-01", null, rec: "E11"),
                Episode("far", "2016-11-01", null, miles: 900),
            ],
        };
        Assert.Equal("badls", Assert.Single(Issues(data, "DQ_LAC_LEGAL_STATUS_INVALID")).RecordId);
        Assert.Equal("norne", Assert.Single(Issues(data, "DQ_LAC_RNE_INVALID")).RecordId);
        Assert.Equal("badrec", Assert.Single(Issues(data, "DQ_LAC_REC_INVALID")).RecordId);
        Assert.Equal("recnoend", Assert.Single(Issues(data, "DQ_LAC_REC_END_MISMATCH")).RecordId);
        Assert.Equal("far", Assert.Single(Issues(data, "DQ_DISTANCE_IMPLAUSIBLE")).RecordId);
        // badls is open from 2016-06-01, so every later episode overlaps it
        Assert.Equal(["badrec", "far", "norne", "recnoend"], Issues(data, "DQ_LAC_EPISODE_OVERLAP").Select(i => i.RecordId).Order());
    }

    [Fact]
    public void Check_AssessmentAndS47Rules()
    {
        var data = new CaseData
        {
            Referrals = [new Referral("r1", "k1", D("2017-03-10"), null, false, "A", null)],
            Assessments =
            [
                new Assessment("a1", "k1", "r1", D("2017-03-01"), D("2017-02-20"), null, "A", null),
                new Assessment("a2", "k1", "r404", D("2017-03-15"), null, null, "A", null),
            ],
            Section47Enquiries =
            [
                S47("s1", "k1", "2017-03-20", "2017-03-18"),
                S47("s2", "k2", "2017-03-20", "2017-03-30", notRequired: true),
            ],
        };
        Assert.Equal("a1", Assert.Single(Issues(data, "DQ_ASSESSMENT_AUTHORISED_BEFORE_START")).RecordId);
        Assert.Equal("a1", Assert.Single(Issues(data, "DQ_ASSESSMENT_BEFORE_REFERRAL")).RecordId);
        Assert.Equal("a2", Assert.Single(Issues(data, "DQ_ASSESSMENT_REFERRAL_UNKNOWN")).RecordId);
        Assert.Equal("s1", Assert.Single(Issues(data, "ICPC_BEFORE_S47")).RecordId);
        Assert.Equal("s2", Assert.Single(Issues(data, "DQ_ICPC_NOT_REQUIRED_WITH_DATE")).RecordId);
        Assert.Equal("s2", Assert.Single(Issues(data, "DQ_S47_WITHOUT_REFERRAL")).RecordId);
    }

    [Fact]
    public void Check_CinDuringCpAndMissingEpisodes()
    {
        var data = new CaseData
        {
            CpPlans = [Plan("p1", "k1", "2016-01-01", "2016-12-01")],
            CinPlans = [new CinPlan("during", "k1", D("2016-06-01"), null, "A", null), new CinPlan("after", "k1", D("2016-12-01"), null, "A", null)],
            MissingEpisodes =
            [
                new MissingEpisode("m1", "k1", new DateTime(2016, 5, 2, 10, 0, 0), new DateTime(2016, 5, 1, 10, 0, 0), MissingType.Missing, true, null),
                new MissingEpisode("m2", "k1", new DateTime(2016, 5, 2, 10, 0, 0), new DateTime(2016, 5, 3, 10, 0, 0), MissingType.Missing, true, new DateTime(2016, 5, 3, 9, 0, 0)),
            ],
        };
        Assert.Equal("during", Assert.Single(Issues(data, "DQ_CIN_PLAN_DURING_CP_PLAN")).RecordId);
        Assert.Equal("m1", Assert.Single(Issues(data, "DQ_MISSING_END_BEFORE_START")).RecordId);
        Assert.Equal("m2", Assert.Single(Issues(data, "DQ_RHI_BEFORE_RETURN")).RecordId);
    }

    [Fact]
    public void Check_RisingErrorRate_IsWorseningTrend()
    {
        // 40 CP plans a month for 24 months; the share with an invalid category rises from 0 to about 46%.
        var plans = new List<CpPlan>();
        var start = new ReportingMonth(2015, 6);
        for (var m = 0; m < 24; m++)
        {
            for (var i = 0; i < 40; i++)
            {
                var bad = i < m * 0.8;
                plans.Add(new CpPlan($"p{m}-{i}", $"k{m}-{i}", start.PlusMonths(m).FirstDay.AddDays(i % 28), null, bad ? "XXX" : "NEG", null, i % 2 == 0 ? "A" : "B", null));
            }
        }
        var result = DataQuality.Check(new CaseData { CpPlans = plans }, Options);
        var all = result.Trends.Single(t => t.Table == "cp_plans" && t.Team == DataQuality.All);
        Assert.Equal("worsening", all.Direction);
        Assert.True(all.SlopePointsPerMonth > 1.5);
        Assert.Contains("Recording is getting worse in cp_plans", result.Finding);
        var may = result.Months.Single(m => m.Table == "cp_plans" && m.Team == DataQuality.All && m.Month == new ReportingMonth(2017, 5));
        Assert.Equal((40, 19), (may.Records, may.RecordsWithIssues)); // m = 23: i < 18.4 → 19 bad

        var flat = plans.Select(p => p with { InitialCategory = p.CpPlanId.EndsWith("-3", StringComparison.Ordinal) ? "XXX" : "NEG" }).ToList();
        var flatResult = DataQuality.Check(new CaseData { CpPlans = flat }, Options);
        Assert.Equal("no clear trend", flatResult.Trends.Single(t => t.Table == "cp_plans" && t.Team == DataQuality.All).Direction);
        Assert.Contains("recording is not getting measurably worse", flatResult.Finding);
    }

    [Fact]
    public void Rules_HaveUniqueIdsAndEveryIssueNamesARule()
    {
        Assert.Equal(DataQuality.Rules.Count, DataQuality.Rules.Select(r => r.Id).Distinct().Count());
        // the check's own rules start DQ_; a shared rule keeps its one id and severity
        var shared = SharedRules.All.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Assert.All(DataQuality.Rules, r =>
        {
            if (shared.TryGetValue(r.Id, out var s))
            {
                Assert.Equal(s.Severity, r.Severity);
            }
            else
            {
                Assert.StartsWith("DQ_", r.Id, StringComparison.Ordinal);
            }
        });
    }
}
