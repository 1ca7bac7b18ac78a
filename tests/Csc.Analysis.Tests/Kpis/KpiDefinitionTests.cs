using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Kpis;

public sealed class KpiDefinitionTests
{
    private static KpiDefinition Valid() => new()
    {
        Id = "test_pct",
        Title = "Test",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "n",
        Denominator = "d",
        Sources = KpiSources.Contacts,
        Calculation = (_, _) => { },
    };

    [Fact]
    public void Check_AcceptsAWellFormedDefinition() => Assert.Null(Valid().Check());

    [Theory]
    [InlineData("Test_pct", "KPI id 'Test_pct' must be snake_case: lower-case letters, digits and underscores, starting with a letter.")]
    [InlineData("1st", "KPI id '1st' must be snake_case: lower-case letters, digits and underscores, starting with a letter.")]
    [InlineData("a-b", "KPI id 'a-b' must be snake_case: lower-case letters, digits and underscores, starting with a letter.")]
    public void Check_RefusesIdsThatAreNotSnakeCase(string id, string message)
        => Assert.Equal(message, (Valid() with { Id = id }).Check());

    [Fact]
    public void Check_NamesEveryOtherProblem()
    {
        Assert.Equal("KPI 'test_pct' has no title.", (Valid() with { Title = " " }).Check());
        Assert.Equal("KPI 'test_pct' is a percent but does not say what its denominator counts.", (Valid() with { Denominator = null }).Check());
        Assert.Equal("KPI 'test_pct' is a count, so it has no denominator; remove \"d\".", (Valid() with { Unit = KpiUnit.Count }).Check());
        Assert.Equal("KPI 'test_pct' has a default target but no polarity; a target needs a good direction.",
            (Valid() with { Target = new() { Value = 1, AmberBand = 0, Reason = "r" } }).Check());
        Assert.Equal("KPI 'test_pct' is rated on the year to date but has none (a snapshot count or rate, or a ratio).",
            (Valid() with { Unit = KpiUnit.Ratio, RateOn = RateOn.YearToDate }).Check());
        Assert.Equal("KPI 'test_pct' is a rate per 10k but does not say what its denominator counts.",
            (Valid() with { Unit = KpiUnit.RatePer10k, Denominator = null, Sources = KpiSources.Contacts | KpiSources.Population }).Check());
        Assert.Equal("KPI 'test_pct' is a rate per 10,000, so it reads the population (KpiSources.Population): add it to its sources.",
            (Valid() with { Unit = KpiUnit.RatePer10k }).Check());
        Assert.Equal("KPI 'test_pct' is rated on the year to date but has none (a snapshot count or rate, or a ratio).",
            (Valid() with { Unit = KpiUnit.RatePer10k, Kind = KpiKind.Snapshot, Sources = KpiSources.Contacts | KpiSources.Population, RateOn = RateOn.YearToDate }).Check());
    }

    [Fact]
    public void Rag_IsTheTargetReadWithThePolarity_UntilReplaced()
    {
        var d = Valid() with { Polarity = KpiPolarity.LowerIsBetter, Target = new() { Value = 30, AmberBand = 5, Reason = "r" } };
        // Lower is better: 30 green, 35 amber (the far end of the band), 35.1 red.
        Assert.Equal([Rag.Green, Rag.Amber, Rag.Red], new double?[] { 30, 35, 35.1 }.Select(v => d.Rag!.Rate(v)));
        Assert.Null((d with { Rag = null }).Rag);
        Assert.Equal(Rag.Red, (d with { Rag = RagRule.FromTarget(20, KpiPolarity.LowerIsBetter, 0) }).Rag!.Rate(30));
    }

    [Fact]
    public void Catalog_RefusesADefinitionThatFailsItsCheck()
    {
        var ex = Assert.Throws<ArgumentException>(() => new KpiCatalog([Valid() with { Denominator = null }]));
        Assert.StartsWith("KPI 'test_pct' is a percent but does not say what its denominator counts.", ex.Message, StringComparison.Ordinal);
    }
}
