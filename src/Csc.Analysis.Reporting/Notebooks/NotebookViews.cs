using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Statistics.Decomposition;
using Csc.Analysis.Statistics.Forecasting;
using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Reporting.Notebooks;

/// <summary>
/// Ready-made tables, charts and sentences for the investigation notebooks, built from the monthly
/// report's model (<see cref="MonthlyReportModel"/>) and the investigations' results, so a notebook
/// cell is one call. Everything is deterministic and culture-invariant.
/// </summary>
public static class NotebookViews
{
    private static readonly IReadOnlyList<string> AprToMar = SeasonalReading.MonthLabelsAprToMar;

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

    /// <summary>
    /// How much of the month-on-month change in ICPC timeliness the recording problems explain: the
    /// recorded change, the change once corrected, and the share of the recorded change that goes
    /// away with the correction (1 - corrected change / recorded change).
    /// </summary>
    public static string ExplainedShareText(IcpcRecordingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var recorded = result.RecordedPct - result.PreviousRecordedPct;
        var corrected = result.CorrectedPct - result.PreviousCorrectedPct;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"As recorded, ICPCs within timescale went from {result.PreviousRecordedPct:0.#}% in {result.Month.Previous.ToLongString()} to {result.RecordedPct:0.#}% in {result.Month.ToLongString()} ({recorded:+0.#;-0.#;0} points). With the systematic recording problems corrected they went from {result.PreviousCorrectedPct:0.#}% to {result.CorrectedPct:0.#}% ({corrected:+0.#;-0.#;0} points).");
        if (!double.IsFinite(recorded) || !double.IsFinite(corrected) || Math.Abs(recorded) < 0.05)
        {
            return text + " The recorded change is too small or missing to split.";
        }
        var share = 1 - (corrected / recorded);
        return text + string.Create(CultureInfo.InvariantCulture, $" Recording explains {100 * share:0}% of the recorded change; the remaining {100 * (1 - share):0}% is a change in when conferences were held.");
    }

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

    /// <summary>The usual effect of each month (STL seasonal component, April first) as bars.</summary>
    /// <exception cref="ArgumentException">The KPI has no seasonal reading in the model (see <see cref="MonthlyReportOptions.SeasonalKpis"/>).</exception>
    public static ChartFigure SeasonalPattern(MonthlyReportModel model, string kpiId)
    {
        var (def, s) = Seasonal(model, kpiId);
        return ReportCharts.Seasonal(new SeasonalChartOptions
        {
            Title = $"{def.Title}: seasonal pattern",
            Values = s.FigureAprToMar,
            MonthLabels = AprToMar,
            ValuesName = "Usual effect of the month",
            XAxisTitle = "Month (financial year order)",
            YAxisTitle = def.Unit == KpiUnit.Percent ? "Percentage points" : "Difference from trend",
            ValueFormat = "0.##",
            Height = 300,
        });
    }

    /// <summary>Actual and seasonally adjusted values, with the months beyond the usual seasonal effect marked.</summary>
    public static ChartFigure SeasonalExceptions(MonthlyReportModel model, string kpiId)
    {
        var (def, s) = Seasonal(model, kpiId);
        var labels = s.Months.Select(ReportText.ShortMonth).ToList();
        var adjusted = SeasonalAdjustment.Adjust(s.Decomposition);
        var marks = EventMarkers(model.Events, labels, e => e.Category == "season");
        return ChartLayout.Tidy(WithEventKey(ReportCharts.Trend(new TrendChartOptions
        {
            Title = $"{def.Title}: months beyond the usual seasonal effect",
            XLabels = labels,
            Series = new ChartSeries("Actual", [.. s.Decomposition.Observed.Select(v => (double?)v)]),
            Comparisons = [new ChartSeries("Seasonally adjusted", [.. adjusted.Select(v => (double?)v)])],
            SpecialCauseIndexes = [.. s.Exceptions.Exceptions.Select(p => p.Index)],
            SpecialCauseLabel = "Beyond the usual seasonal effect",
            Events = marks,
            YAxisTitle = UnitName(def),
            ValueFormat = ReportText.ValueFormat(def.Unit),
            Height = 320,
        }), model.Events, marks));
    }

    /// <summary>The seasonal reading in words: the usual high and low month and the months beyond the usual effect.</summary>
    public static string SeasonalText(MonthlyReportModel model, string kpiId)
    {
        var (def, s) = Seasonal(model, kpiId);
        var text = $"{def.Title}, STL over {s.Months.Count} months: {s.UsualPatternText(def.Unit)}.";
        var exceptions = s.Exceptions.Exceptions;
        if (exceptions.Count == 0)
        {
            return text + " No month was beyond the usual seasonal effect.";
        }
        var list = string.Join(", ", exceptions.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{s.Months[p.Index].ToLongString()} ({p.Observed:0.#}, {(p.Exception == Deviation.Above ? "higher" : "lower")} than usual)")));
        return text + $" Beyond the usual seasonal effect: {list}.";
    }

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
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Timeliness.TakeLast(months).ToList();
        static double? P(double v) => double.IsFinite(v) ? v : null;
        return ChartLayout.Tidy(ReportCharts.Trend(new TrendChartOptions
        {
            Title = "ICPCs within timescale: as recorded and with recording problems corrected",
            XLabels = [.. rows.Select(t => ReportText.ShortMonth(t.Month))],
            Series = new ChartSeries("As recorded", [.. rows.Select(t => P(t.RecordedPct))]),
            Comparisons = [new ChartSeries("Recording corrected", [.. rows.Select(t => P(t.CorrectedPct))]), new ChartSeries("Affected rows left out", [.. rows.Select(t => P(t.ExcludedPct))])],
            Target = target,
            YAxisTitle = "Percent",
            ValueFormat = "0.0",
            Height = 340,
        }));
    }

    /// <summary>The looked-after forecast with 80% and 95% intervals after the last 24 months of history.</summary>
    public static ChartFigure Forecast(LacForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return LacForecastChart.Build(forecast);
    }

    /// <summary>The forecast in words: the method chosen, the candidates' hold-out errors and the last forecast month with its intervals.</summary>
    public static string ForecastText(LacForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var points = forecast.Result.Points;
        var end = points[^1];
        var candidates = forecast.Result.Candidates.Count == 0 ? string.Empty
            : " Candidates by mean absolute one-step error over the hold-out months: " + string.Join("; ", forecast.Result.Candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{MethodName(c.Method)} {c.MeanAbsoluteError:0.0}"))) + ".";
        return string.Create(CultureInfo.InvariantCulture,
            $"Method: {MethodName(forecast.Result.Method)}, chosen automatically from {forecast.Values.Count} months.{candidates} Forecast for {forecast.History[^1].PlusMonths(end.Step).ToLongString()}: {end.Mean:0} looked-after children (80% interval {end.Lower80:0} to {end.Upper80:0}; 95% interval {end.Lower95:0} to {end.Upper95:0}).");
    }

    /// <summary>The forecast points as a table: month, mean and both intervals.</summary>
    public static HtmlTable ForecastTable(LacForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var last = forecast.History[^1];
        return new HtmlTable("Forecast of looked-after children",
            ["Month", new TableColumn("Mean", ColumnAlign.Right), new TableColumn("80% from", ColumnAlign.Right), new TableColumn("80% to", ColumnAlign.Right), new TableColumn("95% from", ColumnAlign.Right), new TableColumn("95% to", ColumnAlign.Right)],
            [.. forecast.Result.Points.Select(p => (IReadOnlyList<TableCell>)[
                ReportText.ShortMonth(last.PlusMonths(p.Step)), TableCell.Number(p.Mean, "0"), TableCell.Number(p.Lower80, "0"), TableCell.Number(p.Upper80, "0"), TableCell.Number(p.Lower95, "0"), TableCell.Number(p.Upper95, "0")])]);
    }

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
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(include);
        var onAxis = new HashSet<string>(labels, StringComparer.Ordinal);
        var list = new List<ChartEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            var x = ReportText.ShortMonth(ReportingMonth.Of(events[i].Date));
            if (include(events[i]) && onAxis.Contains(x))
            {
                list.Add(new ChartEvent(x, EventNumber(i)));
            }
        }
        return list;
    }

    /// <summary>The key of numbered event lines: "[1] IRO post vacant (Mar 2017); [2] ...".</summary>
    public static string EventKey(IReadOnlyList<ContextEvent> events, IReadOnlyList<ChartEvent> markers)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(markers);
        var byNumber = events.Select((e, i) => (Number: EventNumber(i), Event: e)).ToDictionary(p => p.Number, p => p.Event, StringComparer.Ordinal);
        return string.Join("; ", markers.Where(m => byNumber.ContainsKey(m.Label))
            .Select(m => $"{m.Label} {byNumber[m.Label].Label} ({ReportText.ShortMonth(ReportingMonth.Of(byNumber[m.Label].Date))})"));
    }

    private static string EventNumber(int index) => string.Create(CultureInfo.InvariantCulture, $"[{index + 1}]");

    private static ChartFigure WithEventKey(ChartFigure figure, IReadOnlyList<ContextEvent> events, IReadOnlyList<ChartEvent> markers)
    {
        var key = EventKey(events, markers);
        return key.Length == 0 ? figure : figure with { Description = figure.Description + " Event lines: " + key + "." };
    }

    private static KpiSummaryRow Row(MonthlyReportModel model, string kpiId)
        => model.Row(kpiId) ?? throw new ArgumentException($"The model has no KPI '{kpiId}'. Known: {string.Join(", ", model.Rows.Select(r => r.Definition.Id))}.", nameof(kpiId));

    private static (KpiDefinition Definition, SeasonalReading Reading) Seasonal(MonthlyReportModel model, string kpiId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var row = Row(model, kpiId);
        return row.Seasonal is { } s ? (row.Definition, s)
            : throw new ArgumentException($"KPI '{kpiId}' has no seasonal reading: add it to MonthlyReportOptions.SeasonalKpis (now {string.Join(", ", model.Options.SeasonalKpis)}) and give it at least 24 months.", nameof(kpiId));
    }

    private static string UnitName(KpiDefinition def) => KpiTrendChart.UnitName(def);


    private static string MethodName(ForecastMethod method) => LacForecastChart.MethodName(method);

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
