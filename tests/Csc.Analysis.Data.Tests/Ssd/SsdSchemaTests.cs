using Csc.Analysis.Data.Ssd;

namespace Csc.Analysis.Data.Tests.Ssd;

/// <summary>docs/statutory-formats.md documents every SSD table and required column the kit reads, and every KPI the SSD cannot supply.</summary>
public sealed class SsdSchemaTests
{
    private static string Doc() => File.ReadAllText(RepositoryPaths.Of("docs", "statutory-formats.md"));

    [Fact]
    public void EveryTableAndRequiredColumn_IsInTheDocs()
    {
        var doc = Doc();
        foreach (var table in SsdSchema.Tables)
        {
            Assert.Contains("| " + table.Name, doc, StringComparison.Ordinal);
            foreach (var column in table.Required)
            {
                Assert.Contains(column, doc, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryKpiTheSsdCannotSupply_IsNamedInTheDocs()
    {
        var doc = Doc();
        Assert.All(SsdRoundTripTests.NotSupplied, id => Assert.Contains($"`{id}`", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Tables_HaveUniqueNamesAndTheirRequiredColumnsAmongTheirColumns()
    {
        Assert.Equal(SsdSchema.Tables.Count, SsdSchema.Tables.Select(t => t.Name).Distinct().Count());
        Assert.All(SsdSchema.Tables, t => Assert.All(t.Required, c => Assert.Contains(c, t.Columns)));
        Assert.All(SsdSchema.Tables, t => Assert.StartsWith("ssd_", t.Name, StringComparison.Ordinal));
    }
}
