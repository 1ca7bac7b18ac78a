using Csc.Analysis.Benchmarking;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Benchmarking;

public sealed class BenchmarkMappingsTests
{
    [Fact]
    public void All_EveryKpiInTheCatalogueOnceAndEveryMeasureNamed()
    {
        var ids = KpiCatalog.For(KpiTimescales.Default).Ids.ToHashSet(StringComparer.Ordinal);
        Assert.All(BenchmarkMappings.All, m => Assert.Contains(m.KpiId, ids));
        Assert.Equal(BenchmarkMappings.All.Count, BenchmarkMappings.All.Select(m => m.KpiId).Distinct().Count());
        Assert.All(BenchmarkMappings.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Measure)));
    }

    [Fact]
    public void Docs_MappingTableIsTheCodes()
    {
        var doc = File.ReadAllText(Path.Combine(Kpis.SampleConfigTests.RepoRoot(), "docs", "benchmarking.md"));
        foreach (var m in BenchmarkMappings.All)
        {
            Assert.Contains($"| `{m.KpiId}` | `{m.Measure}` | {m.Difference} |", doc, StringComparison.Ordinal);
        }
        Assert.Equal(BenchmarkMappings.All.Count, doc.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Count(c => c == '|') == 4 && l.Contains("` | `", StringComparison.Ordinal)));
    }
}
