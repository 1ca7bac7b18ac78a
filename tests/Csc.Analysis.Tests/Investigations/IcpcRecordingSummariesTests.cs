using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Investigations;

public sealed class IcpcRecordingSummariesTests
{
    private static readonly ReportingMonth Mar = new(2017, 3);
    private static readonly ReportingMonth Apr = new(2017, 4);

    private static RuleObservation Flag(string rule, string team, string worker, ReportingMonth month)
        => new(rule, "S" + worker + month, "C1", team, worker, month, true, null, null, null, null, "");

    private static IcpcRecordingResult Result(IReadOnlyList<RuleMonthCount> counts, IReadOnlyList<RuleObservation> rows) => new()
    {
        Month = new ReportingMonth(2017, 5),
        AnalysisDate = new DateOnly(2017, 5, 31),
        Rules = [new RecordingRule("R1", "first rule", RecordingCorrection.None), new RecordingRule("R2", "second rule", RecordingCorrection.Exclude), new RecordingRule("R3", "never counted", RecordingCorrection.None)],
        FlaggedRows = rows,
        Counts = counts,
        Patterns = [],
        Findings = [],
        Timeliness = [],
        RecordedPct = 0,
        CorrectedPct = 0,
        PreviousRecordedPct = 0,
        PreviousCorrectedPct = 0,
        TestsRun = 0,
        Finding = "finding",
    };

    [Fact]
    public void RuleTotals_SumsTheCouncilWideMonthsOnly_InRuleOrder()
    {
        // R1: all-council months 10/2 and 12/3 -> 22 eligible, 5 flagged; the team row (99/99) is not added.
        // R2: one month 4/0. R3 has no counts and is left out.
        var result = Result(
        [
            new("R2", KpiDimension.Council, "all", Mar, 4, 0),
            new("R1", KpiDimension.Council, "all", Mar, 10, 2),
            new("R1", KpiDimension.Council, "all", Apr, 12, 3),
            new("R1", KpiDimension.Team, "North", Apr, 99, 99),
        ], []);
        var totals = IcpcRecordingSummaries.RuleTotals(result);
        Assert.Equal(["R1", "R2"], totals.Select(t => t.RuleId));
        Assert.Equal((22, 5, "first rule"), (totals[0].Eligible, totals[0].Flagged, totals[0].Description));
        Assert.Equal((4, 0), (totals[1].Eligible, totals[1].Flagged));
    }

    [Fact]
    public void FlaggedWorkers_OneRuleOneTeamFromAMonth_MostFlaggedFirst()
    {
        var rows = new[]
        {
            Flag("R1", "North", "ann", Mar), // before the start: left out
            Flag("R1", "North", "ann", Apr),
            Flag("R1", "North", "bob", Apr),
            Flag("R1", "North", "bob", new ReportingMonth(2017, 5)),
            Flag("R2", "North", "bob", Apr), // another rule
            Flag("R1", "South", "cy", Apr),  // another team
        };
        var workers = IcpcRecordingSummaries.FlaggedWorkers(Result([], rows), "R1", "North", Apr);
        Assert.Equal([("bob", 2, Apr), ("ann", 1, Apr)], workers.Select(w => (w.Worker, w.Rows, w.FirstMonth)));
        Assert.Equal(3, IcpcRecordingSummaries.FlaggedWorkers(Result([], rows), "R1", "", Apr).Count);
    }
}
