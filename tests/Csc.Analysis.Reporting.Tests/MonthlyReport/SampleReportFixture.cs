using Csc.Analysis.Benchmarking;
using Csc.Analysis.Data.Benchmarking;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

/// <summary>
/// The report on the bundled sample (data-samples/havering-like) when it is in the checkout, else
/// on the same synthetic council generated into a temporary folder; built twice for the determinism test.
/// </summary>
public sealed class SampleReportFixture : IDisposable
{
    private readonly string? _temp;

    public SampleReportFixture()
    {
        var root = RepositoryRoot();
        var sample = Path.Combine(root, "data-samples", "havering-like");
        var configPath = Path.Combine(sample, "kpi-config.json");
        var data = sample;
        if (!File.Exists(Path.Combine(sample, "children.csv")))
        {
            _temp = Path.Combine(Path.GetTempPath(), "csc-report-" + Guid.NewGuid().ToString("N"));
            CanonicalExtractWriter.Write(SyntheticGenerator.Generate(SyntheticOptions.Default).Data, _temp);
            data = _temp;
        }
        Config = File.Exists(configPath) ? KpiConfig.Load(configPath) : KpiConfig.Default;
        Load = CaseDataLoader.Load(data);
        Published = PublishedFiguresLoader.Load(Path.Combine(root, PublishedFiguresLoader.BundledFolder));
        Options = new MonthlyReportOptions { Published = Published, Config = Config, DataPath = "data-samples/havering-like", ConfigPath = "data-samples/havering-like/kpi-config.json", Environment = _ => null };
        Model = MonthlyKpiReport.BuildModel(Load, Options);
        Html = MonthlyReportRenderer.Render(Model);
        SecondHtml = MonthlyKpiReport.Build(CaseDataLoader.Load(data), Options);
    }

    public KpiConfig Config { get; }

    /// <summary>The bundled DfE published figures (published/dfe-lait).</summary>
    public PublishedFigures Published { get; }

    public LoadResult Load { get; }

    public MonthlyReportOptions Options { get; }

    public MonthlyReportModel Model { get; }

    public string Html { get; }

    public string SecondHtml { get; }

    public static string RepositoryRoot() => RepositoryPaths.Root;

    public void Dispose()
    {
        if (_temp is not null)
        {
            try
            {
                Directory.Delete(_temp, recursive: true);
            }
            catch (IOException)
            {
                // best effort
            }
        }
    }
}
