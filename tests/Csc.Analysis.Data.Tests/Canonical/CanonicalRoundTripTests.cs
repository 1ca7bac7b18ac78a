using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

public sealed class CanonicalRoundTripTests
{
    private static void AssertSameData(CaseData expected, CaseData actual)
    {
        Assert.Equal(expected.Children, actual.Children);
        Assert.Equal(expected.Contacts, actual.Contacts);
        Assert.Equal(expected.Referrals, actual.Referrals);
        Assert.Equal(expected.Assessments, actual.Assessments);
        Assert.Equal(expected.Section47Enquiries, actual.Section47Enquiries);
        Assert.Equal(expected.CpPlans, actual.CpPlans);
        Assert.Equal(expected.CpVisits, actual.CpVisits);
        Assert.Equal(expected.CinPlans, actual.CinPlans);
        Assert.Equal(expected.LacEpisodes, actual.LacEpisodes);
        Assert.Equal(expected.MissingEpisodes, actual.MissingEpisodes);
        Assert.Equal(expected.Advocacy, actual.Advocacy);
        Assert.Equal(expected.EarlyHelp, actual.EarlyHelp);
        Assert.Equal(expected.Events, actual.Events);
    }

    [Fact]
    public void WriteThenLoad_ValidFixture_EqualRecordsNoIssues()
    {
        var original = Fixtures.Load(Fixtures.Folder("valid")).Data;
        using var tmp = new TempFolder();
        CanonicalExtractWriter.Write(original, tmp.Path);
        var back = Fixtures.Load(tmp.Path);
        Assert.Empty(back.Issues);
        AssertSameData(original, back.Data);
    }

    [Fact]
    public void WriteThenLoad_GeneratedDataWithAwkwardText_EqualRecords()
    {
        var data = Generate(seed: 20170531, children: 300);
        using var tmp = new TempFolder();
        CanonicalExtractWriter.Write(data, tmp.Path);
        var back = new CanonicalExtractLoader().Load(tmp.Path, LoadOptions.Default);
        Assert.Empty(back.Issues);
        AssertSameData(data, back.Data);
    }

    [Fact]
    public void WriteLoadWrite_IsByteIdentical()
    {
        var data = Generate(seed: 7, children: 50);
        using var a = new TempFolder();
        using var b = new TempFolder();
        CanonicalExtractWriter.Write(data, a.Path);
        CanonicalExtractWriter.Write(new CanonicalExtractLoader().Load(a.Path, LoadOptions.Default).Data, b.Path);
        foreach (var t in CanonicalSchema.CoreTables)
        {
            Assert.Equal(File.ReadAllBytes(a.File(t.FileName)), File.ReadAllBytes(b.File(t.FileName)));
        }
    }

    /// <summary>A deterministic extract exercising every column, blank optional values and text that needs quoting.</summary>
    internal static CaseData Generate(int seed, int children)
    {
        var rnd = new Random(seed);
        string? Text(string stem) => rnd.Next(6) switch
        {
            0 => null,
            1 => stem + ", with a comma",
            2 => stem + " \"quoted\"",
            3 => stem + "\nsecond line",
            _ => stem,
        };
        DateOnly Day(int from = 2014) => new DateOnly(from, 1, 1).AddDays(rnd.Next(365 * 3));
        DateOnly? MaybeAfter(DateOnly d) => rnd.Next(3) == 0 ? null : d.AddDays(rnd.Next(400));
        bool? Flag() => rnd.Next(3) switch { 0 => null, 1 => true, _ => false };
        T Pick<T>(IReadOnlyList<T> xs) => xs[rnd.Next(xs.Count)];
        string[] cats = ["NEG", "PHY", "SAB", "EMO", "MUL"];

        var kids = new List<Child>();
        var contacts = new List<Contact>();
        var referrals = new List<Referral>();
        var assessments = new List<Assessment>();
        var s47 = new List<Section47Enquiry>();
        var cp = new List<CpPlan>();
        var visits = new List<CpVisit>();
        var cin = new List<CinPlan>();
        var lac = new List<LacEpisode>();
        var missing = new List<MissingEpisode>();
        var advocacy = new List<AdvocacyAllocation>();
        var eh = new List<EarlyHelpEpisode>();
        for (var i = 0; i < children; i++)
        {
            var id = $"C{i:00000}";
            kids.Add(new Child(id, Pick(["M", "F", null]), rnd.Next(5) == 0 ? null : Day(2001), Text("WBRI"), Pick(["Y", "N", null]), Text("RM1 3AB")));
            var cd = Day();
            contacts.Add(new Contact($"K{i}", id, cd, Text("Police"), Pick(Enum.GetValues<BragRating>()), Pick(Enum.GetValues<ContactOutcome>()), Text("MASH")));
            referrals.Add(new Referral($"R{i}", id, cd, Text("School"), rnd.Next(2) == 0, Text("Team"), Text("W")));
            assessments.Add(new Assessment($"A{i}", id, rnd.Next(4) == 0 ? null : $"R{i}", cd, MaybeAfter(cd),
                rnd.Next(4) == 0 ? null : Pick(Enum.GetValues<AssessmentOutcome>()), Text("Team"), Text("W")));
            var icpc = MaybeAfter(cd);
            s47.Add(new Section47Enquiry($"S{i}", id, cd, icpc is null && rnd.Next(2) == 0, icpc, icpc is { } x ? x.AddDays(rnd.Next(5)) : null, icpc is null ? null : Flag(), Text("Team"), Text("W")));
            cp.Add(new CpPlan($"P{i}", id, cd, MaybeAfter(cd), Pick<string?>([.. cats, null]), Pick<string?>([.. cats, null]), Text("CP"), Text("W")));
            visits.Add(new CpVisit($"V{i}", id, cd.AddDays(10), Flag(), Text("W")));
            cin.Add(new CinPlan($"N{i}", id, cd, MaybeAfter(cd), Text("CIN"), Text("W")));
            lac.Add(new LacEpisode($"E{i}", id, cd, MaybeAfter(cd), Pick<string?>([.. Ssda903Codes.ReasonNewEpisode.Keys, null]),
                Pick([.. Ssda903Codes.LegalStatus.Keys]), Pick<string?>([.. Ssda903Codes.CategoryOfNeed.Keys, null]),
                Pick<string?>([.. Ssda903Codes.PlacementType.Keys, null]), Pick<string?>([.. Ssda903Codes.PlacementProvider.Keys, null]),
                Text("CM1 1AA"), rnd.Next(4) == 0 ? null : Math.Round(rnd.NextDouble() * 300, rnd.Next(4)), Flag(),
                Pick<string?>([.. Ssda903Codes.ReasonCeased.Keys, null])));
            var ms = cd.ToDateTime(new TimeOnly(rnd.Next(24), rnd.Next(60), rnd.Next(3) == 0 ? rnd.Next(60) : 0));
            DateTime? me = rnd.Next(4) == 0 ? null : ms.AddMinutes(rnd.Next(1, 5000));
            missing.Add(new MissingEpisode($"M{i}", id, ms, me, Pick(Enum.GetValues<MissingType>()), Flag(), me is { } back && rnd.Next(2) == 0 ? back.AddHours(rnd.Next(100)) : null));
            advocacy.Add(new AdvocacyAllocation($"D{i}", id, cd, MaybeAfter(cd)));
            eh.Add(new EarlyHelpEpisode($"H{i}", id, cd, MaybeAfter(cd), Pick(Enum.GetValues<EarlyHelpRoute>())));
        }
        var events = Enumerable.Range(0, 20).Select(i =>
        {
            var d = Day();
            return new ContextEvent(d, MaybeAfter(d), Text($"Event {i}") ?? $"Event {i}", Text("Staffing"));
        }).ToList();
        return new CaseData
        {
            Children = kids, Contacts = contacts, Referrals = referrals, Assessments = assessments, Section47Enquiries = s47,
            CpPlans = cp, CpVisits = visits, CinPlans = cin, LacEpisodes = lac, MissingEpisodes = missing, Advocacy = advocacy,
            EarlyHelp = eh, Events = events,
        };
    }
}
