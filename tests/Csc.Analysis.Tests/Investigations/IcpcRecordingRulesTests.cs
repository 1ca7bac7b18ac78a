using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using static Csc.Analysis.Tests.Investigations.Build;

namespace Csc.Analysis.Tests.Investigations;

public sealed class IcpcRecordingRulesTests
{
    private static readonly IcpcRecordingOptions Options = new() { AnalysisDate = D("2017-05-31") };

    private static List<RuleObservation> Flagged(CaseData data, string rule, IcpcRecordingOptions? options = null)
        => [.. IcpcRecordingRules.Evaluate(data, options ?? Options).Where(o => o.RuleId == rule && o.Flagged)];

    [Fact]
    public void Evaluate_IcpcBeforeStrategyDiscussion_FlagsOnlyThatRow()
    {
        var data = new CaseData { Section47Enquiries = [S47("s1", "c1", "2017-03-10", "2017-03-08", "2017-03-15"), S47("s2", "c2", "2017-03-10", "2017-03-20", "2017-03-24")] };
        var rows = Flagged(data, IcpcRecordingRules.IcpcBeforeStrategyDiscussion);
        Assert.Equal("s1", Assert.Single(rows).RecordId);
        Assert.Contains("2 days before the strategy discussion 2017-03-10", rows[0].Detail);
    }

    [Fact]
    public void Evaluate_IcpcOnWeekendOrBankHoliday_FlagsSaturdayAndGoodFriday()
    {
        // 2017-03-11 is a Saturday; 2017-04-14 is Good Friday; 2017-03-13 a Monday.
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("sat", "c1", "2017-03-01", "2017-03-11", "2017-03-20"),
                S47("gf", "c2", "2017-04-03", "2017-04-14", "2017-04-20"),
                S47("mon", "c3", "2017-03-01", "2017-03-13", "2017-03-20"),
            ],
        };
        var rows = Flagged(data, IcpcRecordingRules.IcpcOnNonWorkingDay);
        Assert.Equal(["gf", "sat"], rows.Select(r => r.RecordId).Order());
        Assert.Contains("Good Friday", rows.Single(r => r.RecordId == "gf").Detail);
        Assert.Contains("Saturday", rows.Single(r => r.RecordId == "sat").Detail);
    }

    [Fact]
    public void Evaluate_MissingIcpc_DependsOnAnalysisDate()
    {
        // Strategy discussion 2017-05-01 (the Early May bank holiday). Working days after it: 2-5 May (4),
        // 8-12 (5), 15-19 (5), 22 May (1) = 15, so the ICPC is due by 2017-05-22. As of 2017-05-22 exactly
        // 15 have passed (not more): not flagged. As of 2017-05-23: 16 > 15: flagged.
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("open", "c1", "2017-05-01", null),
                S47("notneeded", "c2", "2017-03-01", null, notRequired: true),
                S47("held", "c3", "2017-03-01", "2017-03-10", "2017-03-14"),
            ],
        };
        Assert.Empty(Flagged(data, IcpcRecordingRules.IcpcMissingWhenDue, Options with { AnalysisDate = D("2017-05-22") }));
        var rows = Flagged(data, IcpcRecordingRules.IcpcMissingWhenDue, Options with { AnalysisDate = D("2017-05-23") });
        Assert.Equal("open", Assert.Single(rows).RecordId);
        Assert.Contains("ICPC due by 2017-05-22", rows[0].Detail);
        // the held ICPC is an eligible, unflagged row (the denominator); the one marked not required is not eligible
        var eligible = IcpcRecordingRules.Evaluate(data, Options with { AnalysisDate = D("2017-05-23") }).Where(o => o.RuleId == IcpcRecordingRules.IcpcMissingWhenDue).ToList();
        Assert.Equal(["held", "open"], eligible.Select(o => o.RecordId).Order());
    }

    [Fact]
    public void Evaluate_IcpcDateIsRecordingDate_SameDayAndTolerance()
    {
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("same", "c1", "2017-03-01", "2017-03-14", "2017-03-14"),
                S47("next", "c2", "2017-03-01", "2017-03-14", "2017-03-15"),
                S47("week", "c3", "2017-03-01", "2017-03-14", "2017-03-21"),
                S47("norec", "c4", "2017-03-01", "2017-03-14"),
            ],
        };
        Assert.Equal(["same"], Flagged(data, IcpcRecordingRules.IcpcDateIsRecordingDate).Select(r => r.RecordId));
        Assert.Equal(["next", "same"], Flagged(data, IcpcRecordingRules.IcpcDateIsRecordingDate, Options with { RecordingDateToleranceDays = 1 }).Select(r => r.RecordId).Order());
        // eligible: the three with a recording date
        Assert.Equal(3, IcpcRecordingRules.Evaluate(data, Options).Count(o => o.RuleId == IcpcRecordingRules.IcpcDateIsRecordingDate));
    }

    [Fact]
    public void Evaluate_LongLagAndRecordedBeforeHeld()
    {
        // 2017-03-01 (Wed) to 2017-03-30 (Thu): 21 working days (> 20); to 2017-03-29: 20 (not long).
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("long", "c1", "2017-02-20", "2017-03-01", "2017-03-30"),
                S47("ok", "c2", "2017-02-20", "2017-03-01", "2017-03-29"),
                S47("before", "c3", "2017-02-20", "2017-03-01", "2017-02-27"),
            ],
        };
        var longRows = Flagged(data, IcpcRecordingRules.LongRecordingLag);
        Assert.Equal("long", Assert.Single(longRows).RecordId);
        Assert.Contains("21 working days later", longRows[0].Detail);
        Assert.Equal("before", Assert.Single(Flagged(data, IcpcRecordingRules.RecordedBeforeHeld)).RecordId);
    }

    [Fact]
    public void Evaluate_DuplicateIcpc_FlagsTheSecondForSameChildAndDiscussion()
    {
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("first", "c1", "2017-03-01", "2017-03-10", "2017-03-14"),
                S47("second", "c1", "2017-03-01", "2017-03-17", "2017-03-20"),
                S47("otherchild", "c2", "2017-03-01", "2017-03-10", "2017-03-14"),
                S47("laterdiscussion", "c1", "2017-04-03", "2017-04-12", "2017-04-13"),
            ],
        };
        var rows = Flagged(data, IcpcRecordingRules.DuplicateIcpc);
        Assert.Equal("second", Assert.Single(rows).RecordId);
        Assert.Contains("first is first", rows[0].Detail);
    }

    [Fact]
    public void Evaluate_CpPlanStartDiffers_AndPlanWithoutIcpc()
    {
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("match", "c1", "2017-03-01", "2017-03-10", "2017-03-14", cpPlan: true),
                S47("shifted", "c2", "2017-03-01", "2017-03-10", "2017-03-14", cpPlan: true),
                S47("noplan", "c3", "2017-03-01", "2017-03-10", "2017-03-14", cpPlan: true),
                S47("noplanneeded", "c4", "2017-03-01", "2017-03-10", "2017-03-14", cpPlan: false),
            ],
            CpPlans =
            [
                Plan("p1", "c1", "2017-03-10"),
                Plan("p2", "c2", "2017-03-13"),
                Plan("p5", "c5", "2017-03-13", team: "B"),
            ],
        };
        var differs = Flagged(data, IcpcRecordingRules.CpPlanStartDiffers);
        Assert.Equal(["noplan", "shifted"], differs.Select(r => r.RecordId).Order());
        Assert.Contains("p2 starts 2017-03-13 (+3 days)", differs.Single(r => r.RecordId == "shifted").Detail);
        var orphan = Flagged(data, IcpcRecordingRules.CpPlanWithoutIcpc);
        Assert.Equal("p5", Assert.Single(orphan).RecordId);
        Assert.Equal("B", orphan[0].Team);
    }

    [Fact]
    public void All_DescriptionsStateTheParameters()
    {
        var rules = IcpcRecordingRules.All(Options with { LongLagWorkingDays = 25, RecordingDateToleranceDays = 2 });
        Assert.Contains("more than 25 working days", rules.Single(r => r.Id == IcpcRecordingRules.LongRecordingLag).Description);
        Assert.Contains("within 2 days after", rules.Single(r => r.Id == IcpcRecordingRules.IcpcDateIsRecordingDate).Description);
        Assert.Equal(9, rules.Select(r => r.Id).Distinct().Count());
    }
}
