using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Reporting.Sections;
using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Reporting.Notebooks;

/// <summary>
/// Ready-made tables, charts and sentences for the investigation notebooks, built from the monthly
/// report's model (<see cref="MonthlyReportModel"/>) and the investigations' results, so a notebook
/// cell is one call. Everything is deterministic and culture-invariant.
/// </summary>
public static class NotebookViews
{
    /// <summary>Any investigation table as an HTML table: the first <paramref name="maxRows"/> rows, numbers right-aligned and rounded.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is less than 1.</exception>
    public static HtmlTable Table(ITabular table, string caption, int maxRows = 40)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        var rows = table.Rows.Take(maxRows + 1).ToList();
        var shown = rows.Take(maxRows).ToList();
        var numeric = Enumerable.Range(0, table.Columns.Count)
            .Select(i => shown.Count > 0 && shown.All(r => r[i] is null or int or long or double)).ToList();
        var columns = table.Columns.Select((c, i) => new TableColumn(c, numeric[i] ? ColumnAlign.Right : ColumnAlign.Left)).ToList();
        var cells = shown.Select(r => (IReadOnlyList<TableCell>)[.. r.Select(Cell)]).ToList();
        var title = rows.Count > maxRows ? string.Create(CultureInfo.InvariantCulture, $"{caption} (first {maxRows} rows)") : caption;
        return new HtmlTable(title, columns, cells) { FirstColumnIsRowHeader = false };
    }

    private static TableCell Cell(object? value) => value switch
    {
        int i => TableCell.Number((long)i),
        long l => TableCell.Number(l),
        double d when d > 0 && d < 0.001 => TableCell.Number(d, "'<0.001'"),
        double d => TableCell.Number(double.IsFinite(d) ? d : null, Math.Abs(d) < 1 ? "0.###" : "0.#"),
        _ => TableCell.Text(Tabular.Format(value)),
    };

    /// <summary>
    /// Every KPI of the model's month in one table: value, RAG, last month, the same month last year,
    /// year to date, the same point last year and the narrative sentence of the monthly report.
    /// </summary>
    public static HtmlTable MonthSummary(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        static TableCell V(double? v, KpiUnit unit) => TableCell.Text(ReportText.Value(v, unit));
        return new HtmlTable($"Every KPI for {model.Month.ToLongString()}",
            ["KPI", new TableColumn("Value", ColumnAlign.Right), "RAG", new TableColumn("Last month", ColumnAlign.Right), new TableColumn("Same month last year", ColumnAlign.Right),
             new TableColumn("YTD", ColumnAlign.Right), new TableColumn("YTD same point last year", ColumnAlign.Right), "Finding"],
            [.. model.Rows.Select(r =>
            {
                var c = r.Comparison;
                var unit = r.Definition.Unit;
                return (IReadOnlyList<TableCell>)[
                    r.Definition.Title, V(c.Current.Value, unit),
                    c.Current.Rag == Rag.None ? TableCell.Text("not rated") : TableCell.Rag(ReportText.Tone(c.Current.Rag), ReportText.RagWord(c.Current.Rag)),
                    V(c.LastMonth?.Value, unit), V(c.SameMonthLastYear?.Value, unit), V(c.Current.YtdValue, unit), V(c.YtdSamePointLastYear?.Value, unit), r.Narrative];
            })]);
    }

    /// <summary>How much of the month-on-month change in ICPC timeliness the recording problems explain (see <see cref="IcpcRecordingSection.ExplainedShareText"/>).</summary>
    public static string ExplainedShareText(IcpcRecordingResult result) => IcpcRecordingSection.ExplainedShareText(result);

    /// <summary>
    /// A KPI's monthly trend over the model's history: the values, the target, the SPC mean and
    /// process limits of the trailing run with its special-cause points, and the context events
    /// (except seasons) as labelled lines; the last <paramref name="months"/> months when given.
    /// </summary>
    /// <exception cref="ArgumentException">The KPI is not in the model.</exception>
    public static ChartFigure KpiTrend(MonthlyReportModel model, string kpiId, int? months = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var row = Row(model, kpiId);
        var all = model.Results.Months;
        var skip = months is { } n ? Math.Max(0, all.Count - n) : 0;
        var labels = all.Skip(skip).Select(ReportText.ShortMonth).ToList();
        var events = EventMarkers(model.Events, labels, e => e.Category != "season");
        var figure = KpiTrendChart.Build(model, row, skip, events);
        return ChartLayout.Tidy(WithEventKey(figure, model.Events, events));
    }

    /// <summary>
    /// The SPC reading of a KPI in words (Making Data Count): the variation icon, the assurance icon
    /// and the months flagged as special cause with the rule that flagged them; or why there is no chart.
    /// </summary>
    public static string SpcText(MonthlyReportModel model, string kpiId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var row = Row(model, kpiId);
        if (row.Spc is not { } spc)
        {
            return $"{row.Definition.Title}: no SPC chart (fewer than {model.Options.MinimumSpcMonths} months with values).";
        }
        var months = model.Results.Months;
        var flagged = spc.Points.Where(p => p.SpecialCause).ToList();
        var recent = flagged.TakeLast(3).Select(p => $"{ReportText.ShortMonth(months[row.SpcFirstIndex + p.T])} ({RuleWords(p.Rules)})");
        var list = flagged.Count == 0 ? "no month is a special cause"
            : flagged.Count <= 3 ? "special cause in " + string.Join(", ", recent)
            : string.Create(CultureInfo.InvariantCulture, $"{flagged.Count} months are special causes, the latest {string.Join(", ", recent)}");
        var last = spc.Points[^1];
        return string.Create(CultureInfo.InvariantCulture,
            $"{row.Definition.Title}: SPC over {spc.Points.Count} months, mean {last.Mean:0.#}, process limits {last.LowerProcessLimit:0.#} to {last.UpperProcessLimit:0.#}. Variation: {Words(spc.Variation.ToString())}; assurance: {Words(spc.Assurance.ToString())}; {list}.");
    }

    private static string RuleWords(SpcRule rules) => string.Join(" + ", Enum.GetValues<SpcRule>()
        .Where(r => r != SpcRule.None && rules.HasFlag(r))
        .Select(r => r switch
        {
            SpcRule.OutsideLimits => "outside the limits",
            SpcRule.Run => "run of 7 on one side",
            SpcRule.Trend => "trend of 7",
            _ => "2 of 3 near a limit",
        }));

    private static string Words(string pascal) => string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    /// <summary>A seasonal KPI's section (sentence, pattern and exception charts), as in the KPI's article of the monthly report.</summary>
    /// <exception cref="ArgumentException">The KPI has no seasonal reading in the model (see <see cref="MonthlyReportOptions.SeasonalKpis"/>).</exception>
    public static SeasonalSection Seasonal(MonthlyReportModel model, string kpiId)
    {
        var (def, s) = SeasonalReadingOf(model, kpiId);
        return new SeasonalSection(def, s, Events(model));
    }

    /// <summary>The usual effect of each month (STL seasonal component, April first) as bars.</summary>
    /// <exception cref="ArgumentException">The KPI has no seasonal reading in the model (see <see cref="MonthlyReportOptions.SeasonalKpis"/>).</exception>
    public static ChartFigure SeasonalPattern(MonthlyReportModel model, string kpiId) => Seasonal(model, kpiId).PatternChart();

    /// <summary>Actual and seasonally adjusted values, with the months beyond the usual seasonal effect marked.</summary>
    public static ChartFigure SeasonalExceptions(MonthlyReportModel model, string kpiId) => Seasonal(model, kpiId).ExceptionChart(keyWithMonths: true);

    /// <summary>The seasonal reading in words: the usual high and low month and the months beyond the usual effect.</summary>
    public static string SeasonalText(MonthlyReportModel model, string kpiId) => Seasonal(model, kpiId).SentenceWithValues();

    /// <summary>The flagged share of one recording rule by month for one group, with the detected start month and context events marked.</summary>
    /// <exception cref="ArgumentException">The result has no counts for that rule and group.</exception>
    public static ChartFigure RuleShare(IcpcRecordingResult result, RecordingPattern pattern, IReadOnlyList<ContextEvent> events)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(events);
        var counts = result.Counts.Where(c => c.RuleId == pattern.RuleId && c.GroupBy == pattern.GroupBy && c.Group == pattern.Group).OrderBy(c => c.Month).ToList();
        if (counts.Count == 0)
        {
            throw new ArgumentException($"The investigation has no monthly counts for rule '{pattern.RuleId}' in {pattern.GroupBy} '{pattern.Group}'.", nameof(pattern));
        }
        var labels = counts.Select(c => ReportText.ShortMonth(c.Month)).ToList();
        var marks = EventMarkers(events, labels, e => e.Category != "season").ToList();
        if (pattern.StartMonth is { } start && labels.Contains(ReportText.ShortMonth(start)))
        {
            marks.Add(new ChartEvent(ReportText.ShortMonth(start), "Step"));
        }
        return ChartLayout.Tidy(WithEventKey(ReportCharts.Trend(new TrendChartOptions
        {
            Title = $"{pattern.RuleId}: share of ICPCs flagged, {pattern.GroupBy} {pattern.Group}",
            XLabels = labels,
            Series = new ChartSeries("Flagged share (%)", [.. counts.Select(c => double.IsFinite(c.Share) ? 100 * c.Share : (double?)null)]),
            Events = marks,
            YAxisTitle = "Percent of eligible ICPCs",
            ValueFormat = "0.#",
            Height = 320,
        }), events, marks));
    }

    /// <summary>ICPC timeliness by month as recorded, with recording problems corrected and with affected rows left out (the last <paramref name="months"/> months).</summary>
    public static ChartFigure RecordedVersusCorrected(IcpcRecordingResult result, double? target, int months = 24)
        => IcpcRecordingSection.RecordedVersusCorrectedChart(result, target, months);

    /// <summary>The looked-after forecast with 80% and 95% intervals after the last 24 months of history.</summary>
    public static ChartFigure Forecast(LacForecast forecast) => LacForecastSection.Chart(forecast);

    /// <summary>The forecast in words: the method chosen, the candidates' hold-out errors and the last forecast month with its intervals.</summary>
    public static string ForecastText(LacForecast forecast) => LacForecastSection.SentenceWithHistory(forecast);

    /// <summary>The forecast points as a table: month, mean and both intervals.</summary>
    public static HtmlTable ForecastTable(LacForecast forecast) => LacForecastSection.Table(forecast);

    /// <summary>The ICPC recording section of the monthly report (finding, patterns, recorded-versus-corrected chart), or why it did not run.</summary>
    public static IcpcRecordingSection IcpcRecording(MonthlyReportModel model) => new(model);

    /// <summary>The CIN and CP plans section of the monthly report (finding, ratio chart, correlations by lag), or why they could not be compared.</summary>
    public static CinCpBalanceSection CinCpBalance(MonthlyReportModel model) => new(model);

    /// <summary>The looked-after forecast section of the monthly report, or why there is no forecast.</summary>
    public static LacForecastSection LacForecast(MonthlyReportModel model) => new(model);

    /// <summary>The data-quality section of the monthly report (finding and trends by table and team).</summary>
    public static DataQualitySection DataQuality(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(model.DataQuality);
    }

    /// <summary>The data-quality appendix of the monthly report (load issues, records left out of KPIs, rule counts).</summary>
    public static AppendixSection Appendix(MonthlyReportModel model) => new(model);

    /// <summary>One KPI's article as in the monthly report (narrative, trend chart and seasonal section).</summary>
    /// <exception cref="ArgumentException">The KPI is not in the model.</exception>
    public static KpiArticleSection KpiArticle(MonthlyReportModel model, string kpiId) => new(model, Row(model, kpiId), Events(model));

    /// <summary>Kaplan–Meier curves of time to closure (days) for the given kinds (see <see cref="Durations"/>), with 95% bands and a 365-day reference line.</summary>
    /// <exception cref="ArgumentException">A kind has no survival points.</exception>
    public static ChartFigure KaplanMeier(DurationResult durations, params string[] kinds)
    {
        ArgumentNullException.ThrowIfNull(durations);
        var curves = new List<SurvivalCurve>();
        foreach (var kind in kinds)
        {
            var points = durations.Survival.Where(p => p.Kind == kind).OrderBy(p => p.Days).ToList();
            if (points.Count == 0)
            {
                throw new ArgumentException($"The durations have no Kaplan–Meier points for '{kind}'. Kinds present: {string.Join(", ", durations.Survival.Select(p => p.Kind).Distinct())}.", nameof(kinds));
            }
            curves.Add(new SurvivalCurve(KindName(kind), [0, .. points.Select(p => p.Days)], [1, .. points.Select(p => p.StillOpen)])
            {
                Lower = [1, .. points.Select(p => double.IsFinite(p.Lower) ? p.Lower : p.StillOpen)],
                Upper = [1, .. points.Select(p => double.IsFinite(p.Upper) ? p.Upper : p.StillOpen)],
            });
        }
        return ReportCharts.KaplanMeier(new KaplanMeierChartOptions
        {
            Title = "Time to closure (Kaplan–Meier, open plans censored)",
            Curves = curves,
            ReferenceTime = 365,
            ReferenceLabel = "12 months",
            XAxisTitle = "Days since start",
            YAxisTitle = "Share still open",
            ValueFormat = "0.###",
            Height = 360,
        });
    }

    /// <summary>A readable name for a <see cref="Durations"/> kind.</summary>
    public static string KindName(string kind) => kind switch
    {
        Durations.CinPlan => "CIN plans",
        Durations.CpPlan => "CP plans",
        Durations.LacEpisode => "Looked-after episodes",
        _ => kind,
    };

    /// <summary>
    /// Context events whose month is on the axis, as chart lines labelled "[n]" (n: the event's
    /// position in <paramref name="events"/>, from 1), so long labels never overlap; the key is in
    /// <see cref="EventKey"/>.
    /// </summary>
    public static IReadOnlyList<ChartEvent> EventMarkers(IReadOnlyList<ContextEvent> events, IReadOnlyList<string> labels, Func<ContextEvent, bool> include)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return new ReportEvents(events, []).Markers(include, labels);
    }

    /// <summary>The key of numbered event lines: "[1] IRO post vacant (Mar 2017); [2] ...".</summary>
    public static string EventKey(IReadOnlyList<ContextEvent> events, IReadOnlyList<ChartEvent> markers)
        => new ReportEvents(events, []).KeyWithMonths(markers);

    private static ReportEvents Events(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ReportEvents(model.Events, model.Results.Months);
    }

    private static ChartFigure WithEventKey(ChartFigure figure, IReadOnlyList<ContextEvent> events, IReadOnlyList<ChartEvent> markers)
    {
        var key = EventKey(events, markers);
        return key.Length == 0 ? figure : figure with { Description = figure.Description + " Event lines: " + key + "." };
    }

    private static KpiSummaryRow Row(MonthlyReportModel model, string kpiId)
        => model.Row(kpiId) ?? throw new ArgumentException($"The model has no KPI '{kpiId}'. Known: {string.Join(", ", model.Rows.Select(r => r.Definition.Id))}.", nameof(kpiId));

    private static (KpiDefinition Definition, SeasonalReading Reading) SeasonalReadingOf(MonthlyReportModel model, string kpiId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var row = Row(model, kpiId);
        return row.Seasonal is { } s ? (row.Definition, s)
            : throw new ArgumentException($"KPI '{kpiId}' has no seasonal reading: add it to MonthlyReportOptions.SeasonalKpis (now {string.Join(", ", model.Options.SeasonalKpis)}) and give it at least 24 months.", nameof(kpiId));
    }

    /// <summary>Sentences (a finding computed by the library) as paragraphs of a notebook output.</summary>
    public static IHtmlRenderable Text(params string[] paragraphs) => new Paragraphs(paragraphs);

    private sealed record Paragraphs(IReadOnlyList<string> Items) : IHtmlRenderable
    {
        public void WriteHtml(HtmlWriter writer)
        {
            foreach (var p in Items)
            {
                writer.Paragraph(p);
            }
        }
    }
}
