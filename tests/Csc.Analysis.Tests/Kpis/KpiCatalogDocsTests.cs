using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Kpis;

/// <summary>
/// docs/kpis.md's catalogue and default-target tables are the ones <see cref="KpiCatalogDocs"/> makes
/// from the code. When a KPI changes, run this test with CSC_UPDATE_DOCS=1 to rewrite the blocks
/// between the markers (then review the diff); otherwise a difference fails with the block to paste.
/// </summary>
public sealed class KpiCatalogDocsTests
{
    private static string DocPath() => RepositoryPaths.Of("docs", "kpis.md");

    public static TheoryData<string> Blocks => ["kpi-catalog", "kpi-default-targets", "kpi-rules"];

    private static string Generate(string block) => block switch
    {
        "kpi-catalog" => KpiCatalogDocs.CatalogTable(KpiCatalog.Default),
        "kpi-default-targets" => KpiCatalogDocs.TargetsTable(KpiCatalog.Default),
        "kpi-rules" => KpiCatalogDocs.RulesTable(KpiRules.All),
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void DocsBlock_IsWhatTheCatalogueGenerates(string block)
    {
        var path = DocPath();
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = $"<!-- generated:{block} (KpiCatalogDocsTests; CSC_UPDATE_DOCS=1 rewrites it) -->\n";
        var end = $"<!-- end:{block} -->";
        var start = doc.IndexOf(begin, StringComparison.Ordinal);
        var stop = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"docs/kpis.md has no block {begin.Trim()} ... {end}");
        var current = doc[(start + begin.Length)..stop];
        var expected = Generate(block);
        if (current == expected)
        {
            return;
        }
        if (Environment.GetEnvironmentVariable("CSC_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..(start + begin.Length)] + expected + doc[stop..]);
            return;
        }
        Assert.Fail($"docs/kpis.md's {block} block differs from the catalogue. Run the test with CSC_UPDATE_DOCS=1, or paste:\n{expected}");
    }

    [Fact]
    public void CatalogTable_HasOneRowPerKpi_WithItsFile()
    {
        var table = KpiCatalogDocs.CatalogTable(KpiCatalog.Default);
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(KpiCatalog.Default.Ids, rows.Select(r => r.Split('`')[1]));
        Assert.Contains("| `icpc_within_15wd_pct` | ICPCs within 15 working days of the strategy discussion (%) | child protection | percent | flow |", table);
        Assert.Contains("| Catalog/ChildProtection/IcpcWithin15WdPct.cs |", table);
        Assert.Contains("| target 80 (higher is better), amber band 15, rated on YTD |", table);
    }

    [Fact]
    public void RulesTable_OneRowPerRule_WithTheSharedSeverity()
    {
        var table = KpiCatalogDocs.RulesTable(KpiRules.All);
        Assert.Contains("| `ICPC_BEFORE_S47` | warning | ICPC date before the strategy discussion.", table);
        Assert.Equal(KpiRules.All.Count + 2, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void TargetsTable_ReadsTheTargetWithThePolarity()
    {
        var table = KpiCatalogDocs.TargetsTable(KpiCatalog.Default);
        // Higher is better, 90 with a band of 10: amber from 80. Lower is better, 30 with 5: amber to 35.
        Assert.Contains("| `icpc_within_15wd_pct` | 90, higher is better, amber from 80 | the May 2017 report's target |", table);
        Assert.Contains("| `contacts_nfa_pct` | 30, lower is better, amber to 35 |", table);
        Assert.Contains("| `rhi_within_72h_pct` | 80, higher is better, amber from 65, **rated on YTD** |", table);
        Assert.Contains("`cp_plans`", table.Split('\n').Single(l => l.StartsWith("| not rated by default", StringComparison.Ordinal)));
    }
}
