using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

public sealed class Ssda903WriterTests
{
    internal static CaseData Sample() => new()
    {
        Children =
        [
            new Child("C1", "F", new DateOnly(2008, 3, 27), "WBRI", null, "AB1 2CD"),
            new Child("C2", "M", new DateOnly(2011, 9, 9), null, null, null),
            new Child("C3", null, new DateOnly(2012, 1, 1), "MOTH", null, null), // no LAC episode: not in the 903 population
        ],
        LacEpisodes =
        [
            new LacEpisode("e1", "C1", new DateOnly(2016, 2, 15), new DateOnly(2017, 8, 14), "S", "C2", "N1", "U4", "PR1", "ZZ9 9ZZ", 3.25, true, "X1"),
            new LacEpisode("e2", "C1", new DateOnly(2017, 8, 14), null, "P", "C2", "N1", "R1", "PR4", "Q1, \"x\"", 41, false, null),
            new LacEpisode("e3", "C2", new DateOnly(2016, 4, 26), new DateOnly(2017, 5, 9), "S", "V2", "N8", "U6", "PR1", null, null, null, "E4A"),
        ],
        MissingEpisodes =
        [
            new MissingEpisode("m1", "C1", new DateTime(2017, 11, 21, 14, 30, 0), new DateTime(2018, 1, 4), MissingType.Missing, true, null),
            new MissingEpisode("m2", "C2", new DateTime(2017, 1, 1), null, MissingType.Absent, null, null),
        ],
    };

    [Fact]
    public void Write_Sample_DfEColumnsAndUkDates()
    {
        var folder = NewTempFolder();
        var files = Ssda903Writer.Write(Sample(), folder);
        Assert.Equal(["header.csv", "episodes.csv", "missing.csv"], files.Select(Path.GetFileName));
        Assert.Equal(
            "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,2,27/03/2008,WBRI,,,\nC2,1,09/09/2011,,,,\n",
            File.ReadAllText(Path.Combine(folder, "header.csv")));
        var episodes = File.ReadAllLines(Path.Combine(folder, "episodes.csv"));
        Assert.Equal("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN", episodes[0]);
        Assert.Equal("C1,15/02/2016,S,C2,N1,U4,PR1,14/08/2017,X1,,AB1 2CD,ZZ9 9ZZ,", episodes[1]);
        Assert.Equal("C1,14/08/2017,P,C2,N1,R1,PR4,,,,AB1 2CD,\"Q1, \"\"x\"\"\",", episodes[2]);
        Assert.Equal(
            "CHILD,DOB,MISSING,MIS_START,MIS_END\nC1,27/03/2008,M,21/11/2017,04/01/2018\nC2,09/09/2011,A,01/01/2017,\n",
            File.ReadAllText(Path.Combine(folder, "missing.csv")));
    }

    [Fact]
    public void Write_ThenLoad_SameRecordsForTheFieldsSsda903Carries()
    {
        var data = Sample();
        var folder = NewTempFolder();
        Ssda903Writer.Write(data, folder, new Ssda903WriterOptions { IncludePlacementLocationColumns = true });
        var loaded = new Ssda903Loader().Load(folder, LoadOptions.Default);

        Assert.Equal(0, loaded.ErrorCount);
        Assert.DoesNotContain(loaded.Issues, i => i.Severity == IssueSeverity.Warning);
        // 903 carries no disability; the header holds only children with an episode.
        Assert.Equal(data.Children.Take(2), loaded.Data.Children);
        // Ids are synthesised as CHILD/DECOM; every other episode field survives.
        Assert.Equal(
            data.LacEpisodes.Select(e => e with { EpisodeId = $"{e.ChildId}/{e.StartDate:yyyy-MM-dd}" }),
            loaded.Data.LacEpisodes);
        // 903 has no times of day and no return interview: those come back as midnight and null.
        Assert.Equal(
            data.MissingEpisodes.Select(m => m with
            {
                MissingId = $"{m.ChildId}/{m.StartDateTime:yyyy-MM-dd}",
                StartDateTime = m.StartDateTime.Date,
                EndDateTime = m.EndDateTime?.Date,
                RhiOffered = null,
                RhiCompletedDateTime = null,
            }),
            loaded.Data.MissingEpisodes);
    }

    [Fact]
    public void Write_DfEShape_PlacementLocationNotWrittenSoNotReadBack()
    {
        var folder = NewTempFolder();
        Ssda903Writer.Write(Sample(), folder);
        var loaded = new Ssda903Loader().Load(folder, LoadOptions.Default);
        Assert.All(loaded.Data.LacEpisodes, e => Assert.Null(e.PlacementInsideLa));
        Assert.All(loaded.Data.LacEpisodes, e => Assert.Null(e.PlacementDistanceMiles));
    }

    [Fact]
    public void Write_SameInputTwice_SameBytes()
    {
        var a = NewTempFolder();
        var b = NewTempFolder();
        Ssda903Writer.Write(Sample(), a);
        Ssda903Writer.Write(Sample(), b);
        foreach (var name in new[] { "header.csv", "episodes.csv", "missing.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, name)), File.ReadAllBytes(Path.Combine(b, name)));
        }
    }
}
