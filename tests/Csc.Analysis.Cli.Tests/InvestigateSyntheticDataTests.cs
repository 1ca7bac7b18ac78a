using Csc.Analysis.Calendar;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;

namespace Csc.Analysis.Cli.Tests;

/// <summary>
/// The ICPC recording detectors on the kit's synthetic council. The detectors run blind (no team, no
/// month given); only afterwards are their findings compared with what the generator planted.
/// </summary>
public sealed class InvestigateSyntheticDataTests
{
    private static readonly DateOnly AnalysisDate = new(2017, 5, 31);

    private static IcpcRecordingResult RunBlind(CaseData data) => IcpcRecordingInvestigation.Run(data, new IcpcRecordingOptions { AnalysisDate = AnalysisDate });

    /// <summary>The KPI by month with every planted row on its real conference date (the generator knows them), through the same KPI calculation.</summary>
    private static IReadOnlyDictionary<ReportingMonth, RateCount> Truth(SyntheticDataSet set)
    {
        var truth = set.Planted.ToDictionary(p => p.S47Id);
        var fixedData = set.Data with { Section47Enquiries = [.. set.Data.Section47Enquiries.Select(s => truth.TryGetValue(s.S47Id, out var t) ? s with { IcpcDate = t.ConferenceDate } : s)] };
        return IcpcTimeliness.ByMonth(IcpcTimeliness.Contributions(fixedData, WorkingDayCalendar.EnglandAndWales));
    }

    [Fact]
    public void IcpcRecording_DefaultSeed_FindsPlantedTeamMonthAndShareOfFall()
    {
        var options = SyntheticOptions.Default;
        var set = SyntheticGenerator.Generate(options);
        var result = RunBlind(set.Data);

        var main = result.Findings[0];
        Assert.Equal(IcpcRecordingRules.IcpcDateIsRecordingDate, main.Rule.Id);
        Assert.Equal(Csc.Analysis.Kpis.KpiDimension.Team, main.Pattern.GroupBy);
        Assert.Equal(SyntheticGenerator.PlantedTeam, main.Pattern.Group);
        Assert.Equal(ReportingMonth.Of(SyntheticGenerator.PlantStart(options)), main.Pattern.StartMonth);
        Assert.All(result.Findings, f => Assert.Equal(SyntheticGenerator.PlantedTeam, f.Pattern.Group));

        var trueMay = Truth(set)[result.Month].Percent;
        // measured: recorded 28.1%, true 44.1%, corrected 41.4% (lag-estimated 31.3%, prior-rate 58.5%), 13.3 of the 46.9-point fall explained
        Assert.InRange(result.RecordedPct, 27, 31);
        Assert.InRange(result.CorrectedPct, trueMay - 8, trueMay + 8);
        var may = result.Timeliness.Single(t => t.Month == result.Month);
        Assert.True(may.LagEstimatedPct <= result.CorrectedPct && result.CorrectedPct <= may.PriorRatePct, "the two other readings bracket the corrected figure");
        Assert.True(main.ExplainedPoints > 5, $"explained {main.ExplainedPoints}");
        Assert.Contains(SyntheticGenerator.PlantedTeam, result.Finding);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void IcpcRecording_OtherSeeds_FindPlantedTeamAndMonth(int seed)
    {
        var options = new SyntheticOptions { Seed = seed };
        var set = SyntheticGenerator.Generate(options);
        var result = RunBlind(set.Data);
        var main = result.Findings.First(f => f.Rule.Id == IcpcRecordingRules.IcpcDateIsRecordingDate);
        Assert.Equal(SyntheticGenerator.PlantedTeam, main.Pattern.Group);
        var planted = ReportingMonth.Of(SyntheticGenerator.PlantStart(options));
        Assert.InRange(main.Pattern.StartMonth!.Value.Index, planted.Index - 1, planted.Index + 1); // measured: exact on seeds 1-3
        // measured (true / corrected, April and May): seed 1 90.0/89.5, 30.8/31.8; seed 2 87.0/86.4, 43.8/41.7; seed 3 83.3/80.8, 45.0/31.3
        var truth = Truth(set);
        Assert.InRange(result.PreviousCorrectedPct, truth[result.Month.Previous].Percent - 8, truth[result.Month.Previous].Percent + 8);
        Assert.InRange(result.CorrectedPct, truth[result.Month].Percent - 15, truth[result.Month].Percent + 15);
    }

    [Fact]
    public void IcpcRecording_NoPlant_TwentySeeds_FalseAlarmsWithinTheDesignRate()
    {
        // Measured: 0 of 20 unplanted councils had a finding (the design allows 5% of runs: Holm across
        // every rule and group at family-wise α = 5%; the smallest adjusted p-value was 0.079). Allow 2 of 20.
        var alarms = new List<string>();
        for (var seed = 1; seed <= 20; seed++)
        {
            var result = RunBlind(SyntheticGenerator.Generate(new SyntheticOptions { Seed = seed, Plant = PlantKind.None }).Data);
            alarms.AddRange(result.Findings.Select(f => $"seed {seed}: {f.Rule.Id} {f.Pattern.GroupBy} {f.Pattern.Group}"));
        }
        Assert.True(alarms.Select(a => a.Split(':')[0]).Distinct().Count() <= 2, string.Join("\n", alarms));
    }
}
