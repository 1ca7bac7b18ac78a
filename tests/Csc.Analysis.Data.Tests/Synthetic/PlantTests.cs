using Csc.Analysis.Calendar;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Synthetic;

public sealed class PlantTests(DefaultDataFixture planted, UnplantedDataFixture unplanted)
    : IClassFixture<DefaultDataFixture>, IClassFixture<UnplantedDataFixture>
{
    private static readonly WorkingDayCalendar Cal = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateOnly PlantStart = new(2017, 2, 1);

    [Fact]
    public void PlantStart_DefaultOptions_1February2017()
        => Assert.Equal(PlantStart, SyntheticGenerator.PlantStart(SyntheticOptions.Default));

    [Fact]
    public void IcpcRecording_PlantedTeamRows_IcpcDateIsRecordedDateFromPlantStart()
    {
        var set = planted.Set;
        var rows = set.Planted.Where(p => p.Kind == PlantedRowKind.RecordedDateAsIcpcDate).ToList();
        Assert.True(rows.Count >= 8, $"expected at least 8 late-recorded rows, got {rows.Count}");
        var s47 = set.Data.Section47Enquiries.ToDictionary(s => s.S47Id);
        foreach (var p in rows)
        {
            var row = s47[p.S47Id];
            Assert.Equal(SyntheticGenerator.PlantedTeam, row.Team);
            Assert.Equal(row.IcpcRecordedDate, row.IcpcDate);
            Assert.True(p.ConferenceDate >= PlantStart, $"{p.S47Id}: conference {p.ConferenceDate} before the plant start");
            // 1-4 working days later, 7-14 for conferences in May 2017, unless the extract date cut the delay short
            var lag = Cal.WorkingDaysBetween(p.ConferenceDate, row.IcpcDate!.Value);
            var may = p.ConferenceDate >= new DateOnly(2017, 5, 1);
            Assert.True(row.IcpcDate == set.Options.ExtractDate || (may ? lag is >= 7 and <= 14 : lag is >= 1 and <= 4), $"{p.S47Id}: recorded {lag} working days after the conference on {p.ConferenceDate}");
        }

        // every ICPC of the team held from the plant start is planted: the CP plan starts on the real conference date
        var plans = set.Data.CpPlans.GroupBy(c => c.ChildId).ToDictionary(g => g.Key, g => g.ToList());
        var teamRows = set.Data.Section47Enquiries.Where(s => s.Team == SyntheticGenerator.PlantedTeam && s.CpPlanFromIcpc == true && s.IcpcDate is not null && s.IcpcDate >= s.StrategyDiscussionDate).ToList();
        var plantedIds = set.Planted.Select(p => p.S47Id).ToHashSet();
        foreach (var s in teamRows.Where(s => plans[s.ChildId].Any(p => p.StartDate >= PlantStart && p.StartDate <= s.IcpcDate && p.StartDate >= s.StrategyDiscussionDate)))
        {
            Assert.Contains(s.S47Id, plantedIds);
        }
    }

    [Fact]
    public void IcpcRecording_BadRows_ThreeMissingAndFourMistyped()
    {
        var bad = planted.Set.Planted.Where(p => p.IsBadRow).ToList();
        Assert.Equal(7, bad.Count);
        Assert.Equal(3, bad.Count(p => p.Kind == PlantedRowKind.MissingIcpcDate));
        var s47 = planted.Set.Data.Section47Enquiries.ToDictionary(s => s.S47Id);
        foreach (var p in bad)
        {
            var row = s47[p.S47Id];
            Assert.Equal(SyntheticGenerator.PlantedTeam, row.Team);
            if (p.Kind == PlantedRowKind.MissingIcpcDate)
            {
                Assert.Null(row.IcpcDate);
                Assert.True(row.CpPlanFromIcpc is not null && !row.IcpcNotRequired, $"{p.S47Id}: a held conference with its date missing");
            }
            else
            {
                Assert.True(row.IcpcDate < row.StrategyDiscussionDate, $"{p.S47Id} ({p.Kind}): ICPC {row.IcpcDate} should be before the strategy discussion {row.StrategyDiscussionDate}");
            }
        }
    }

    [Fact]
    public void IcpcRecording_ExplainsASubstantialPartButNotAllOfTheFall()
    {
        // May 2017 rate of the other teams vs all teams: the planted team pulls the total down
        var may = new ReportingMonth(2017, 5);
        var held = planted.Set.Data.Section47Enquiries.Where(s => s.HasIcpc && may.Contains(s.IcpcDate!.Value) && s.IcpcDate >= s.StrategyDiscussionDate).ToList();
        static double Rate(List<Section47Enquiry> rows) => (double)rows.Count(s => Cal.WorkingDaysBetween(s.StrategyDiscussionDate, s.IcpcDate!.Value) <= 15) / rows.Count;
        var all = Rate(held);
        var others = Rate([.. held.Where(s => s.Team != SyntheticGenerator.PlantedTeam)]);
        var team = Rate([.. held.Where(s => s.Team == SyntheticGenerator.PlantedTeam)]);
        Assert.True(team < 0.15, $"planted team's May rate {team:P1} should be very low");
        Assert.True(others > all + 0.1, $"other teams {others:P1} should be well above the total {all:P1}");
        Assert.True(others < 0.75 - 0.1, $"other teams {others:P1} should still be below April's 75% (the IRO vacancy explains the rest)");
    }

    [Fact]
    public void NonPlantedRows_RecordedZeroToFiveWorkingDaysAfterTheConference()
    {
        var plantedIds = planted.Set.Planted.Select(p => p.S47Id).ToHashSet();
        foreach (var s in planted.Set.Data.Section47Enquiries.Where(s => s.HasIcpc && !plantedIds.Contains(s.S47Id)))
        {
            var lag = Cal.WorkingDaysBetween(s.IcpcDate!.Value, s.IcpcRecordedDate!.Value);
            Assert.InRange(lag, 0, 5);
        }
    }

    [Fact]
    public void None_NoPlantedRowsAndNoTeamRecordsOnTheDay()
    {
        var set = unplanted.Set;
        Assert.Empty(set.Planted);
        Assert.DoesNotContain(set.Data.Section47Enquiries, s => s.IcpcDate is null && s.CpPlanFromIcpc == true);
        Assert.DoesNotContain(set.Data.Section47Enquiries, s => s.IcpcDate < s.StrategyDiscussionDate);
        var late = set.Data.Section47Enquiries.Where(s => s.HasIcpc && s.IcpcDate >= PlantStart).ToList();
        foreach (var team in late.Select(s => s.Team).Distinct())
        {
            var rows = late.Where(s => s.Team == team).ToList();
            var sameDay = (double)rows.Count(s => s.IcpcRecordedDate == s.IcpcDate) / rows.Count;
            Assert.True(sameDay < 0.6, $"{team}: {sameDay:P0} of ICPCs recorded on the day; nothing systematic expected without a plant");
        }
    }

    [Fact]
    public void None_SameStoryShape_MayIcpcStillAbout29()
    {
        var may = new ReportingMonth(2017, 5);
        var (within, total) = new StoryCounter(unplanted.Set.Data).IcpcTimeliness(may);
        Assert.InRange((double)within / total, 0.27, 0.31);
    }
}
