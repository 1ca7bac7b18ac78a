using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

public sealed class CanonicalExtractWriterTests
{
    [Fact]
    public void Write_EmptyData_WritesEveryTableWithHeaderOnly()
    {
        using var tmp = new TempFolder();
        var files = CanonicalExtractWriter.Write(CaseData.Empty, tmp.Path);

        Assert.Equal(CanonicalSchema.CoreTables.Select(t => t.FileName), files.Select(Path.GetFileName));
        Assert.Equal("child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n", File.ReadAllText(tmp.File("children.csv")));
        Assert.Equal("date,end_date,label,category\n", File.ReadAllText(tmp.File("events.csv")));
    }

    [Fact]
    public void Write_Values_UsesCanonicalFormatsAndQuoting()
    {
        using var tmp = new TempFolder();
        var data = new CaseData
        {
            Children = [new Child("C1", "F", new DateOnly(2010, 2, 3), "WBRI", null, "RM1, 2AB")],
            Contacts = [new Contact("K1", "C1", new DateOnly(2017, 5, 2), "Police \"PPN\"", BragRating.None, ContactOutcome.EarlyHelp, "MASH")],
            LacEpisodes = [new LacEpisode("E1", "C1", new DateOnly(2017, 1, 1), null, "S", "C2", "N1", "U6", "PR1", "RM3 8AB", 12.25, true, null)],
            MissingEpisodes = [new MissingEpisode("M1", "C1", new DateTime(2017, 5, 1, 22, 15, 0), new DateTime(2017, 5, 2, 6, 0, 30), MissingType.Absent, false, null)],
            Events = [new ContextEvent(new DateOnly(2017, 4, 1), null, "IRO post vacant\nuntil June", null)],
        };

        CanonicalExtractWriter.Write(data, tmp.Path);

        Assert.Equal(
            "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\nC1,F,2010-02-03,WBRI,,\"RM1, 2AB\"\n",
            File.ReadAllText(tmp.File("children.csv")));
        Assert.Equal(
            "contact_id,child_id,contact_date,source,brag_rating,outcome,team\nK1,C1,2017-05-02,\"Police \"\"PPN\"\"\",,EARLY_HELP,MASH\n",
            File.ReadAllText(tmp.File("contacts.csv")));
        Assert.EndsWith("\nE1,C1,2017-01-01,,S,C2,N1,U6,PR1,RM3 8AB,12.25,Y,\n", File.ReadAllText(tmp.File("lac_episodes.csv")));
        // whole minutes are written without seconds, other times with them
        Assert.EndsWith("\nM1,C1,2017-05-01T22:15,2017-05-02T06:00:30,A,N,\n", File.ReadAllText(tmp.File("missing_episodes.csv")));
        Assert.EndsWith("\n2017-04-01,,\"IRO post vacant\nuntil June\",\n", File.ReadAllText(tmp.File("events.csv")));
    }

    [Fact]
    public void Write_Twice_IsByteIdentical()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var data = new CaseData { Referrals = [new Referral("R1", "C1", new DateOnly(2017, 5, 2), "School", true, "Assessment", "W1")] };
        CanonicalExtractWriter.Write(data, a.Path);
        CanonicalExtractWriter.Write(data, b.Path);
        foreach (var t in CanonicalSchema.CoreTables)
        {
            Assert.Equal(File.ReadAllBytes(a.File(t.FileName)), File.ReadAllBytes(b.File(t.FileName)));
        }
    }
}
