using Csc.Analysis.Benchmarking;
using Csc.Analysis.Calendar;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Journeys;
using Csc.Analysis.Kpis;
using Csc.Analysis.Statistics.Decomposition;
using Csc.Analysis.Statistics.Forecasting;
using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>The monthly report's sections: one per <see cref="KpiArea"/>, in the pack's order, with their headings.</summary>
public static class ReportAreas
{
    /// <summary>The order of the report's sections (that of the May 2017 report).</summary>
    public static IReadOnlyList<KpiArea> Order { get; } =
        [KpiArea.ChildProtection, KpiArea.ChildrenInNeed, KpiArea.LookedAfter, KpiArea.Placements, KpiArea.Advocacy, KpiArea.CareLeavers, KpiArea.FrontDoor];

    /// <summary>The section heading of an area.</summary>
    public static string Title(KpiArea area) => area switch
    {
        KpiArea.ChildProtection => "Child Protection",
        KpiArea.ChildrenInNeed => "Children in Need",
        KpiArea.LookedAfter => "Looked After Children (LAC)",
        KpiArea.Placements => "Placements",
        KpiArea.Advocacy => "Advocacy",
        KpiArea.CareLeavers => "Care Leavers",
        KpiArea.FrontDoor => "Front Door/Early Help",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not a KPI area."),
    };
}

/// <summary>What to report. Every property is optional.</summary>
public sealed record MonthlyReportOptions
{
    /// <summary>The month reported. Null: the last complete month of the data (see <see cref="KpiEngineOptions.To"/>).</summary>
    public ReportingMonth? Month { get; init; }

    /// <summary>Targets, bands and timescales.</summary>
    public KpiConfig Config { get; init; } = KpiConfig.Default;

    /// <summary>The config file as the user named it (for the footer); null for the built-in defaults.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>SHA-256 of the config file (lower-case hex), for the footer.</summary>
    public string? ConfigSha256 { get; init; }

    /// <summary>The data folder or file as the user named it (for the footer).</summary>
    public string? DataPath { get; init; }

    /// <summary>The "generated at" stamp; null: SOURCE_DATE_EPOCH if set, else none.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Environment reader for SOURCE_DATE_EPOCH (tests inject one).</summary>
    public Func<string, string?>? Environment { get; init; }

    /// <summary>The working-day calendar (England and Wales bank holidays by default).</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>KPIs whose seasonal pattern is shown (STL) with the months beyond the usual seasonal effect.</summary>
    public IReadOnlyList<string> SeasonalKpis { get; init; } = [KpiIds.Contacts, KpiIds.Referrals, KpiIds.LacS20Pct, KpiIds.IcpcWithin15WdPct];

    /// <summary>Months of history needed for SPC limits (fewer: no SPC for that KPI).</summary>
    public int MinimumSpcMonths { get; init; } = 12;

    /// <summary>
    /// Re-establish a KPI's SPC limits where its process has shifted for good (<c>XmrRebase.StableShifts</c>, the Stable Shift
    /// Algorithm, with calculation periods of <see cref="MinimumSpcMonths"/> months and runs of 7); each period's mean and
    /// limits then come from its own months, so the assurance icon reads the current process. Default true; false: one set of
    /// limits over the whole run.
    /// </summary>
    public bool RebaseSpcOnStableShifts { get; init; } = true;

    /// <summary>Months shown and compared (charts, SPC, "lowest since"): the report month and the months before it, at most this many; at least 25. Default 36.</summary>
    public int HistoryMonths { get; init; } = 36;

    /// <summary>Months forecast for the looked-after number.</summary>
    public int ForecastHorizon { get; init; } = 12;

    /// <summary>The DfE published figures for "How we compare" (Csc.Analysis.Data's PublishedFiguresLoader); null: the section says none were given.</summary>
    public PublishedFigures? Published { get; init; }

    /// <summary>The council's DfE number for "How we compare" (e.g. 311); null: <see cref="KpiConfig.LaCode"/> of <see cref="Config"/>.</summary>
    public int? LaCode { get; init; }

    /// <summary>
    /// Who the page is for. <see cref="Audience.Public"/>: every KPI figure passes disclosure control
    /// (<see cref="Disclosure"/>) and the page has no child-level rows, record ids, context events or data-quality lists.
    /// </summary>
    public Audience Audience { get; init; } = Audience.Internal;

    /// <summary>The threshold and rounding of a public page's disclosure control (DfE's by default: 1 to 5 suppressed, no rounding).</summary>
    public DisclosureOptions Disclosure { get; init; } = DisclosureOptions.Default;

    /// <summary>The council compared: <see cref="LaCode"/>, else the config's <c>la_code</c>; null when neither names one.</summary>
    public int? Council => LaCode ?? Config.LaCode;

    /// <summary>
    /// In a stack of councils, the report's council (its la_code); with <see cref="StackPeers"/>, "How we compare" shows the
    /// other councils as its comparison group (internal pages only). Null for one council's data.
    /// </summary>
    public CouncilCode? StackCouncil { get; init; }

    /// <summary>The other councils of the stack, each with its own rows (<see cref="CouncilPartition"/>); empty for one council's data.</summary>
    public IReadOnlyList<CouncilPart> StackPeers { get; init; } = [];

    /// <summary>
    /// The population by ethnicity for the appendix's disproportionality (Csc.Analysis.Data's EthnicityPopulationLoader; the
    /// <c>report</c> command finds population-ethnicity.csv in or beside the data folder, or takes <c>--population-ethnicity</c>);
    /// null: the appendix says so, in <see cref="PopulationByEthnicityAbsent"/>'s words.
    /// </summary>
    public EthnicityPopulation? PopulationByEthnicity { get; init; }

    /// <summary>The sentence the appendix shows when <see cref="PopulationByEthnicity"/> is null.</summary>
    public string PopulationByEthnicityAbsent { get; init; } = NoPopulationByEthnicity;

    /// <summary>The default of <see cref="PopulationByEthnicityAbsent"/>.</summary>
    public const string NoPopulationByEthnicity = "No population by ethnicity was given, so the children of each cohort cannot be compared with it: put a population-ethnicity.csv (ethnicity,population, for example school census headcounts) in or beside the data folder, or give --population-ethnicity FILE (docs/disproportionality.md).";
}

/// <summary>The STL reading of a seasonal KPI: the seasonal figure by calendar month and the months beyond the usual effect.</summary>
public sealed record SeasonalReading(
    IReadOnlyList<ReportingMonth> Months,
    DecompositionResult Decomposition,
    SeasonalExceptionReport Exceptions,
    IReadOnlyList<double> FigureAprToMar)
{
    /// <summary>Short month names in financial-year order, matching <see cref="FigureAprToMar"/>.</summary>
    public static IReadOnlyList<string> MonthLabelsAprToMar { get; } = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];

    /// <summary>
    /// "usually highest in October (+5.6 points against the trend) and lowest in August (-9.5 points)":
    /// the calendar months with the largest and smallest seasonal effect, in <paramref name="unit"/>'s words.
    /// </summary>
    public string UsualPatternText(KpiUnit unit)
    {
        var hi = Enumerable.Range(0, 12).MaxBy(i => FigureAprToMar[i]);
        var lo = Enumerable.Range(0, 12).MinBy(i => FigureAprToMar[i]);
        var suffix = unit == KpiUnit.Percent ? " points" : string.Empty;
        string Fmt(double v) => v.ToString("+0.#;-0.#;0", System.Globalization.CultureInfo.InvariantCulture) + suffix;
        return $"usually highest in {FullMonthName(hi)} ({Fmt(FigureAprToMar[hi])} against the trend) and lowest in {FullMonthName(lo)} ({Fmt(FigureAprToMar[lo])})";
    }

    private static string FullMonthName(int aprToMarIndex) => new DateOnly(2000, ((aprToMarIndex + 3) % 12) + 1, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One KPI's row of the summary, with everything its section needs.</summary>
public sealed record KpiSummaryRow(
    KpiSeries Series,
    KpiComparison Comparison,
    DirectionOfTravel Direction,
    SpcResult? Spc,
    int SpcFirstIndex,
    SeasonalReading? Seasonal,
    KpiArea Area,
    string Narrative)
{
    /// <summary>The KPI.</summary>
    public KpiDefinition Definition => Series.Definition;

    /// <summary>Where the SPC limits were re-established: indexes into <see cref="Spc"/>'s points (the month is <see cref="SpcFirstIndex"/> + the index); empty for one set of limits.</summary>
    public IReadOnlyList<int> SpcRebaseAt { get; init; } = [];
}

/// <summary>The looked-after forecast: the months, the forecast and the method chosen.</summary>
public sealed record LacForecast(IReadOnlyList<ReportingMonth> History, IReadOnlyList<double> Values, ForecastResult Result);

/// <summary>
/// Everything the monthly report shows, computed once by <see cref="MonthlyKpiReport.BuildModel"/>;
/// <see cref="MonthlyReportRenderer"/> and the section components turn it into HTML, and the
/// notebooks read the same model. Each investigation has its result or, when it could not run, a
/// sentence saying why (never both null).
/// </summary>
public sealed record MonthlyReportModel
{
    /// <summary>The month reported.</summary>
    public required ReportingMonth Month { get; init; }

    /// <summary>The options the model was built with (config, footer paths, history length).</summary>
    public required MonthlyReportOptions Options { get; init; }

    /// <summary>The data loaded, with its issues and files.</summary>
    public required LoadResult Load { get; init; }

    /// <summary>Every KPI's monthly series over the months shown.</summary>
    public required KpiResults Results { get; init; }

    /// <summary>One row per KPI in catalogue order: comparison, direction, SPC, seasonal reading, area and narrative.</summary>
    public required IReadOnlyList<KpiSummaryRow> Rows { get; init; }

    /// <summary>The ICPC recording investigation; null when it could not run (see <see cref="IcpcRecordingError"/>).</summary>
    public IcpcRecordingResult? IcpcRecording { get; init; }

    /// <summary>Why <see cref="IcpcRecording"/> is null.</summary>
    public string? IcpcRecordingError { get; init; }

    /// <summary>The data-quality checks and their trends.</summary>
    public required DataQualityResult DataQuality { get; init; }

    /// <summary>The looked-after forecast; null when there is none (see <see cref="ForecastError"/>).</summary>
    public LacForecast? Forecast { get; init; }

    /// <summary>Why <see cref="Forecast"/> is null.</summary>
    public string? ForecastError { get; init; }

    /// <summary>CIN and CP plans compared; null when they could not be (see <see cref="CinCpError"/>).</summary>
    public SeriesRelationshipResult? CinCp { get; init; }

    /// <summary>Why <see cref="CinCp"/> is null.</summary>
    public string? CinCpError { get; init; }

    /// <summary>Plan and episode durations at the month's end (Kaplan–Meier, long-open plans by team).</summary>
    public required DurationResult Durations { get; init; }

    /// <summary>The child journeys of the appendix (<see cref="MonthlyKpiReport.JourneysOf"/>); null when there are none (see <see cref="JourneysError"/>).</summary>
    public JourneyResult? Journeys { get; init; }

    /// <summary>Why <see cref="Journeys"/> is null.</summary>
    public string? JourneysError { get; init; }

    /// <summary>Drift at the month's end (waits, long-open plans); null when there is none (see <see cref="DriftError"/>).</summary>
    public DriftResult? Drift { get; init; }

    /// <summary>Why <see cref="Drift"/> is null.</summary>
    public string? DriftError { get; init; }

    /// <summary>
    /// The appendix's disproportionality: each cohort of the 12 months to the month's end against the population by
    /// ethnicity (<see cref="MonthlyKpiReport.DisproportionalityOf"/>); empty when there is none (see <see cref="DisproportionalityError"/>).
    /// </summary>
    public IReadOnlyList<DisproportionalityResult> Disproportionality { get; init; } = [];

    /// <summary>Why <see cref="Disproportionality"/> is empty: no population by ethnicity; null when it was compared.</summary>
    public string? DisproportionalityError { get; init; }

    /// <summary>The council against the published figures ("How we compare"); null when there is none (see <see cref="ComparisonGap"/>).</summary>
    public HowWeCompareResult? Comparison { get; init; }

    /// <summary>The council beside the other councils of its stack ("How we compare"); null for one council's data and on a public page.</summary>
    public PeerComparison? Peers { get; init; }

    /// <summary>Why <see cref="Comparison"/> is null.</summary>
    public ComparisonGap? ComparisonGap { get; init; }

    /// <summary>For a public page, the KPI figures as published with the symbol of every withheld one (<see cref="Results"/> is then <see cref="DisclosedKpiResults.Results"/>); null for an internal page.</summary>
    public DisclosedKpiResults? Disclosure { get; init; }

    /// <summary>True for a page fit to publish (see <see cref="MonthlyReportOptions.Audience"/>).</summary>
    public bool IsPublic => Options.Audience == Audience.Public;

    /// <summary>
    /// A KPI figure as the page prints it: the value in its unit, else the disclosure symbol that stands in its
    /// place on a public page (c, z, x or k), else an en dash.
    /// </summary>
    public string ValueText(KpiDefinition definition, KpiResult? result, bool yearToDate = false)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var value = yearToDate ? result?.YtdValue : result?.Value;
        if (value is null && result is not null && Disclosure?[definition.Id, result.Month] is { } d && (yearToDate ? d.YtdValue : d.Value) is { } symbol)
        {
            return symbol.Code();
        }
        return ReportText.Value(value, definition.Unit);
    }

    /// <summary>The disclosure symbols of a KPI's values month by month (null entries where a value is shown); null for an internal page.</summary>
    public IReadOnlyList<string?>? Symbols(string kpiId)
        => Disclosure is null ? null : [.. Disclosure.Series(kpiId).Select(d => d.Value?.Code())];

    /// <summary>The context events, by date then label (numbered in this order on the charts).</summary>
    public required IReadOnlyList<ContextEvent> Events { get; init; }

    /// <summary>The rows of one area, in catalogue order.</summary>
    public IEnumerable<KpiSummaryRow> RowsOf(KpiArea area) => Rows.Where(r => r.Area == area);

    /// <summary>The row of one KPI; null when the model has no such KPI.</summary>
    public KpiSummaryRow? Row(string kpiId) => Rows.FirstOrDefault(r => r.Definition.Id == kpiId);
}
