using BenchmarkDotNet.Attributes;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Benchmarks;

/// <summary>
/// The KPI engine on synthetic data at scale 1, 10 and 100 (April 2014 to May 2017): all 26 KPIs
/// for every month, and one drill-down. Run: dotnet run -c Release --project tests/Csc.Analysis.Benchmarks -- --filter '*KpiBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class KpiBenchmarks
{
    private static readonly ReportingMonth From = new(2014, 4);
    private static readonly ReportingMonth To = new(2017, 5);
    private CaseData data = CaseData.Empty;

    [Params(1, 10, 100)]
    public double Scale { get; set; }

    [GlobalSetup]
    public void Setup() => data = KpiSyntheticData.Build(seed: 1, Scale, From, To);

    [Benchmark]
    public KpiResults AllKpisAllMonths() => KpiEngine.Compute(data, new KpiEngineOptions { From = From, To = To });

    [Benchmark]
    public IReadOnlyList<KpiGroupResult> IcpcByTeamOneMonth()
        => KpiDrillDown.By(data, KpiIds.IcpcWithin15WdPct, To, KpiDimension.Team, new KpiEngineOptions { From = From, To = To });
}
