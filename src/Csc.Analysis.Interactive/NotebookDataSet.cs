using Csc.Analysis.Benchmarking;
using Csc.Analysis.Data.Benchmarking;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Reporting.Notebooks;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Interactive;

/// <summary>
/// A notebook's data in one call: the data set opened as the <c>report</c> command opens it
/// (<see cref="DataSet"/>: any format, the folder's <c>kpi-config.json</c> or the built-in catalogue,
/// the reporting month chosen as the report chooses it) and the monthly report's model built on it (with the bundled
/// DfE published figures for "How we compare" when the config names the council's <c>la_code</c>).
/// Displayed, it says what was loaded, which KPI config is in use and which parts of the analysis
/// this data cannot give.
/// </summary>
/// <example><code>
/// var ds = NotebookDataSet.Open(dataPath, month);
/// var model = ds.Model;
/// ds
/// </code></example>
public sealed class NotebookDataSet : IHtmlRenderable
{
    private NotebookDataSet(DataSet set, MonthlyReportModel model)
    {
        Set = set;
        Model = model;
    }

    /// <summary>The opened data set (load, config and where it came from, month).</summary>
    public DataSet Set { get; }

    /// <summary>The monthly report's model: every KPI, comparison, SPC and seasonal reading, and the investigations.</summary>
    public MonthlyReportModel Model { get; }

    /// <summary>The case data.</summary>
    public CaseData Data => Set.Data;

    /// <summary>What loading produced (issues, files).</summary>
    public LoadResult Load => Set.Load;

    /// <summary>The KPI config in use.</summary>
    public KpiConfig Config => Set.Config;

    /// <summary>The reporting month.</summary>
    public ReportingMonth Month => Model.Month;

    /// <summary>KPI engine options with the data set's config, for drill-downs.</summary>
    public KpiEngineOptions EngineOptions => new() { Config = Set.Config };

    /// <summary>
    /// Opens <paramref name="dataPath"/> and builds the report's model for <paramref name="month"/>
    /// (YYYY-MM; empty for the last complete month of the data), with the population by ethnicity of
    /// <paramref name="populationEthnicityPath"/> for the appendix's disproportionality (empty: population-ethnicity.csv in
    /// or beside the data folder, as <c>csc-kpi report</c> finds it; none found: the section says so).
    /// </summary>
    /// <exception cref="DataLoadException">The path does not exist or its format cannot be told, or the population file given does not exist.</exception>
    /// <exception cref="KpiConfigException">A config file exists but cannot be read.</exception>
    /// <exception cref="ArgumentException">The month is not YYYY-MM, or the data has no dated records (nothing to analyse).</exception>
    public static NotebookDataSet Open(string dataPath, string month = "", string populationEthnicityPath = "")
    {
        ArgumentException.ThrowIfNullOrEmpty(dataPath);
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(populationEthnicityPath);
        var ethnicity = EthnicityPopulationFile.Open(populationEthnicityPath.Trim().Length == 0 ? null : populationEthnicityPath.Trim(), dataPath);
        var chosen = month.Trim().Length == 0 ? (ReportingMonth?)null : ReportingMonth.Parse(month.Trim());
        var set = DataSet.Open(dataPath, new DataSetOptions { Month = chosen });
        var model = MonthlyKpiReport.BuildModel(set.Load, new MonthlyReportOptions
        {
            Published = set.Config.LaCode is null ? null : BundledFigures(dataPath),
            Month = chosen,
            Config = set.Config,
            ConfigPath = set.ConfigPath,
            ConfigSha256 = set.ConfigSha256,
            DataPath = set.DataPath,
            // Inside notebook publish --audience public every data set a notebook opens is the public edition.
            Audience = NotebookViews.PublicEditionOptions is null ? Audience.Internal : Audience.Public,
            Disclosure = NotebookViews.PublicEditionOptions ?? DisclosureOptions.Default,
            PopulationByEthnicity = ethnicity.Population,
            PopulationByEthnicityAbsent = ethnicity.Absent ?? MonthlyReportOptions.NoPopulationByEthnicity,
        });
        var opened = new NotebookDataSet(set, model);
        if (model.IsPublic)
        {
            lock (OpenedInPublicEdition)
            {
                OpenedInPublicEdition.Add(opened);
            }
        }
        return opened;
    }

    /// <summary>The data sets opened while a public edition is made, so the publisher can check every output against their records.</summary>
    internal static List<NotebookDataSet> OpenedInPublicEdition { get; } = [];

    /// <summary>
    /// The DfE published figures bundled with the kit (published/dfe-lait), found from the data folder or the current
    /// folder as <c>csc-kpi report</c> finds them; null when not found or not readable (the "How we compare" parts then
    /// say so).
    /// </summary>
    public static PublishedFigures? BundledFigures(string dataPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataPath);
        if (PublishedFiguresLoader.FindBundled(Path.GetFullPath(dataPath), Directory.GetCurrentDirectory()) is not { } folder)
        {
            return null;
        }
        try
        {
            return PublishedFiguresLoader.Load(folder);
        }
        catch (DataLoadException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Paragraph(Set.Describe());
        if (SummarySection.UnavailableText(Model) is { } unavailable)
        {
            writer.Paragraph(unavailable, "unavailable");
        }
    }
}
