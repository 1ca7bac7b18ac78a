using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Sections;
using Csc.Analysis.Statistics.Decomposition;
using Csc.Analysis.Statistics.Forecasting;
using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>
/// The monthly KPI report: every KPI rated and compared, a section per area with charts and a
/// generated narrative, the investigations (ICPC recording, data quality, the looked-after
/// forecast, CIN and CP plans together, long CIN plans), a data-quality appendix and a
/// reproducibility footer. One self-contained HTML page; the same inputs give the same bytes.
/// </summary>
/// <example><code>
/// var load = CaseDataLoader.Load("data-samples/havering-like");
/// var html = MonthlyKpiReport.Build(load, new MonthlyReportOptions { Config = KpiConfig.Load(".../kpi-config.json") });
/// </code></example>
public static class MonthlyKpiReport
{
    /// <summary>Computes everything the report shows.</summary>
    /// <exception cref="ArgumentException">The data has no dated records, or the month is outside the data.</exception>
    public static MonthlyReportModel BuildModel(LoadResult load, MonthlyReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        options ??= new MonthlyReportOptions();
        var data = load.Data;
        if (options.HistoryMonths < 25)
        {
            throw new ArgumentException($"HistoryMonths is {options.HistoryMonths}; the report needs at least 25 months (a year-on-year comparison and two seasonal cycles).");
        }
        var engine = new KpiEngineOptions { To = options.Month, Config = options.Config, Calendar = options.Calendar };
        if (engine.ResolveMonths(data) is not { } range)
        {
            throw new ArgumentException("The data has no dated records, so there is no month to report. Check that the extract has contacts, referrals, plans or episodes.");
        }
        var month = range.To;
        var analysisDate = data.ExtractDate ?? month.LastDay;
        // The investigations read the case data only: run them beside the KPIs (each is deterministic on its own).
        var qualityTask = Task.Run(() => DataQuality.Check(data, new DataQualityOptions { AnalysisDate = analysisDate }));
        var durationsTask = Task.Run(() => Durations.Analyse(data, month.LastDay));
        var journeysTask = Task.Run(() => JourneysOf(data, month, options.Audience, options.Disclosure));
        var driftTask = Task.Run(() => DriftSection.For(data, month.LastDay, options.Audience, options.Disclosure));
        var disproportionalityTask = Task.Run(() => DisproportionalityOf(data, month, options));
        var first = range.To.PlusMonths(1 - options.HistoryMonths);
        var results = KpiEngine.Compute(data, engine with { From = first > range.From ? first : range.From });
        // A public page reads only the disclosed figures: comparisons, SPC, seasonal readings, the forecast and
        // "how we compare" are all computed from what may be published, so none of them can reveal a withheld cell.
        DisclosedKpiResults? disclosure = null;
        if (options.Audience == Audience.Public)
        {
            disclosure = KpiDisclosure.Apply(results, options.Disclosure);
            results = disclosure.Results;
        }
        var seasonal = new HashSet<string>(options.SeasonalKpis, StringComparer.Ordinal);
        var rows = new List<KpiSummaryRow>(results.Series.Count);
        foreach (var series in results.Series)
        {
            var def = series.Definition;
            var comparison = KpiComparisons.For(results, def.Id, month);
            var direction = DirectionOfTravel.Of(comparison.Current.Value, comparison.LastMonth?.Value, def.Polarity);
            var (runStart, run) = TrailingRun(series, month);
            var (spc, rebaseAt) = Spc(def, run, options.MinimumSpcMonths, options.RebaseSpcOnStableShifts);
            var reading = seasonal.Contains(def.Id) ? Seasonal(results.Months, runStart, run) : null;
            var narrative = disclosure?[def.Id, month] is { Value: { } withheld } ? KpiNarrative.Withheld(def, withheld) : KpiNarrative.Describe(comparison);
            rows.Add(new KpiSummaryRow(series, comparison, direction, spc, runStart, reading, def.Area, narrative) { SpcRebaseAt = rebaseAt });
        }

        IcpcRecordingResult? icpc = null;
        string? icpcError = null;
        if (data.Section47Enquiries.Count == 0)
        {
            icpcError = "The data has no section 47 enquiries, so ICPC recording cannot be checked.";
        }
        else
        {
            try
            {
                icpc = IcpcRecordingInvestigation.Run(data, new IcpcRecordingOptions
                {
                    AnalysisDate = analysisDate,
                    Calendar = options.Calendar,
                    Catalog = results.Catalog,
                    Month = month,
                });
            }
            catch (ArgumentException ex)
            {
                icpcError = "The ICPC recording investigation could not run: " + ex.Message;
            }
        }


        LacForecast? forecast = null;
        string? forecastError = null;
        if (results.Contains(KpiIds.Lac))
        {
            var (start, values) = TrailingRun(results[KpiIds.Lac], month);
            try
            {
                if (values.Length < 24)
                {
                    throw new ArgumentException($"{values.Length} months of looked-after numbers; a forecast needs at least 24.");
                }
                var result = Forecaster.Forecast(values, new ForecastOptions { Horizon = options.ForecastHorizon });
                forecast = new LacForecast([.. results.Months.Skip(start)], values, result);
            }
            catch (ArgumentException ex)
            {
                forecastError = "No forecast of the looked-after number: " + ex.Message;
            }
        }

        SeriesRelationshipResult? cinCp = null;
        string? cinCpError = null;
        if (results.Contains(KpiIds.CinPlans) && results.Contains(KpiIds.CpPlans))
        {
            try
            {
                cinCp = SeriesRelationship.Analyse(Monthly(results, KpiIds.CinPlans, "CIN plans"), Monthly(results, KpiIds.CpPlans, "CP plans"));
            }
            catch (ArgumentException ex)
            {
                cinCpError = "CIN and CP plans could not be compared: " + ex.Message;
            }
        }

        var (howWeCompare, comparisonGap) = HowWeCompareResult.Compare(results, options.Published, options.Council);
        // The other councils of a stack, each computed from its own rows with the report's months and settings (internal pages only).
        PeerComparison? peers = null;
        if (options.StackCouncil is { } council && options.StackPeers.Count > 0 && disclosure is null)
        {
            var peerOptions = engine with { From = results.Months.Count > 0 ? results.Months[0] : null, To = month, Catalog = results.Catalog };
            var peerResults = options.StackPeers.Where(p => p.Code is not null)
                .Select(p => new CouncilKpiResults(p.Code!, KpiEngine.Compute(p.Data, peerOptions))).ToList();
            peers = PeerComparison.Compare(council, results, peerResults, month);
        }

        var quality = qualityTask.GetAwaiter().GetResult();
        var durations = durationsTask.GetAwaiter().GetResult();
        var journeys = journeysTask.GetAwaiter().GetResult();
        var drift = driftTask.GetAwaiter().GetResult();
        var disproportionality = disproportionalityTask.GetAwaiter().GetResult();
        // Context events are free text from the data: a public page has none.
        var events = disclosure is not null ? [] : data.Events.OrderBy(e => e.Date).ThenBy(e => e.Label, StringComparer.Ordinal).ToList();
        return new MonthlyReportModel
        {
            Month = month,
            Options = options,
            Load = load,
            Results = results,
            Rows = rows,
            IcpcRecording = icpc,
            IcpcRecordingError = icpcError,
            DataQuality = quality,
            Forecast = forecast,
            ForecastError = forecastError,
            CinCp = cinCp,
            CinCpError = cinCpError,
            Durations = durations,
            Journeys = journeys.Result,
            JourneysError = journeys.Unavailable,
            Drift = drift.Result,
            DriftError = drift.Unavailable,
            Disproportionality = disproportionality.Results,
            DisproportionalityError = disproportionality.Unavailable,
            Comparison = howWeCompare,
            Peers = peers,
            ComparisonGap = comparisonGap,
            Events = events,
            Disclosure = disclosure,
        };
    }

    /// <summary>
    /// The journeys of the appendix: the children referred in the 12 months up to the last month whose referrals all have
    /// 45 days of follow-up by the end of the report month, followed to the end of the month.
    /// </summary>
    public static JourneysSection JourneysOf(CaseData data, ReportingMonth month, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var dataEnd = month.LastDay;
        const int followUpDays = 45; // JourneyOptions.FollowUpDays' default, which JourneysSection.For uses
        var to = ReportingMonth.Of(dataEnd.AddDays(1 - followUpDays)).Previous;
        return JourneysSection.For(data, to.PlusMonths(-11).FirstDay, to.LastDay, dataEnd, audience, disclosure);
    }

    /// <summary>
    /// The disproportionality of the appendix: each cohort the data has (referrals, section 47 enquiries, CP plans, children
    /// looked after) in the 12 months to the end of <paramref name="month"/> against the options' population by ethnicity;
    /// without one, the section of the sentence saying so.
    /// </summary>
    public static DisproportionalitySection DisproportionalityOf(CaseData data, ReportingMonth month, MonthlyReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        return DisproportionalitySection.For(data, options.PopulationByEthnicity, options.PopulationByEthnicityAbsent,
            month.PlusMonths(-11).FirstDay, month.LastDay, options.Audience, options.Disclosure);
    }

    /// <summary>The report as one HTML page.</summary>
    public static string Build(LoadResult load, MonthlyReportOptions? options = null)
        => MonthlyReportRenderer.Render(BuildModel(load, options));

    /// <summary>Writes the report as UTF-8 without a byte-order mark, creating the folder.</summary>
    public static MonthlyReportModel Save(LoadResult load, MonthlyReportOptions? options, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var model = BuildModel(load, options);
        MonthlyReportRenderer.Page(model).Save(path);
        return model;
    }

    /// <summary>
    /// The last unbroken run of monthly values ending in <paramref name="month"/>: its first index
    /// in the results' months and the values (empty when the month has no value).
    /// </summary>
    internal static (int Start, double[] Values) TrailingRun(KpiSeries series, ReportingMonth month)
    {
        var results = series.Results;
        var end = month.Index - series.From.Index;
        if (end < 0 || end >= results.Count || results[end].Value is null)
        {
            return (Math.Max(0, end + 1), []);
        }
        var start = end;
        while (start > 0 && results[start - 1].Value is not null)
        {
            start--;
        }
        var values = new double[end - start + 1];
        for (var i = start; i <= end; i++)
        {
            values[i - start] = results[i].Value!.Value;
        }
        return (start, values);
    }

    private static (SpcResult? Spc, int[] RebaseAt) Spc(KpiDefinition def, double[] run, int minimum, bool rebase)
    {
        if (run.Length < Math.Max(2, minimum))
        {
            return (null, []);
        }
        var improvement = ReportText.Improvement(def.Polarity);
        var target = improvement == ImprovementDirection.Neutral ? null : def.Rag?.Target;
        try
        {
            var options = new SpcOptions { Improvement = improvement, Target = target };
            var at = rebase ? XmrRebase.StableShifts(run, options, Math.Max(2, minimum)) : [];
            return (XmrChart.Evaluate(run, options with { RebaseAt = at }), at);
        }
        catch (ArgumentException)
        {
            return (null, []); // a constant or unusable series: the summary shows no icon rather than a wrong one
        }
    }

    private static SeasonalReading? Seasonal(IReadOnlyList<ReportingMonth> months, int start, double[] run)
    {
        if (run.Length < 24)
        {
            return null;
        }
        try
        {
            var stl = Stl.Decompose(run, new StlOptions { Period = 12, PeriodicSeasonal = true, Robust = true });
            var exceptions = SeasonalAdjustment.FindExceptions(stl);
            var figure = stl.SeasonalFigure();
            var firstCalendar = months[start].Month - 1; // 0 = January
            var aprToMar = new double[12];
            for (var k = 0; k < 12; k++)
            {
                var calendar = (3 + k) % 12;
                aprToMar[k] = figure[((calendar - firstCalendar) % 12 + 12) % 12];
            }
            return new SeasonalReading([.. months.Skip(start).Take(run.Length)], stl, exceptions, aprToMar);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static MonthlySeries Monthly(KpiResults results, string id, string name)
    {
        var series = results[id];
        return new MonthlySeries(name, series.From, [.. series.Results.Select(r => r.Value ?? double.NaN)]);
    }
}
