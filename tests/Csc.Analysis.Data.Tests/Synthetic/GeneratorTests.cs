using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Synthetic;

public sealed class GeneratorTests(DefaultDataFixture fixture) : IClassFixture<DefaultDataFixture>
{
    private static readonly SyntheticOptions Short = SyntheticOptions.Default with { From = new(2016, 1), To = new(2016, 12) };

    [Fact]
    public void Generate_SameSeed_IdenticalRows()
    {
        var a = SyntheticGenerator.Generate(Short).Data;
        var b = SyntheticGenerator.Generate(Short).Data;
        Assert.Equal(a.Children, b.Children);
        Assert.Equal(a.Contacts, b.Contacts);
        Assert.Equal(a.Section47Enquiries, b.Section47Enquiries);
        Assert.Equal(a.LacEpisodes, b.LacEpisodes);
        Assert.Equal(a.MissingEpisodes, b.MissingEpisodes);
        Assert.Equal(a.CpVisits, b.CpVisits);
    }

    [Fact]
    public void Generate_DifferentSeeds_DifferentRows()
    {
        var a = SyntheticGenerator.Generate(Short).Data;
        var b = SyntheticGenerator.Generate(Short with { Seed = 7 }).Data;
        Assert.NotEqual(a.Contacts, b.Contacts);
        Assert.NotEqual(a.LacEpisodes, b.LacEpisodes);
    }

    [Fact]
    public void Generate_ScaleThree_AboutThreeTimesTheVolumesWithPrefixedIds()
    {
        var one = SyntheticGenerator.Generate(Short).Data;
        var three = SyntheticGenerator.Generate(Short with { Scale = 3 }).Data;
        void Ratio(int a, int b, string table) => Assert.InRange((double)b / a, 2.7, 3.3);
        Ratio(one.Contacts.Count, three.Contacts.Count, "contacts");
        Ratio(one.CpPlans.Count, three.CpPlans.Count, "CP plans");
        Ratio(one.LacEpisodes.Count, three.LacEpisodes.Count, "LAC episodes");
        Ratio(one.MissingEpisodes.Count, three.MissingEpisodes.Count, "missing episodes");
        Assert.StartsWith("U001-", three.Children[0].ChildId);
        Assert.StartsWith("U003-", three.Children[^1].ChildId);
        Assert.Equal(3, SyntheticGenerator.GenerateUnits(Short with { Scale = 3 }).Count());
    }

    [Fact]
    public void Generate_HalfScale_AboutHalfTheStock()
    {
        var half = SyntheticGenerator.Generate(Short with { Scale = 0.5 }).Data;
        var count = new StoryCounter(half);
        var d = new DateOnly(2016, 12, 31);
        Assert.InRange(count.LacCount(d), 120, 124); // 243 / 2 = 121.5
        Assert.InRange(count.CpOpen(d), 149, 152);   // 301 / 2 = 150.5
    }

    [Fact]
    public void Generate_Default_IdsUniqueInEveryTable()
    {
        var d = fixture.Set.Data;
        void Unique<T>(IReadOnlyList<T> rows, Func<T, string> id, string table)
        {
            var dupes = rows.GroupBy(id).Where(g => g.Count() > 1).Select(g => g.Key).Take(3).ToList();
            Assert.True(dupes.Count == 0, $"{table}: duplicate ids {string.Join(", ", dupes)}");
        }
        Unique(d.Children, x => x.ChildId, "children");
        Unique(d.Contacts, x => x.ContactId, "contacts");
        Unique(d.Referrals, x => x.ReferralId, "referrals");
        Unique(d.Assessments, x => x.AssessmentId, "assessments");
        Unique(d.Section47Enquiries, x => x.S47Id, "section47");
        Unique(d.CpPlans, x => x.CpPlanId, "cp_plans");
        Unique(d.CpVisits, x => x.VisitId, "cp_visits");
        Unique(d.CinPlans, x => x.CinPlanId, "cin_plans");
        Unique(d.LacEpisodes, x => x.EpisodeId, "lac_episodes");
        Unique(d.MissingEpisodes, x => x.MissingId, "missing_episodes");
        Unique(d.Advocacy, x => x.AdvocacyId, "advocacy");
        Unique(d.EarlyHelp, x => x.EarlyHelpId, "early_help");
    }

    [Fact]
    public void Generate_Default_EveryRowConsistent()
    {
        var d = fixture.Set.Data;
        var extract = new DateOnly(2017, 5, 31);
        Assert.Equal(extract, d.ExtractDate);
        var dob = d.Children.ToDictionary(c => c.ChildId, c => c.DateOfBirth!.Value);
        void Check(string table, string id, string child, DateOnly start, DateOnly? end)
        {
            Assert.True(dob.ContainsKey(child), $"{table} {id}: child {child} not in children");
            Assert.True(start >= dob[child], $"{table} {id}: starts {start} before the child's birth {dob[child]}");
            Assert.True(end is null || end >= start, $"{table} {id}: ends {end} before it starts {start}");
            Assert.True((end ?? start) <= extract, $"{table} {id}: date after the extract date");
        }
        foreach (var x in d.Contacts) Check("contact", x.ContactId, x.ChildId, x.ContactDate, null);
        foreach (var x in d.Referrals) Check("referral", x.ReferralId, x.ChildId, x.ReferralDate, null);
        foreach (var x in d.Assessments) Check("assessment", x.AssessmentId, x.ChildId, x.StartDate, x.AuthorisedDate);
        foreach (var x in d.Section47Enquiries) Check("s47", x.S47Id, x.ChildId, x.StrategyDiscussionDate, x.IcpcRecordedDate);
        foreach (var x in d.CpVisits) Check("visit", x.VisitId, x.ChildId, x.VisitDate, null);
        foreach (var x in d.CinPlans) Check("cin", x.CinPlanId, x.ChildId, x.StartDate, x.EndDate);
        foreach (var x in d.CpPlans) Check("cp", x.CpPlanId, x.ChildId, x.StartDate, x.EndDate);
        foreach (var x in d.LacEpisodes) Check("episode", x.EpisodeId, x.ChildId, x.StartDate, x.EndDate);
        foreach (var x in d.Advocacy) Check("advocacy", x.AdvocacyId, x.ChildId, x.StartDate, x.EndDate);
        foreach (var x in d.EarlyHelp) Check("early help", x.EarlyHelpId, x.ChildId, x.StartDate, x.EndDate);
        foreach (var x in d.MissingEpisodes)
        {
            Assert.True(x.EndDateTime is null || x.EndDateTime > x.StartDateTime, $"missing {x.MissingId}: returns before it starts");
            Assert.True(x.RhiCompletedDateTime is null || x.RhiCompletedDateTime >= x.EndDateTime, $"missing {x.MissingId}: interview before the return");
        }
        foreach (var e in d.LacEpisodes.Where(e => e.EndDate is not null))
        {
            Assert.False(string.IsNullOrEmpty(e.ReasonCeased), $"episode {e.EpisodeId} ended without a reason");
        }
    }

    [Fact]
    public void Generate_Default_NoChildOnTwoPlansOrInTwoEpisodesAtOnce()
    {
        var d = fixture.Set.Data;
        static void NoOverlap<T>(IEnumerable<T> rows, Func<T, string> child, Func<T, DateOnly> start, Func<T, DateOnly?> end, string what)
        {
            foreach (var g in rows.GroupBy(child))
            {
                var sorted = g.OrderBy(start).ToList();
                for (var i = 1; i < sorted.Count; i++)
                {
                    var prevEnd = end(sorted[i - 1]);
                    Assert.True(prevEnd is not null && prevEnd <= start(sorted[i]), $"{what}: child {g.Key} has overlapping rows starting {start(sorted[i - 1])} and {start(sorted[i])}");
                }
            }
        }
        NoOverlap(d.CpPlans, p => p.ChildId, p => p.StartDate, p => p.EndDate, "CP plans");
        NoOverlap(d.CinPlans, p => p.ChildId, p => p.StartDate, p => p.EndDate, "CIN plans");
        NoOverlap(d.LacEpisodes, p => p.ChildId, p => p.StartDate, p => p.EndDate, "LAC episodes");
        NoOverlap(d.Advocacy, p => p.ChildId, p => p.StartDate, p => p.EndDate, "advocacy");
    }

    [Fact]
    public void Generate_Default_ShortBreaksPresentAndSeparateFromCare()
    {
        var d = fixture.Set.Data;
        var shortBreak = d.LacEpisodes.Where(e => e.IsShortBreak).Select(e => e.ChildId).ToHashSet();
        Assert.Contains(d.LacEpisodes, e => e.LegalStatus == "V3");
        Assert.Contains(d.LacEpisodes, e => e.LegalStatus == "V4");
        Assert.DoesNotContain(d.LacEpisodes, e => !e.IsShortBreak && shortBreak.Contains(e.ChildId));
    }

    [Fact]
    public void Generate_Default_CodesAndEvents()
    {
        var d = fixture.Set.Data;
        Assert.Contains(d.LacEpisodes, e => e.ReasonCeased == "X1");
        Assert.Contains(d.LacEpisodes, e => e.ReasonCeased is "E11" or "E12");
        Assert.Contains(d.LacEpisodes, e => e.ReasonCeased is "E43" or "E44");
        Assert.Contains(d.LacEpisodes, e => e.ReasonCeased == "E41");
        Assert.Contains(d.LacEpisodes, e => e.ReasonCeased == "E4A");
        Assert.Contains(d.EarlyHelp, e => e.Route == EarlyHelpRoute.FrontDoor);
        Assert.Contains(d.EarlyHelp, e => e.Route == EarlyHelpRoute.StepDown);
        Assert.Contains(d.Events, e => e.Label == "IRO post vacant" && e.Date == new DateOnly(2017, 3, 13));
        Assert.Contains(d.Events, e => e.Label == "Families Together team starts");
        Assert.Contains(d.Events, e => e.Label.Contains("Group Manager", StringComparison.Ordinal));
        Assert.Contains(d.CinPlans, p => p.Team == "Families Together");
    }

    [Theory]
    [InlineData(0, "Scale 0 is out of range: use a number above 0 and at most 1000 (1 is one council).")]
    [InlineData(1001, "Scale 1001 is out of range: use a number above 0 and at most 1000 (1 is one council).")]
    public void Validate_BadScale_ExactMessage(double scale, string message)
        => Assert.Equal(message, Assert.Throws<ArgumentException>(() => (SyntheticOptions.Default with { Scale = scale }).Validate()).Message);

    [Fact]
    public void Validate_ToBeforeFrom_ExactMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => (SyntheticOptions.Default with { From = new(2017, 5), To = new(2016, 5) }).Validate());
        Assert.Equal("The period ends (2016-05) before it starts (2017-05): give --from before --to.", ex.Message);
    }

    [Fact]
    public void Validate_TooShort_ExactMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => (SyntheticOptions.Default with { From = new(2017, 4), To = new(2017, 5) }).Validate());
        Assert.Equal("The period 2017-04 to 2017-05 is too short: give at least three months.", ex.Message);
    }
}
