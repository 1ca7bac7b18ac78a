using Csc.Analysis.Data.Loading;
using Csc.Analysis.Disproportionality;

namespace Csc.Analysis.Data.Tests.Loading;

public sealed class EthnicityPopulationLoaderTests
{
    private static (EthnicityPopulation? Population, IReadOnlyList<Csc.Analysis.Domain.DataIssue> Issues) Read(string text)
        => EthnicityPopulationLoader.Read(new StringReader(text), "pop.csv");

    [Fact]
    public void Read_DetailedCodes_SummedIntoGroups_OtherColumnsIgnored()
    {
        var (pop, issues) = Read("year,ethnicity,population\n2017,WBRI,\"1,000\"\n2017,WIRI,30\n2017,WOTH,70\n2017,BAFR,150\n2017,bcrb,50\n");
        Assert.Empty(issues);
        Assert.Equal(1000, pop!.For(EthnicityGroup.WhiteBritish));
        Assert.Equal(100, pop.For(EthnicityGroup.WhiteOther));
        Assert.Equal(200, pop.For(EthnicityGroup.Black));
        Assert.Null(pop.For(EthnicityGroup.Asian));
        Assert.Equal(1300, pop.Total);
        Assert.Equal("pop.csv", pop.Source);
    }

    [Fact]
    public void Read_GroupNames_AndCountColumn()
    {
        var (pop, issues) = Read("Ethnicity,Count\nWhite British,900\nAsian or Asian British,120\nMixed,60\n");
        Assert.Empty(issues);
        Assert.Equal((900L, 120L, 60L), (pop!.For(EthnicityGroup.WhiteBritish)!.Value, pop.For(EthnicityGroup.Asian)!.Value, pop.For(EthnicityGroup.Mixed)!.Value));
    }

    [Fact]
    public void Read_BadRows_AreLocatedIssues_AndLeftOut()
    {
        var (pop, issues) = Read("ethnicity,population\nWhite,1000\nMartian,5\nWBRI,-3\nAIND,12\nAIND,14\nAsian,100\nMixed,ten\n");
        Assert.Equal(
            [
                (2L, "ethnicity", "White", "White must be given as White British (WBRI) and White other (WIRI, WIRT, WOTH, WROM): White British is the reference group. The row is left out."),
                (3L, "ethnicity", "Martian", "Not a DfE ethnicity code (WBRI, AIND, ...) or group (White British, White other, Mixed, Asian or Asian British, Black or Black British, Other ethnic group, Refused or not obtained): the row is left out."),
                (4L, "population", "-3", "Not a whole number of 0 or more: the row is left out."),
                (6L, "ethnicity", "AIND", "Given twice: the later row is left out."),
                (7L, "ethnicity", "Asian", "Asian or Asian British is given both by its codes and by its name: the later row is left out."),
                (8L, "population", "ten", "Not a whole number of 0 or more: the row is left out."),
            ],
            issues.Select(i => (i.Line!.Value, i.Column!, i.Value!, i.Reason)));
        Assert.All(issues, i => Assert.Equal(DisproportionalityRules.PopulationRow.Id, i.RuleId));
        Assert.Equal(12, pop!.For(EthnicityGroup.Asian));
        Assert.Null(pop.For(EthnicityGroup.WhiteBritish));
    }

    [Fact]
    public void Read_HeaderWithoutTheColumns_NothingRead()
    {
        var (pop, issues) = Read("group,n\nWBRI,10\n");
        Assert.Null(pop);
        Assert.Equal(DisproportionalityRules.PopulationHeader.Id, Assert.Single(issues).RuleId);
        Assert.Null(Read(string.Empty).Population);
    }

    [Fact]
    public void Load_TheSample_EveryGroupOnce()
    {
        var (pop, issues) = EthnicityPopulationLoader.Load(RepositoryPaths.Of("data-samples", "population-ethnicity.csv"), "population-ethnicity.csv");
        Assert.Empty(issues);
        Assert.Equal(57_822, pop!.Total); // the sample council's 2016 population of children aged 0 to 17 (population.csv)
        Assert.Equal(7, pop.ByGroup.Count);
    }
}
