using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Investigations;

public sealed class RecordingNestingTests
{
    private static RecordingPattern P(string rule, KpiDimension by, string group, bool systematic) => new()
    {
        RuleId = rule,
        GroupBy = by,
        Group = group,
        StartMonth = new ReportingMonth(2017, 2),
        ShareBefore = 0.1,
        ShareAfter = 0.9,
        FlaggedAfter = 30,
        EligibleAfter = 33,
        EligibleTotal = 100,
        LikelihoodRatio = 40,
        PValue = 1e-6,
        AdjustedPValue = 1e-5,
        Systematic = systematic,
        CoincidingEvents = [],
    };

    private static RuleObservation Row(string team, string worker)
        => new("R1", "S1", "C1", team, worker, new ReportingMonth(2017, 3), true, null, null, null, null, "");

    [Fact]
    public void WorkerInsideTheirTeamsStep_IsPartOfTheTeamsPattern()
    {
        // w1 has 2 rows in North and 1 in South: their team is North, which stepped on the same rule
        var rows = new[] { Row("North", "w1"), Row("North", "w1"), Row("South", "w1"), Row("South", "w2") };
        var result = RecordingNesting.Apply(
            [P("R1", KpiDimension.Team, "North", true), P("R1", KpiDimension.Worker, "w1", true), P("R1", KpiDimension.Worker, "w2", true)],
            rows);
        Assert.True(result[0].Systematic);
        Assert.False(result[1].Systematic);
        Assert.Equal("part of team North's pattern", result[1].Note);
        // w2's team (South) has no step: w2's pattern stands
        Assert.True(result[2].Systematic);
        Assert.Equal(string.Empty, result[2].Note);
    }

    [Fact]
    public void CouncilStepOfARuleThatSteppedInATeam_IsDrivenByTheTeam()
    {
        var result = RecordingNesting.Apply(
            [P("R1", KpiDimension.Council, "all", true), P("R1", KpiDimension.Team, "North", true), P("R2", KpiDimension.Council, "all", true)],
            [Row("North", "w1")]);
        Assert.False(result[0].Systematic);
        Assert.Equal("driven by the team pattern(s) listed separately", result[0].Note);
        // another rule's council-wide step has no team step under it
        Assert.True(result[2].Systematic);
    }

    [Fact]
    public void ATeamStepThatIsNotSystematic_NestsNothing()
    {
        var result = RecordingNesting.Apply(
            [P("R1", KpiDimension.Team, "North", false), P("R1", KpiDimension.Worker, "w1", true), P("R1", KpiDimension.Council, "all", true)],
            [Row("North", "w1")]);
        Assert.True(result[1].Systematic);
        Assert.True(result[2].Systematic);
    }

    [Fact]
    public void WorkerTeamTie_TakesTheFirstTeamByOrdinalOrder()
    {
        // one row in each team: "North" < "South", so w1 belongs to North and nests under its step only
        var rows = new[] { Row("South", "w1"), Row("North", "w1") };
        var underNorth = RecordingNesting.Apply([P("R1", KpiDimension.Team, "North", true), P("R1", KpiDimension.Worker, "w1", true)], rows);
        var underSouth = RecordingNesting.Apply([P("R1", KpiDimension.Team, "South", true), P("R1", KpiDimension.Worker, "w1", true)], rows);
        Assert.False(underNorth[1].Systematic);
        Assert.True(underSouth[1].Systematic);
    }
}
