using System.Globalization;
using System.Reflection;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Statistics.Decomposition;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>Turns a <see cref="MonthlyReportModel"/> into the report page (see <see cref="MonthlyKpiReport"/>).</summary>
public static class MonthlyReportRenderer
{
    /// <summary>Rows of a detail table shown before "and N more" (counts always cover all).</summary>
    public const int MaxDetailRows = 200;

    private static readonly IReadOnlyList<string> AprToMar = SeasonalReading.MonthLabelsAprToMar;

    /// <summary>The page as a string.</summary>
    public static string Render(MonthlyReportModel model) => Page(model).Build();

    /// <summary>The page builder, filled.</summary>
    public static HtmlPageBuilder Page(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var month = model.Month;
        var extract = model.Load.Data.ExtractDate is { } x ? $" (data extracted {x.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})" : string.Empty;
        var page = new HtmlPageBuilder(new HtmlPageOptions
        {
            Title = $"Ofsted KPIs performance monitoring report: {month.ToLongString()}",
            Subtitle = $"Children's social care KPIs for {month.ToLongString()}{extract}. Month-end figures for plans and children looked after; events in the month otherwise; year to date from 1 April.",
            GeneratedAt = model.Options.GeneratedAt,
            Environment = model.Options.Environment,
            FooterLines = FooterLines(model),
        });
        var events = new EventIndex(model.Events, model.Results.Months);
        // Each KPI's article (its charts are most of the work) is written on its own, in parallel,
        // then placed in order: the bytes do not depend on the order the articles finish in.
        var articles = new HtmlFragment[model.Rows.Count];
        Parallel.For(0, model.Rows.Count, i =>
        {
            var writer = new HtmlWriter(new HtmlWriterOptions { ContextHeadingLevel = 2 });
            Kpi(writer, model, model.Rows[i], events);
            articles[i] = writer.ToFragment();
        });
        var articleOf = new Dictionary<KpiSummaryRow, HtmlFragment>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Length; i++)
        {
            articleOf[model.Rows[i]] = articles[i];
        }
        page.Section("Summary", w => Summary(w, model));
        foreach (var area in ReportAreas.Order)
        {
            var rows = model.RowsOf(area).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            page.Section(ReportAreas.Title(area), w =>
            {
                foreach (var row in rows)
                {
                    w.Raw(articleOf[row]);
                    if (row.Series.IsAvailable)
                    {
                        w.RequirePlotly();
                    }
                }
                switch (area)
                {
                    case ReportArea.ChildProtection:
                        IcpcRecording(w, model, events);
                        break;
                    case ReportArea.ChildrenInNeed:
                        CinCp(w, model);
                        LongCinPlans(w, model);
                        break;
                    case ReportArea.LookedAfter:
                        Cohort1617(w, model);
                        Forecast(w, model);
                        break;
                }
            });
        }
        page.Section("Data quality", w => DataQualitySection(w, model));
        if (model.Events.Count > 0)
        {
            page.Section("Context events", w => w.Write(events.Table()));
        }
        page.Section("Appendix: data quality", w => Appendix(w, model));
        return page;
    }

    private static void Summary(HtmlWriter w, MonthlyReportModel model)
    {
        var rated = model.Rows.Where(r => r.Comparison.Current.Rag != Rag.None).ToList();
        int Count(Rag rag) => rated.Count(r => r.Comparison.Current.Rag == rag);
        w.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{model.Rows.Count} KPIs for {model.Month.ToLongString()}: {Count(Rag.Red)} red, {Count(Rag.Amber)} amber, {Count(Rag.Green)} green and {model.Rows.Count - rated.Count} without a target. Each KPI's section below has its chart, data table and commentary."));
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var r in model.Rows)
        {
            var c = r.Comparison;
            var def = r.Definition;
            var unit = def.Unit;
            var ragLabel = c.Current.Rag == Rag.None ? null
                : RagBadge.ToneName(ReportText.Tone(c.Current.Rag)) + (def.RateOn == RateOn.YearToDate && def.YtdRule != KpiYtdRule.None ? " (on YTD)" : string.Empty);
            var (vs, vw) = r.Spc is { } s ? ReportText.Variation(s.Variation) : ("\u2013", "Too few months");
            var (asym, aw) = r.Spc is { } s2 ? ReportText.Assurance(s2.Assurance) : ("\u2013", "Too few months");
            rows.Add([
                TableCell.Of(new Link("#" + KpiAnchor(def.Id), def.Title)),
                TableCell.Text(ReportText.Value(c.Current.Value, unit)) with { },
                TableCell.Text(Target(def)),
                TableCell.Rag(ReportText.Tone(c.Current.Rag), ragLabel),
                TableCell.Text(ReportText.Value(c.LastMonth?.Value, unit)),
                TableCell.Text(ReportText.Value(c.SameMonthLastYear?.Value, unit)),
                TableCell.Text(def.YtdRule == KpiYtdRule.None ? "n/a" : ReportText.Value(c.Current.YtdValue, unit)),
                TableCell.Of(new SymbolText(r.Direction.Arrow.Length == 0 ? "\u2013" : r.Direction.Arrow, r.Direction.Words, "dir")),
                TableCell.Of(new SymbolText(vs, vw, "spc")),
                TableCell.Of(new SymbolText(asym, aw, "spc")),
            ]);
        }
        w.Write(new HtmlTable($"KPI summary, {model.Month.ToLongString()}",
            ["KPI", new TableColumn("This month", ColumnAlign.Right), new TableColumn("Target", ColumnAlign.Right), "RAG",
             new TableColumn("Last month", ColumnAlign.Right), new TableColumn("Same month last year", ColumnAlign.Right),
             new TableColumn("Year to date", ColumnAlign.Right), "Direction of travel", "SPC variation", "SPC assurance"],
            rows));
        w.Paragraph("Direction of travel compares this month with last month and says whether the move is an improvement for that KPI (up is not always good). "
            + "SPC variation (Making Data Count, XmR chart over the months shown): common cause means the latest month is within the usual range; improvement or concern means a special cause in that direction. "
            + "SPC assurance says whether the process limits lie wholly on the passing side of the target (consistently passing), wholly on the failing side (consistently failing) or straddle it (hit and miss).", "meta");
    }

    private static string Target(KpiDefinition def)
    {
        if (def.Rag is not { } rule)
        {
            return "none";
        }
        if (rule.Polarity != KpiPolarity.Neutral && rule.Target is { } t)
        {
            return (rule.Polarity == KpiPolarity.HigherIsBetter ? "\u2265 " : "\u2264 ") + ReportText.Value(t, def.Unit);
        }
        var green = rule.Bands.FirstOrDefault(b => b.Rag == Rag.Green);
        return green is null ? "bands" : "green " + green.Describe();
    }

    private static string KpiAnchor(string id) => "kpi-" + new string([.. id.Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-')]);

    private static void Kpi(HtmlWriter w, MonthlyReportModel model, KpiSummaryRow row, EventIndex events)
    {
        var def = row.Definition;
        var current = row.Comparison.Current;
        var heading = current.Rag == Rag.None ? def.Title : $"{ReportText.RagWord(current.Rag)} \u2013 {def.Title}";
        w.Open("article", ("id", KpiAnchor(def.Id)), ("class", "kpi"));
        w.Section(heading, s =>
        {
            s.Paragraph(row.Narrative);
            if (!row.Series.IsAvailable)
            {
                s.Paragraph($"No chart: the data has no records for this KPI ({def.Sources}).", "meta");
                return;
            }
            s.Write(TrendChart(model, row, events));
            if (row.Seasonal is { } seasonal)
            {
                s.Paragraph(SeasonalText(def, seasonal));
                s.Write(SeasonalChart(def, seasonal));
                s.Write(SeasonalExceptionChart(def, seasonal, events));
            }
        });
        w.Close("article");
    }

    private static ChartFigure TrendChart(MonthlyReportModel model, KpiSummaryRow row, EventIndex events)
    {
        var marked = events.Markers(e => e.Category != "season");
        return ChartLayout.Tidy(WithEventKey(KpiTrendChart.Build(model, row, 0, marked), events, marked));
    }

    private static string UnitName(KpiDefinition def) => KpiTrendChart.UnitName(def);

    private static string SeasonalText(KpiDefinition def, SeasonalReading s)
    {
        var text = $"Seasonal pattern (STL over {s.Months.Count} months): {s.UsualPatternText(def.Unit)}.";
        var exceptions = s.Exceptions.Exceptions;
        if (exceptions.Count == 0)
        {
            return text + " No month was beyond the usual seasonal effect.";
        }
        var list = string.Join(", ", exceptions.Select(p => $"{s.Months[p.Index].ToLongString()} ({(p.Exception == Deviation.Above ? "higher" : "lower")})"));
        return text + $" Beyond the usual seasonal effect: {list}.";
    }

    private static ChartFigure SeasonalChart(KpiDefinition def, SeasonalReading s) => ReportCharts.Seasonal(new SeasonalChartOptions
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

    private static ChartFigure SeasonalExceptionChart(KpiDefinition def, SeasonalReading s, EventIndex events)
    {
        var labels = s.Months.Select(ReportText.ShortMonth).ToList();
        var adjusted = SeasonalAdjustment.Adjust(s.Decomposition);
        var marked = events.Markers(e => e.Category == "season", labels);
        var figure = ReportCharts.Trend(new TrendChartOptions
        {
            Title = $"{def.Title}: months beyond the usual seasonal effect",
            XLabels = labels,
            Series = new ChartSeries("Actual", [.. s.Decomposition.Observed.Select(v => (double?)v)]),
            Comparisons = [new ChartSeries("Seasonally adjusted", [.. adjusted.Select(v => (double?)v)])],
            SpecialCauseIndexes = [.. s.Exceptions.Exceptions.Select(p => p.Index)],
            SpecialCauseLabel = "Beyond the usual seasonal effect",
            Events = marked,
            YAxisTitle = UnitName(def),
            ValueFormat = ReportText.ValueFormat(def.Unit),
            Height = 320,
        });
        return ChartLayout.Tidy(WithEventKey(figure, events, marked));
    }

    private static ChartFigure WithEventKey(ChartFigure figure, EventIndex events, IReadOnlyList<ChartEvent> marked)
        => marked.Count == 0 ? figure : figure with { Description = figure.Description + " Event lines: " + events.Key(marked) + "." };

    private static void IcpcRecording(HtmlWriter w, MonthlyReportModel model, EventIndex events)
    {
        w.Section("Investigation: ICPC recording", s =>
        {
            if (model.IcpcRecording is not { } r)
            {
                s.Paragraph(model.IcpcRecordingError ?? "Not run.");
                return;
            }
            s.Paragraph(r.Finding);
            if (r.Findings.Count > 0)
            {
                s.Write(new HtmlTable("Systematic recording patterns",
                    ["Rule", "Group", "Started", new TableColumn("Rows flagged", ColumnAlign.Right), new TableColumn("Share of the change explained (points)", ColumnAlign.Right), "Finding"],
                    [.. r.Findings.Select(f => (IReadOnlyList<TableCell>)[
                        f.Rule.Id, $"{f.Pattern.GroupBy}: {f.Pattern.Group}",
                        f.Pattern.StartMonth is { } m ? m.ToLongString() : "\u2013",
                        TableCell.Number((long)f.RowsFlagged), TableCell.Number(f.ExplainedPoints, "0.#"), f.Text])]));
            }
            if (r.Timeliness.Count > 0)
            {
                var rows = r.Timeliness.TakeLast(24).ToList();
                var labels = rows.Select(t => ReportText.ShortMonth(t.Month)).ToList();
                static double? P(double v) => double.IsFinite(v) ? v : null;
                var target = model.Results.Catalog.TryGet(KpiIds.IcpcWithin15WdPct, out var def) ? def.Rag?.Target : null;
                s.Write(ChartLayout.Tidy(ReportCharts.Trend(new TrendChartOptions
                {
                    Title = "ICPCs within timescale: as recorded and with recording problems corrected",
                    XLabels = labels,
                    Series = new ChartSeries("As recorded", [.. rows.Select(t => P(t.RecordedPct))]),
                    Comparisons = [new ChartSeries("Recording corrected", [.. rows.Select(t => P(t.CorrectedPct))]), new ChartSeries("Affected rows left out", [.. rows.Select(t => P(t.ExcludedPct))])],
                    Target = target,
                            YAxisTitle = "Percent",
                    ValueFormat = "0.0",
                    Height = 340,
                })));
            }
        });
    }

    private static void CinCp(HtmlWriter w, MonthlyReportModel model)
    {
        w.Section("CIN and CP plans together", s =>
        {
            if (model.CinCp is not { } r)
            {
                s.Paragraph(model.CinCpError ?? "Not available.");
                return;
            }
            s.Paragraph(r.Finding);
            var recent = r.Ratio.TakeLast(24).ToList();
            s.Write(ChartLayout.Tidy(ReportCharts.Trend(new TrendChartOptions
            {
                Title = "CIN plans per CP plan",
                XLabels = [.. recent.Select(p => ReportText.ShortMonth(p.Month))],
                Series = new ChartSeries("CIN plans per CP plan", [.. recent.Select(p => (double?)(double.IsFinite(p.Ratio) ? p.Ratio : null))]),
                    YAxisTitle = "Ratio",
                ValueFormat = "0.00",
                Height = 300,
            })));
            s.Write(new HtmlTable("Correlation of CIN and CP plans by lag (positive lag: CIN leads)",
                [new TableColumn("Lag (months)", ColumnAlign.Right), new TableColumn("Pairs", ColumnAlign.Right), new TableColumn("r", ColumnAlign.Right), new TableColumn("95% interval", ColumnAlign.Right)],
                [.. r.Correlations.Select(c => (IReadOnlyList<TableCell>)[
                    TableCell.Number((long)c.Lag), TableCell.Number((long)c.Pairs), TableCell.Number(c.R, "0.00"),
                    TableCell.Text(double.IsFinite(c.Lower) ? string.Create(CultureInfo.InvariantCulture, $"{c.Lower:0.00} to {c.Upper:0.00}") : "\u2013")])]));
        });
    }

    private static void LongCinPlans(HtmlWriter w, MonthlyReportModel model)
    {
        w.Section("CIN plans open for more than 12 months", s =>
        {
            if (model.Row(KpiIds.CinPlansOver12mPct) is { Comparison.Current.Value: { } pct } row)
            {
                s.Paragraph($"{ReportText.Value(pct, KpiUnit.Percent)} of CIN plans open at the end of {model.Month.ToLongString()} had been open for more than 12 months (last month {ReportText.Value(row.Comparison.LastMonth?.Value, KpiUnit.Percent)}).");
            }
            s.Paragraph(model.Durations.Finding);
            var cin = model.Durations.LongOpen.Where(l => l.Kind == Durations.CinPlan && l.Open > 0).OrderByDescending(l => l.Share).ThenBy(l => l.Team, StringComparer.Ordinal).ToList();
            if (cin.Count > 0)
            {
                s.Write(new HtmlTable("Open CIN plans by team",
                    ["Team", new TableColumn("Open", ColumnAlign.Right), new TableColumn("Open over 12 months", ColumnAlign.Right), new TableColumn("Share", ColumnAlign.Right)],
                    [.. cin.Select(l => (IReadOnlyList<TableCell>)[l.Team, TableCell.Number((long)l.Open), TableCell.Number((long)l.OverTwelveMonths), TableCell.Text(ReportText.Value(100 * l.Share, KpiUnit.Percent))])]));
            }
        });
    }

    private static void Cohort1617(HtmlWriter w, MonthlyReportModel model)
    {
        if (model.Row(KpiIds.LacAged1617Pct) is not { Comparison: { Current.Value: { } now, SameMonthLastYear: { Value: { } then } ly } })
        {
            return;
        }
        w.Section("The 16\u201317 cohort", s =>
        {
            var verb = Math.Abs(now - then) < 0.05 ? "has stayed at" : now > then ? "has increased from" : "has decreased from";
            var text = verb == "has stayed at"
                ? $"The share of 16\u201317 year olds in the looked-after cohort has stayed at {ReportText.Value(now, KpiUnit.Percent)} since {ly.Month.ToLongString()}."
                : $"The share of 16\u201317 year olds in the looked-after cohort {verb} {ReportText.Value(then, KpiUnit.Percent)} in {ly.Month.ToLongString()} to {ReportText.Value(now, KpiUnit.Percent)} in {model.Month.ToLongString()}.";
            if (now > then)
            {
                text += " As they reach 18 and move to leaving care services, the number looked after may fall unless demand rises in other age groups.";
            }
            s.Paragraph(text);
        });
    }

    private static void Forecast(HtmlWriter w, MonthlyReportModel model)
    {
        w.Section("Forecast: number of looked-after children", s =>
        {
            if (model.Forecast is not { } f)
            {
                s.Paragraph(model.ForecastError ?? "Not available.");
                return;
            }
            var points = f.Result.Points;
            var last = f.History[^1];
            var method = MethodName(f.Result.Method);
            var end = points[^1];
            var candidates = f.Result.Candidates.Count == 0 ? string.Empty
                : " Candidates by mean absolute one-step error over the hold-out months: " + string.Join("; ", f.Result.Candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{MethodName(c.Method)} {c.MeanAbsoluteError:0.0}"))) + ".";
            s.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Method: {method}, chosen automatically.{candidates} Forecast for {last.PlusMonths(end.Step).ToLongString()}: {end.Mean:0} looked-after children (80% interval {end.Lower80:0} to {end.Upper80:0}; 95% interval {end.Lower95:0} to {end.Upper95:0}). A forecast continues the pattern of the past; it does not know about changes in practice or demand."));
            s.Write(LacForecastChart.Build(f));
        });
    }

    private static string MethodName(Statistics.Forecasting.ForecastMethod method) => LacForecastChart.MethodName(method);

    private static void DataQualitySection(HtmlWriter w, MonthlyReportModel model)
    {
        var dq = model.DataQuality;
        w.Paragraph(dq.Finding);
        var trends = dq.Trends.Where(t => t.Team == DataQuality.All).OrderBy(t => t.AdjustedPValue).ThenBy(t => t.Table, StringComparer.Ordinal).ToList();
        if (trends.Count > 0)
        {
            w.Write(new HtmlTable("Trend in the share of records with a data-quality issue, by table",
                ["Table", "Months", new TableColumn("Records", ColumnAlign.Right), new TableColumn("With issues", ColumnAlign.Right),
                 new TableColumn("Change (points a month)", ColumnAlign.Right), new TableColumn("Adjusted p", ColumnAlign.Right), "Direction"],
                [.. trends.Select(t => (IReadOnlyList<TableCell>)[
                    t.Table, $"{ReportText.ShortMonth(t.From)} to {ReportText.ShortMonth(t.To)}", TableCell.Number((long)t.Records), TableCell.Number((long)t.RecordsWithIssues),
                    TableCell.Number(t.SlopePointsPerMonth, "0.00"), TableCell.Number(t.AdjustedPValue, "0.000"), t.Direction])]));
        }
        var worse = dq.Trends.Where(t => t.Team != DataQuality.All && t.AdjustedPValue < 0.05).OrderBy(t => t.AdjustedPValue).ThenBy(t => t.Team, StringComparer.Ordinal).ToList();
        if (worse.Count > 0)
        {
            w.Write(new HtmlTable("Teams with a significant trend (adjusted p below 0.05)",
                ["Table", "Team", new TableColumn("Change (points a month)", ColumnAlign.Right), new TableColumn("Adjusted p", ColumnAlign.Right), "Direction"],
                [.. worse.Select(t => (IReadOnlyList<TableCell>)[t.Table, t.Team, TableCell.Number(t.SlopePointsPerMonth, "0.00"), TableCell.Number(t.AdjustedPValue, "0.000"), t.Direction])]));
        }
    }

    private static void Appendix(HtmlWriter w, MonthlyReportModel model)
    {
        var load = model.Load;
        w.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Loading the data ({load.Format.ToString().ToLowerInvariant()}) found {load.ErrorCount} error(s) and {load.WarningCount} warning(s). Rows with errors were left out of every figure in this report; rows with warnings were used."));
        w.Section("Rows rejected or questioned while loading", s => s.Write(new DataIssueTable(load.Issues) { MaxRows = MaxDetailRows }));
        w.Section("Records left out of KPIs", s =>
        {
            s.Paragraph("Records the KPI calculations could not use (for example an ICPC dated before its strategy discussion).");
            s.Write(new DataIssueTable(model.Results.Issues) { MaxRows = MaxDetailRows });
        });
        w.Section("Data-quality rules", s =>
        {
            var counts = model.DataQuality.Issues.GroupBy(i => i.RuleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            s.Write(new HtmlTable("Records breaking each data-quality rule",
                ["Rule", "Table", "Severity", "What it checks", new TableColumn("Records", ColumnAlign.Right)],
                [.. model.DataQuality.Rules.Select(r => (IReadOnlyList<TableCell>)[
                    r.Id, r.Table, r.Severity.ToString(), r.Description, TableCell.Number((long)counts.GetValueOrDefault(r.Id))])]));
        });
    }

    private static IReadOnlyList<string> FooterLines(MonthlyReportModel model)
    {
        var lines = new List<string>();
        var o = model.Options;
        lines.Add($"Reproducibility. Data: {o.DataPath ?? "(given in memory)"} ({model.Load.Format.ToString().ToLowerInvariant()}).");
        foreach (var f in model.Load.Files.OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Input file {Path.GetFileName(f.Path)}: {f.Rows:N0} rows, {f.Bytes:N0} bytes, SHA-256 {f.Sha256}."));
        }
        lines.Add(o.ConfigPath is null ? "KPI config: the built-in defaults." : $"KPI config: {o.ConfigPath} (SHA-256 {o.ConfigSha256 ?? "not computed"}).");
        lines.Add($"Kit version: Csc.Analysis {KitVersion}.");
        lines.Add($"Parameters: month {model.Month}, data format {model.Load.Format.ToString().ToLowerInvariant()}.");
        return lines;
    }

    /// <summary>The kit's informational version (from the Reporting assembly).</summary>
    public static string KitVersion { get; } =
        typeof(MonthlyReportRenderer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(MonthlyReportRenderer).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>A link within the page.</summary>
    private sealed record Link(string Href, string Text) : IHtmlRenderable
    {
        public void WriteHtml(HtmlWriter writer) => writer.Element("a", Text, ("href", Href));
    }

    /// <summary>Context events numbered once for the whole report, drawn on charts as "[n]".</summary>
    private sealed class EventIndex(IReadOnlyList<ContextEvent> events, IReadOnlyList<ReportingMonth> months)
    {
        private readonly HashSet<string> _labels = [.. months.Select(ReportText.ShortMonth)];

        public IReadOnlyList<ChartEvent> Markers(Func<ContextEvent, bool> include, IReadOnlyList<string>? labels = null)
        {
            var onAxis = labels is null ? _labels : [.. labels];
            var list = new List<ChartEvent>();
            for (var i = 0; i < events.Count; i++)
            {
                var x = ReportText.ShortMonth(ReportingMonth.Of(events[i].Date));
                if (include(events[i]) && onAxis.Contains(x))
                {
                    list.Add(new ChartEvent(x, Number(i)));
                }
            }
            return list;
        }

        public string Key(IReadOnlyList<ChartEvent> marked)
            => string.Join("; ", marked.Select(m => m.Label + " " + events[int.Parse(m.Label.AsSpan(1, m.Label.Length - 2), CultureInfo.InvariantCulture) - 1].Label));

        public HtmlTable Table() => new("Context events (numbered as on the charts)",
            [new TableColumn("No.", ColumnAlign.Right), "From", "To", "Event", "Category"],
            [.. events.Select((e, i) => (IReadOnlyList<TableCell>)[
                Number(i), e.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
                e.EndDate is { } end ? end.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : string.Empty, e.Label, e.Category ?? string.Empty])]);

        private static string Number(int i) => string.Create(CultureInfo.InvariantCulture, $"[{i + 1}]");
    }
}
