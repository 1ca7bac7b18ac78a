using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Investigations;

public sealed class RecordingSeriesTests
{
    private static readonly ReportingMonth Jan = new(2017, 1);
    private static readonly ReportingMonth Mar = new(2017, 3);

    private static RuleObservation Row(string rule, string team, string worker, ReportingMonth month, bool flagged, string? sd = null)
        => new(rule, "S", "C", team, worker, month, flagged, sd is null ? null : Build.D(sd), null, null, null, "");

    [Fact]
    public void Build_CountsEachGroupingOnce_InRuleGroupingGroupOrder()
    {
        var rows = new[]
        {
            Row("R2", "North", "w1", Jan, true),
            Row("R1", "South", "w2", Mar, false),
            Row("R1", "North", "w1", Jan, true),
            Row("R1", "North", "w1", Jan, false),
            Row("R1", "North", "w1", new ReportingMonth(2016, 12), true), // before the first month: left out
        };
        var series = RecordingSeries.Build(rows, Jan, Mar, IcpcRecordingOptions.Groupings, new DateOnly(2017, 12, 31));
        Assert.Equal(
            ["R1 all all", "R1 team North", "R1 team South", "R1 worker w1", "R1 worker w2", "R2 all all", "R2 team North", "R2 worker w1"],
            series.Select(s => $"{s.RuleId} {KpiDimensions.Id(s.GroupBy)} {s.Group}"));
        var council = series[0];
        Assert.Equal([2, 0, 1], council.Eligible);
        Assert.Equal([1, 0, 0], council.Flagged);
        Assert.Equal(
            [(Jan, 2, 1), (Mar, 1, 0)],
            council.Counts().Select(c => (c.Month, c.Eligible, c.Flagged)));
    }

    [Fact]
    public void Build_MissingIcpcNotYetDue_IsLeftOut()
    {
        // a missing ICPC whose strategy discussion is after the maturity date is not yet a settled fact
        var rows = new[]
        {
            Row(IcpcRecordingRules.IcpcMissingWhenDue, "North", "w1", Mar, true, "2017-03-20"),
            Row(IcpcRecordingRules.IcpcMissingWhenDue, "North", "w1", Mar, true, "2017-03-10"),
        };
        var series = RecordingSeries.Build(rows, Jan, Mar, [KpiDimension.Council], new DateOnly(2017, 3, 10));
        Assert.Equal([0, 0, 1], Assert.Single(series).Eligible);
    }
}
