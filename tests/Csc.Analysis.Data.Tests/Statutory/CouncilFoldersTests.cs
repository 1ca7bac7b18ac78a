using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

/// <summary>A regional stack of SSDA903 tables or Annex A lists, each row with its council in a column.</summary>
public sealed class CouncilFoldersTests
{
    private static readonly SyntheticOptions Shape = SyntheticOptions.Default with { From = new(2016, 4), To = new(2017, 3), Scale = 0.3 };

    // The files of each council's folder stacked into one folder: the council column first, the councils' rows one after another.
    private static string Stack(string column, params (string Code, string Folder)[] councils)
    {
        var stack = NewTempFolder();
        foreach (var name in Directory.GetFiles(councils[0].Folder, "*.csv").Select(Path.GetFileName))
        {
            var lines = new List<string>();
            foreach (var (code, folder) in councils)
            {
                var own = File.ReadAllLines(Path.Combine(folder, name!));
                if (lines.Count == 0)
                {
                    lines.Add(column + "," + own[0]);
                }
                lines.AddRange(own.Skip(1).Select(l => code + "," + l));
            }
            File.WriteAllText(Path.Combine(stack, name!), string.Join('\n', lines) + "\n");
        }
        return stack;
    }

    [Fact]
    public void Ssda903Stack_EachCouncilLoadsAsItDoesAlone()
    {
        var alone = new List<(string Code, string Folder, LoadResult Load)>();
        foreach (var (code, seed) in new[] { ("311", 1), ("E09000016", 2) })
        {
            var folder = NewTempFolder();
            Ssda903Writer.Write(SyntheticGenerator.Generate(Shape with { Seed = seed }).Data, folder);
            alone.Add((code, folder, new Ssda903Loader().Load(folder, LoadOptions.Default)));
        }
        var stack = Stack("la_code", [.. alone.Select(a => (a.Code, a.Folder))]);
        var load = new Ssda903Loader().Load(stack, LoadOptions.Default);
        Assert.Equal(DataFormat.Ssda903, load.Format);
        var split = CouncilPartition.Split(load.Data);
        Assert.Equal(["311", "E09000016"], split.Codes.Select(c => c.Value));
        foreach (var (code, _, one) in alone)
        {
            var mine = split.Find(CouncilCode.Parse(code))!.Data;
            Assert.True(one.Data.LacEpisodes.Count > 0);
            Assert.Equal(one.Data.LacEpisodes, mine.LacEpisodes.Select(e => e with { Council = null }));
            Assert.Equal(one.Data.Children, mine.Children.Select(c => c with { Council = null }));
            Assert.Equal(one.Data.MissingEpisodes, mine.MissingEpisodes.Select(m => m with { Council = null }));
        }
        // The stack's files are the ones read, with all their rows.
        Assert.Equal(Directory.GetFiles(stack, "*.csv").Order(StringComparer.Ordinal), load.Files.Select(f => f.Path));
        Assert.Equal(File.ReadAllLines(Path.Combine(stack, "episodes.csv")).Length - 1, load.Files.Single(f => f.Path.EndsWith("episodes.csv", StringComparison.Ordinal)).Rows);
    }

    [Fact]
    public void Ssda903Stack_BadCouncilAndLinesAreLocatedInTheStackedFile()
    {
        var folder = NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "header.csv"), "LA_NUMBER,CHILD,SEX,DOB,ETHNIC\n311,C1,1,01/02/2010,WBRI\n303,C1,2,01/02/2011,WBRI\nHavering,C2,1,01/02/2010,WBRI\n303,C3,9,01/02/2012,WBRI\n");
        File.WriteAllText(Path.Combine(folder, "episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC\nC1,01/04/2016,S,C2,N1,U4,PR1,,\n");
        var load = new Ssda903Loader().Load(folder, LoadOptions.Default);
        var bad = Assert.Single(load.Issues, i => i.RuleId == StatutoryRules.CouncilCode);
        Assert.Equal(("header.csv", 4L, "LA_NUMBER", "Havering", IssueSeverity.Error), (bad.File, bad.Line, bad.Column, bad.Value, bad.Severity));
        // The unknown sex code of 303's C3 is on line 5 of the stacked file (line 3 of 303's own rows).
        var sex = Assert.Single(load.Issues, i => i.RuleId == StatutoryRules.CodeUnknown && i.Column == "SEX");
        Assert.Equal(("header.csv", 5L), (sex.File, sex.Line));
        Assert.EndsWith("(council 303)", sex.Reason, StringComparison.Ordinal);
        // episodes.csv names no council: a warning, and its rows are not read.
        Assert.Equal("episodes.csv", Assert.Single(load.Issues, i => i.RuleId == StatutoryRules.CouncilColumnAbsent).File);
        Assert.Empty(load.Data.LacEpisodes);
        // C1 of 311 and C1 of 303 are two children.
        Assert.Equal([("311", "C1"), ("303", "C1"), ("303", "C3")], load.Data.Children.Select(c => (c.Council!.Value, c.ChildId)).OrderBy(c => c.Item1 == "303").ThenBy(c => c.ChildId));
    }

    [Fact]
    public void AnnexAStack_CsvListsWithATitleRow_SplitByCouncil()
    {
        var folder = NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "list_4_assessments.csv"),
            "List 4: Assessments,,\nLEA,Child Unique ID,Gender,Continuous Assessment Start Date,Continuous Assessment Date of Authorisation\n311,A1,Male,01/01/2020,01/02/2020\n303,A1,Female,01/01/2020,31/13/2020\n303,A2,Female,01/01/2020,03/02/2020\n");
        var load = new AnnexALoader().Load(folder, LoadOptions.Default);
        var split = CouncilPartition.Split(load.Data);
        Assert.Equal(["303", "311"], split.Codes.Select(c => c.Value));
        Assert.Equal(["A1"], split.Find(CouncilCode.Parse("311"))!.Data.Children.Select(c => c.ChildId));
        var date = Assert.Single(load.Issues, i => i.RuleId == StatutoryRules.DateFormat);
        Assert.Equal(("list_4_assessments.csv", 4L, "31/13/2020"), (date.File, date.Line, date.Value));
        // An issue about the whole return names the stack's folder, not a council's copy of it.
        Assert.All(load.Issues.Where(i => i.RuleId == StatutoryRules.ListMissing), i => Assert.Equal(Path.GetFileName(folder), i.File));
    }

    [Fact]
    public void WithoutACouncilColumn_LoadsAsBefore()
    {
        var folder = NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "header.csv"), "CHILD,SEX,DOB,ETHNIC\nC1,1,01/02/2010,WBRI\n");
        var load = new Ssda903Loader().Load(folder, LoadOptions.Default);
        Assert.Null(Assert.Single(load.Data.Children).Council);
        Assert.DoesNotContain(load.Issues, i => i.RuleId is StatutoryRules.CouncilCode or StatutoryRules.CouncilColumnAbsent);
    }
}
