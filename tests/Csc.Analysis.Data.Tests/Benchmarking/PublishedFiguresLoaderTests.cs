using Csc.Analysis.Benchmarking;
using Csc.Analysis.Data.Benchmarking;
using Csc.Analysis.Data.Loading;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Benchmarking;

public sealed class PublishedFiguresLoaderTests
{
    private static string Bundled => Path.Combine(RepoRoot, "published", "dfe-lait");

    private static readonly Lazy<PublishedFigures> Figures = new(() => PublishedFiguresLoader.Load(Bundled));

    [Fact]
    public void Load_Bundled_HaveringFiguresRegionAndNeighbours()
    {
        var f = Figures.Value;
        var havering = f.Area(311)!;
        Assert.Equal(("Havering", AreaKind.Council), (havering.Name, havering.Kind));
        // Published as "Outer London": the region is London (986).
        Assert.Equal(986, havering.RegionNumber);
        Assert.Equal(AreaKind.England, f.Area(970)!.Kind);
        Assert.Equal(("London", AreaKind.Region), (f.Area(986)!.Name, f.Area(986)!.Kind));
        // Values are read to 15 significant digits: "65.900000000000006" is 65.9.
        Assert.Equal(67.7, f.Value("CP_conf_15days", 2017, 311));
        Assert.Equal(65.9, f.Value("CP_conf_15days", 2017, 987));
        // "-" is not available.
        Assert.Null(f.Value("CP_conf_15days", 2017, 941));
        Assert.True(f.Has("CP_conf_15days", 2016));
        Assert.False(f.Has("CP_conf_15days", 2015));
        Assert.Equal([303, 822, 883, 881, 886, 866, 941, 826, 887, 938], f.NeighboursOf(311));
        Assert.Equal(MeasurePolarity.HigherIsBetter, f.PolarityOf("CP_conf_15days"));
        Assert.Equal(MeasurePolarity.LowerIsBetter, f.PolarityOf("ReReferral"));
        Assert.Null(f.PolarityOf("CPP_Num"));
        // 153 councils; counties 9xx below 970 are councils too.
        Assert.Equal(AreaKind.Council, f.Area(936)!.Kind);
        Assert.True(f.Councils.Count >= 153);
    }

    [Fact]
    public void Load_MissingFolderOrFiles_NamedInTheMessage()
    {
        var none = Assert.Throws<DataLoadException>(() => PublishedFiguresLoader.Load(Path.Combine(NewTempFolder(), "absent")));
        Assert.Contains("does not exist", none.Message, StringComparison.Ordinal);
        var empty = NewTempFolder();
        var noDictionary = Assert.Throws<DataLoadException>(() => PublishedFiguresLoader.Load(empty));
        Assert.Contains("lait_data_dictionary*.csv", noDictionary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotParquet_DataLoadException()
    {
        var folder = NewTempFolder();
        File.WriteAllText(Path.Combine(folder, PublishedFiguresLoader.ExtractFile), "not parquet");
        File.WriteAllText(Path.Combine(folder, "lait_data_dictionary.csv"), "Measure_short,Polarity\nX,High\n");
        File.Copy(Path.Combine(Bundled, "sn_may_2025.xlsx"), Path.Combine(folder, "sn_may_2025.xlsx"));
        var ex = Assert.Throws<DataLoadException>(() => PublishedFiguresLoader.Load(folder));
        Assert.Contains("cannot be read as Parquet", ex.Message, StringComparison.Ordinal);
    }
}
