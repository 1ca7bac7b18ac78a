using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Tests.Canonical;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Data.Tests.Loading;

public sealed class DataSetTests
{
    private const string Config = """{ "kpis": { "contacts_nfa_pct": { "target": 40, "amber_band": 5, "polarity": "lower_is_better" } } }""";

    private static TempFolder CopyOfValid()
    {
        var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(Fixtures.Folder("valid")))
        {
            File.Copy(file, temp.File(Path.GetFileName(file)));
        }
        return temp;
    }

    [Fact]
    public void Open_FolderWithoutConfig_UsesBuiltInCatalogueAndSaysSo()
    {
        using var temp = CopyOfValid();
        var set = DataSet.Open(temp.Path);
        Assert.Equal(KpiConfigOrigin.BuiltIn, set.ConfigOrigin);
        Assert.Same(KpiConfig.Default, set.Config);
        Assert.Null(set.ConfigPath);
        Assert.Null(set.ConfigSha256);
        Assert.Equal(DataFormat.Canonical, set.Load.Format);
        Assert.Contains("the built-in catalogue", set.ConfigSentence());
        Assert.Contains("no kpi-config.json in the data folder", set.Describe());
    }

    [Fact]
    public void Open_NoMonthGiven_TakesTheMonthOfTheLatestActivity()
    {
        // The fixture's latest dated record is 11 May 2017 and it has no extract date.
        using var temp = CopyOfValid();
        var set = DataSet.Open(temp.Path);
        Assert.Equal(new ReportingMonth(2017, 5), set.Month);
        Assert.Contains("reporting month May 2017", set.Describe());
    }

    [Fact]
    public void Open_MonthGiven_KeepsIt()
    {
        using var temp = CopyOfValid();
        var set = DataSet.Open(temp.Path, new DataSetOptions { Month = new ReportingMonth(2017, 4) });
        Assert.Equal(new ReportingMonth(2017, 4), set.Month);
    }

    [Fact]
    public void Open_FolderWithConfig_ReadsItAndNamesItUnderTheDisplayPath()
    {
        using var temp = CopyOfValid();
        temp.Write(DataSet.ConfigFileName, Config);
        var set = DataSet.Open(temp.Path, new DataSetOptions { DisplayPath = "my-council/" });
        Assert.Equal(KpiConfigOrigin.DataFolder, set.ConfigOrigin);
        Assert.Equal("my-council/kpi-config.json", set.ConfigPath);
        Assert.True(set.Config.Kpis.ContainsKey(KpiIds.ContactsNfaPct));
        Assert.Equal(64, set.ConfigSha256!.Length);
        Assert.Equal("KPI config: my-council/kpi-config.json, found in the data folder.", set.ConfigSentence());
    }

    [Fact]
    public void Open_GivenConfig_WinsOverTheFolders()
    {
        using var temp = CopyOfValid();
        temp.Write(DataSet.ConfigFileName, "{ }");
        using var other = new TempFolder();
        other.Write("mine.json", Config);
        var set = DataSet.Open(temp.Path, new DataSetOptions { ConfigPath = other.File("mine.json"), ConfigDisplayPath = "mine.json" });
        Assert.Equal(KpiConfigOrigin.Given, set.ConfigOrigin);
        Assert.Equal("mine.json", set.ConfigPath);
        Assert.True(set.Config.Kpis.ContainsKey(KpiIds.ContactsNfaPct));
    }

    [Fact]
    public void Open_GivenConfigMissing_IsAConfigError()
    {
        using var temp = CopyOfValid();
        Assert.Throws<KpiConfigException>(() => DataSet.Open(temp.Path, new DataSetOptions { ConfigPath = temp.File("none.json") }));
    }

    [Fact]
    public void Open_SingleFile_LooksForNoConfigBesideIt()
    {
        // A statutory file is not a data folder: its folder's config is not the council's by default.
        var set = DataSet.Open(Path.Combine(Statutory.StatutoryTestFiles.TestData("cin-census"), "CIN_Census_2026.xml"));
        Assert.Equal(DataFormat.CinCensus, set.Load.Format);
        Assert.Equal(KpiConfigOrigin.BuiltIn, set.ConfigOrigin);
    }

    [Fact]
    public void FromLoad_WithoutFolder_UsesTheBuiltInCatalogue()
    {
        using var temp = CopyOfValid();
        temp.Write(DataSet.ConfigFileName, Config);
        var load = CaseDataLoader.Load(temp.Path);
        var set = DataSet.FromLoad(load, dataFolder: null, new DataSetOptions { DisplayPath = "ssd (postgresql)" });
        Assert.Equal(KpiConfigOrigin.BuiltIn, set.ConfigOrigin);
        Assert.StartsWith("ssd (postgresql) (canonical)", set.Describe());
    }
}
