using BenchmarkDotNet.Attributes;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Benchmarks;

/// <summary>
/// The KPI engine alone (no file loading) on the kit's generated story data at scale 1, 10 and 100
/// (April 2014 to May 2017, the default seed): all 26 KPIs for every month, and one drill-down.
/// Run: dotnet run -c Release --project tests/Csc.Analysis.Benchmarks -- --filter '*KpiBenchmarks*'
/// (scripts/bench-kpis.sh times the whole <c>csc-kpi kpis</c> command, loading included).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class KpiBenchmarks
{
    private CaseData data = CaseData.Empty;
    private KpiEngineOptions options = KpiEngineOptions.Default;

    [Params(1, 10, 100)]
    public double Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var synthetic = SyntheticOptions.Default with { Scale = Scale };
        data = SyntheticGenerator.Generate(synthetic).Data;
        options = new KpiEngineOptions { From = synthetic.From, To = synthetic.To };
    }

    [Benchmark]
    public KpiResults AllKpisAllMonths() => KpiEngine.Compute(data, options);

    [Benchmark]
    public IReadOnlyList<KpiGroupResult> IcpcByTeamOneMonth()
        => KpiDrillDown.By(data, KpiIds.IcpcWithin15WdPct, options.To!.Value, KpiDimension.Team, options);
}
