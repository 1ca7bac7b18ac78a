using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Investigations;

public sealed class IcpcRecordingInvestigationTests
{
    private static readonly IcpcRecordingOptions Options = new() { AnalysisDate = new DateOnly(2017, 5, 31) };

    [Fact]
    public void Run_PlantedTeam_FoundWithStartMonthAndExplainedPoints()
    {
        var data = SimulatedCouncil.Generate(7, "ISS South", new ReportingMonth(2017, 2));
        var result = IcpcRecordingInvestigation.Run(data, Options);

        var main = result.Findings[0];
        Assert.Equal(IcpcRecordingRules.IcpcDateIsRecordingDate, main.Rule.Id);
        Assert.Equal(KpiDimension.Team, main.Pattern.GroupBy);
        Assert.Equal("ISS South", main.Pattern.Group);
        Assert.Equal(new ReportingMonth(2017, 2), main.Pattern.StartMonth);
        Assert.True(main.Pattern.ShareAfter > 0.9, $"share after {main.Pattern.ShareAfter}");
        // correcting moves the planted team's conferences earlier: the corrected figure is higher
        Assert.True(result.CorrectedPct > result.RecordedPct + 5, $"recorded {result.RecordedPct}, corrected {result.CorrectedPct}");
        // no finding names another team
        Assert.All(result.Findings, f => Assert.StartsWith("ISS South", f.Pattern.Group, StringComparison.Ordinal));
        Assert.Contains("ISS South", result.Finding);
        Assert.Contains("February 2017", result.Finding);
        // the IRO vacancy on 13 March 2017 is within a month of the February start
        Assert.Contains(main.Pattern.CoincidingEvents, e => e.Label == "IRO post vacant");
    }

    [Fact]
    public void Run_NoPlant_TwentySeeds_NoFindings()
    {
        // False alarms: the step tests control the family-wise error at 5% per run (Holm over every
        // rule × group); on 20 unplanted simulated councils we expect at most about one false alarm.
        var runsWithFindings = 0;
        for (var seed = 100; seed < 120; seed++)
        {
            var result = IcpcRecordingInvestigation.Run(SimulatedCouncil.Generate(seed), Options);
            if (result.Findings.Count > 0)
            {
                runsWithFindings++;
            }
        }
        Assert.True(runsWithFindings <= 1, $"{runsWithFindings} of 20 unplanted runs had a finding");
    }

    [Fact]
    public void Run_FindingText_DependsOnTheNumbers()
    {
        var planted = IcpcRecordingInvestigation.Run(SimulatedCouncil.Generate(7, "ISS South", new ReportingMonth(2017, 2)), Options);
        var clean = IcpcRecordingInvestigation.Run(SimulatedCouncil.Generate(7), Options);
        var otherTeam = IcpcRecordingInvestigation.Run(SimulatedCouncil.Generate(7, "CWD", new ReportingMonth(2016, 11)), Options);
        Assert.NotEqual(planted.Finding, clean.Finding);
        Assert.NotEqual(planted.Finding, otherTeam.Finding);
        Assert.Contains("None of", clean.Finding);
        Assert.Contains("CWD", otherTeam.Finding);
        Assert.Contains("November 2016", otherTeam.Finding);
        Assert.Contains(clean.RecordedPct.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%", clean.Finding);
    }

    [Fact]
    public void Run_Tables_HaveOneCellPerColumn()
    {
        var result = IcpcRecordingInvestigation.Run(SimulatedCouncil.Generate(7, "ISS South", new ReportingMonth(2017, 2)), Options);
        foreach (var table in new[] { result.FlaggedRowsTable, result.CountsTable, result.PatternsTable, result.FindingsTable, result.TimelinessTable })
        {
            Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Length));
        }
        var csv = Tabular.ToCsv(result.TimelinessTable);
        Assert.StartsWith("month,recorded_conferences,", csv);
        Assert.Contains("\n2017-05,", csv);
    }

    [Fact]
    public void Run_Timeliness_RecordedMatchesHandCount()
    {
        // Two ICPCs in May 2017: 10 working days (within) and 16 (not): 50%. Nothing systematic → corrected = recorded.
        var data = new CaseData
        {
            Section47Enquiries =
            [
                Build.S47("a", "c1", "2017-05-02", "2017-05-16", "2017-05-18"),
                Build.S47("b", "c2", "2017-05-02", "2017-05-24", "2017-05-25"),
            ],
        };
        var result = IcpcRecordingInvestigation.Run(data, Options);
        Assert.Equal(50, result.RecordedPct, 9);
        Assert.Equal(50, result.CorrectedPct, 9);
        Assert.Empty(result.Findings);
        Assert.Equal(new ReportingMonth(2017, 5), result.Month);
    }

    [Fact]
    public void Run_MissingIcpcsOnlyInTheImmatureTail_NotAFinding()
    {
        // 25 strategy discussions in team CWD on 2 May 2017 with no ICPC yet: flagged rows (19 working days
        // old, so overdue, as of 2017-05-31), but fewer than 15 + 20 working days old, so not part of the step test.
        var data = SimulatedCouncil.Generate(7);
        var extra = Enumerable.Range(0, 25).Select(i => Build.S47($"X{i}", $"X{i}", "2017-05-02", null, team: "CWD", worker: "CWD 1"));
        data = data with { Section47Enquiries = [.. data.Section47Enquiries, .. extra] };
        var result = IcpcRecordingInvestigation.Run(data, Options);
        Assert.Equal(25, result.FlaggedRows.Count(r => r.RuleId == IcpcRecordingRules.IcpcMissingWhenDue && r.RecordId.StartsWith('X')));
        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == IcpcRecordingRules.IcpcMissingWhenDue);
        // the same kind of rows in May and June 2016, seen from December 2016, are mature and do make a step
        var early = Enumerable.Range(0, 50).Select(i => Build.S47($"Y{i}", $"Y{i}", i < 25 ? "2016-05-03" : "2016-06-07", null, team: "CWD", worker: "CWD 1"));
        var before = SimulatedCouncil.Generate(7).Section47Enquiries.Where(s => s.StrategyDiscussionDate < new DateOnly(2016, 7, 1));
        var mature = IcpcRecordingInvestigation.Run(new CaseData { Section47Enquiries = [.. before, .. early] }, Options with { Month = new ReportingMonth(2016, 6), AnalysisDate = new DateOnly(2016, 12, 31) });
        Assert.Contains(mature.Patterns, p => p.RuleId == IcpcRecordingRules.IcpcMissingWhenDue && p.Group == "CWD" && p.StartMonth == new ReportingMonth(2016, 5) && p.AdjustedPValue < 0.05);
    }

    [Fact]
    public void LastCompleteMonth_MidMonth_IsPreviousMonth()
    {
        Assert.Equal(new ReportingMonth(2017, 5), IcpcRecordingOptions.LastCompleteMonth(new DateOnly(2017, 6, 7)));
        Assert.Equal(new ReportingMonth(2017, 5), IcpcRecordingOptions.LastCompleteMonth(new DateOnly(2017, 5, 31)));
    }

    [Fact]
    public void Run_UnknownGrouping_Throws()
    {
        // the rules' rows carry a team and a worker, not an age band
        var ex = Assert.Throws<ArgumentException>(() => IcpcRecordingInvestigation.Run(CaseData.Empty, Options with { GroupBy = [KpiDimension.AgeBand] }));
        Assert.StartsWith("Unknown grouping 'age_band': use all, team or worker.", ex.Message, StringComparison.Ordinal);
    }
}
