using System.Security.Cryptography;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

public sealed class CanonicalExtractLoaderValidTests
{
    private static readonly LoadResult Valid = Fixtures.Load(Fixtures.Folder("valid"));

    [Fact]
    public void Load_ValidFixture_HasNoIssues()
        => Assert.Empty(Valid.Issues);

    [Fact]
    public void Load_ValidFixture_ReadsEveryTable()
    {
        var d = Valid.Data;
        Assert.Equal(DataFormat.Canonical, Valid.Format);
        Assert.Equal(Fixtures.ExtractDate, d.ExtractDate);
        Assert.Equal(
            [4, 4, 3, 2, 2, 1, 3, 1, 3, 2, 1, 2, 2],
            new[]
            {
                d.Children.Count, d.Contacts.Count, d.Referrals.Count, d.Assessments.Count, d.Section47Enquiries.Count, d.CpPlans.Count,
                d.CpVisits.Count, d.CinPlans.Count, d.LacEpisodes.Count, d.MissingEpisodes.Count, d.Advocacy.Count, d.EarlyHelp.Count, d.Events.Count,
            });
    }

    [Fact]
    public void Load_ValidFixture_ParsesValues()
    {
        var d = Valid.Data;
        Assert.Equal(new Child("C003", "M", new DateOnly(2004, 2, 29), "MWBC", "Y", "RM3 0XX"), d.Children[2]);
        Assert.Equal(new Child("C004", "F", new DateOnly(2016, 7, 1), null, null, null), d.Children[3]);
        Assert.Equal(new Contact("K004", "C004", new DateOnly(2017, 5, 10), "Anonymous", BragRating.None, ContactOutcome.Nfa, "MASH"), d.Contacts[3]);
        Assert.Equal(BragRating.Amber, d.Contacts[0].BragRating);
        Assert.True(d.Referrals[2].Nfa);
        Assert.Null(d.Referrals[2].Worker);
        Assert.Equal(new Assessment("A002", "C003", "R002", new DateOnly(2017, 4, 5), null, null, "Assessment Team 2", "W02"), d.Assessments[1]);
        Assert.Equal(
            new Section47Enquiry("S001", "C001", new DateOnly(2017, 3, 6), false, new DateOnly(2017, 3, 24), new DateOnly(2017, 3, 27), true, "Assessment Team 1", "W01"),
            d.Section47Enquiries[0]);
        Assert.False(d.Section47Enquiries[1].HasIcpc);
        Assert.Null(d.CpVisits[2].SeenAlone);
        Assert.Equal(
            new LacEpisode("E001", "C003", new DateOnly(2016, 8, 15), new DateOnly(2016, 12, 1), "S", "V2", "N4", "U6", "PR4", "CM1 1AA", 21.4, false, "X1"),
            d.LacEpisodes[0]);
        Assert.True(d.LacEpisodes[2].IsShortBreak);
        // the space separator and seconds are accepted
        Assert.Equal(
            new MissingEpisode("M002", "C003", new DateTime(2017, 4, 22, 18, 0, 0), new DateTime(2017, 4, 22, 23, 45, 0), MissingType.Absent, false, null),
            d.MissingEpisodes[1]);
        Assert.Equal(new EarlyHelpEpisode("H001", "C002", new DateOnly(2017, 3, 20), null, EarlyHelpRoute.StepDown), d.EarlyHelp[0]);
        Assert.Equal(new ContextEvent(new DateOnly(2017, 2, 1), new DateOnly(2017, 4, 30), "IRO post vacant, covered by agency", "Staffing"), d.Events[0]);
    }

    [Fact]
    public void Load_ValidFixture_RecordsEachFileWithItsHash()
    {
        Assert.Equal(CanonicalSchema.CoreTables.Select(t => t.FileName), Valid.Files.Select(f => Path.GetFileName(f.Path)));
        var children = Valid.Files[0];
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures.Folder("valid"), "children.csv"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), children.Sha256);
        Assert.Equal(bytes.Length, children.Bytes);
        Assert.Equal(4, children.Rows);
    }

    [Fact]
    public void CanLoad_CanonicalFolder_True()
        => Assert.True(new CanonicalExtractLoader().CanLoad(Fixtures.Folder("valid")));

    [Fact]
    public void CanLoad_FolderWithOnlyOneTable_True()
        => Assert.True(new CanonicalExtractLoader().CanLoad(Fixtures.Folder("missing-columns")));

    [Fact]
    public void CanLoad_OtherFolderOrAFile_False()
    {
        using var tmp = new TempFolder();
        tmp.Write("header.csv", "CHILD,SEX,DOB\n");
        tmp.Write("episodes.csv", "CHILD,DECOM\n");
        var loader = new CanonicalExtractLoader();
        Assert.False(loader.CanLoad(tmp.Path));
        Assert.False(loader.CanLoad(tmp.File("header.csv")));
        Assert.False(loader.CanLoad(tmp.File("does-not-exist")));
    }

    [Fact]
    public void CaseDataLoader_AutoFormat_DetectsCanonical()
    {
        var result = CaseDataLoader.Load(Fixtures.Folder("valid"));
        Assert.Equal(DataFormat.Canonical, result.Format);
        Assert.Equal(4, result.Data.Children.Count);
    }

    [Fact]
    public void Load_FileNamesInOtherCase_AreFound()
    {
        using var tmp = new TempFolder();
        tmp.Write("Children.CSV", "child_id\nC1\n");
        var result = Fixtures.Load(tmp.Path);
        Assert.Equal("C1", Assert.Single(result.Data.Children).ChildId);
    }

    [Fact]
    public void Load_AFile_ThrowsWithClearMessage()
    {
        var ex = Assert.Throws<DataLoadException>(() => new CanonicalExtractLoader().Load(Path.Combine(Fixtures.Folder("valid"), "children.csv"), LoadOptions.Default));
        Assert.EndsWith("is a file; a canonical extract is a folder of CSV or Parquet files (children.csv, contacts.csv, ...) or a DuckDB database file (.duckdb).", ex.Message);
    }
}
