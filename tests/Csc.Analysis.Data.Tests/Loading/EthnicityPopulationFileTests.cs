using Csc.Analysis.Data.Loading;
using Csc.Analysis.Disproportionality;

namespace Csc.Analysis.Data.Tests.Loading;

public sealed class EthnicityPopulationFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("csc-eth-pop-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    [Fact]
    public void Find_InTheDataFolderFirst_ThenBesideIt_ThenBesideADataFile()
    {
        var data = Folder("extract");
        Assert.Null(EthnicityPopulationFile.Find(data));
        File.WriteAllText(Path.Combine(_root, "population-ethnicity.csv"), "ethnicity,population\nWBRI,10\n");
        // beside the folder (as data-samples/population-ethnicity.csv is beside data-samples/havering-like)
        Assert.Equal(Path.Combine(_root, "population-ethnicity.csv"), EthnicityPopulationFile.Find(data));
        File.WriteAllText(Path.Combine(data, "population-ethnicity.csv"), "ethnicity,population\nWBRI,20\n");
        Assert.Equal(Path.Combine(data, "population-ethnicity.csv"), EthnicityPopulationFile.Find(data + Path.DirectorySeparatorChar));
        // a data file: the folder holding it
        var annex = Path.Combine(data, "annex-a.xlsx");
        File.WriteAllText(annex, string.Empty);
        Assert.Equal(Path.Combine(data, "population-ethnicity.csv"), EthnicityPopulationFile.Find(annex));
    }

    [Fact]
    public void Open_GivenBeatsFound_NoneFound_MissingGiven_Unusable()
    {
        var data = Folder("data");
        var none = EthnicityPopulationFile.Open(null, data);
        Assert.True(none.Population is null && none.Path is null && none.Absent is null);
        File.WriteAllText(Path.Combine(data, "population-ethnicity.csv"), "ethnicity,population\nWBRI,20\nBAFR,x\n");
        var given = Path.Combine(_root, "headcounts.csv");
        File.WriteAllText(given, "ethnicity,headcount\nWBRI,30\n");
        var g = EthnicityPopulationFile.Open(given, data);
        Assert.Equal((30L, "headcounts.csv", given), (g.Population!.For(EthnicityGroup.WhiteBritish)!.Value, g.Population.Source, g.Path));
        // found beside the data: its bad row is a located issue, the rest is used
        var found = EthnicityPopulationFile.Open(null, data);
        Assert.Equal(20L, found.Population!.For(EthnicityGroup.WhiteBritish));
        Assert.Equal(("population-ethnicity.csv", (long?)3), (found.Issues.Single().File, found.Issues.Single().Line));
        Assert.Throws<DataLoadException>(() => EthnicityPopulationFile.Open(Path.Combine(_root, "nowhere.csv"), data));
        File.WriteAllText(given, "group,n\nWBRI,30\n");
        var bad = EthnicityPopulationFile.Open(given, null);
        Assert.Null(bad.Population);
        Assert.StartsWith("headcounts.csv could not be used (The header needs an ethnicity column", bad.Absent, StringComparison.Ordinal);
    }
}
