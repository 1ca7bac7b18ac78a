using System.Globalization;
using Csc.Analysis.Disclosure;
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
    private static DisclosureOptions? _publicEdition;

    /// <summary>
    /// True while a public edition is being made (<see cref="PublicEdition"/>): the views then show only figures that
    /// passed disclosure control and say "not in the public edition" for those built from child-level records.
    /// </summary>
    public static bool IsPublicEdition => _publicEdition is not null;

    /// <summary>The disclosure options of the public edition being made; null outside one.</summary>
    public static DisclosureOptions? PublicEditionOptions => _publicEdition;

    /// <summary>
    /// Makes the views public until the returned scope is disposed (notebook publish --audience public runs the
    /// notebooks inside one): drill-downs by team are suppressed as a table with the council total, and the views of
    /// child-level investigations (ICPC rows and workers, long-open plans, durations, placement distances, team
    /// changes, generic investigation tables) are withheld.
    /// </summary>
    public static IDisposable PublicEdition(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var previous = _publicEdition;
        _publicEdition = options;
        return new Scope(() => _publicEdition = previous);
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }

    /// <summary>The sentence a public page shows in place of a view built from child-level records; null when the view may be shown.</summary>
    private static UnavailableSection? Withheld(MonthlyReportModel? model, string title)
        => model?.IsPublic == true || IsPublicEdition
            ? new UnavailableSection(title, "Not in the public edition: this part is built from child-level records (rows, teams, workers or durations), so it is shown on internal pages only.")
            : null;

    /// <summary>Any investigation table as an HTML table: the first <paramref name="maxRows"/> rows, numbers right-aligned and rounded.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is less than 1.</exception>
    public static HtmlTable Table(ITabular table, string caption, int maxRows = 40)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        if (IsPublicEdition)
        {
            return new HtmlTable(caption, ["Not in the public edition"], [["This table is built from child-level records and is shown on internal pages only."]]) { FirstColumnIsRowHeader = false };
        }
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
    /// <remarks>A KPI without a value in any month gives the sentence saying why (<see cref="ReportAvailability.Kpi"/>) instead of a chart.</remarks>
    /// <exception cref="ArgumentException">The KPI is not in the model.</exception>
    public static IHtmlRenderable KpiTrend(MonthlyReportModel model, string kpiId, int? months = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var row = Row(model, kpiId);
        if (ReportAvailability.Kpi(model, kpiId) is { } none)
        {
            return new UnavailableSection(row.Definition.Title, none);
        }
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
            return ReportAvailability.Spc(model, kpiId)!;
        }
        var months = model.Results.Months;
        var flagged = spc.Points.Where(p => p.SpecialCause).ToList();
        var recent = flagged.TakeLast(3).Select(p => $"{ReportText.ShortMonth(months[row.SpcFirstIndex + p.T])} ({RuleWords(p.Rules)})");
        var list = flagged.Count == 0 ? "no month is a special cause"
            : flagged.Count <= 3 ? "special cause in " + string.Join(", ", recent)
            : string.Create(CultureInfo.InvariantCulture, $"{flagged.Count} months are special causes, the latest {string.Join(", ", recent)}");
        var last = spc.Points[^1];
        var periods = (ReportText.SpcPeriods(row, months) is { } p ? " " + p : string.Empty)
            + (ReportText.AssuranceCaveat(row, months, model.Options.MinimumSpcMonths) is { } c ? " " + c : string.Empty);
        return string.Create(CultureInfo.InvariantCulture,
            $"{row.Definition.Title}: SPC over {spc.Points.Count} months, mean {last.Mean:0.#}, process limits {last.LowerProcessLimit:0.#} to {last.UpperProcessLimit:0.#}. Variation: {Words(spc.Variation.ToString())}; assurance: {Words(spc.Assurance.ToString())}; {list}.{periods}");
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

    /// <summary>
    /// A seasonal KPI's section (the report's sentence, pattern and exception charts), as in the KPI's
    /// article of the monthly report; or, when the KPI has no seasonal reading (fewer than 24 months,
    /// no values, not a seasonal KPI), the sentence saying why (<see cref="ReportAvailability.Seasonal"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The KPI is not in the model.</exception>
    public static IReportSection Seasonal(MonthlyReportModel model, string kpiId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var row = Row(model, kpiId);
        return row.Seasonal is { } s
            ? new SeasonalSection(row.Definition, s, Events(model))
            : new UnavailableSection($"{row.Definition.Title}: seasonal pattern", ReportAvailability.Seasonal(model, kpiId)!);
    }

    /// <summary>The usual effect of each month (STL seasonal component, April first) as bars; or why there is no seasonal reading.</summary>
    public static IHtmlRenderable SeasonalPattern(MonthlyReportModel model, string kpiId)
        => Seasonal(model, kpiId) is SeasonalSection s ? s.PatternChart() : Seasonal(model, kpiId);

    /// <summary>Actual and seasonally adjusted values, with the months beyond the usual seasonal effect marked; or why there is no seasonal reading.</summary>
    public static IHtmlRenderable SeasonalExceptions(MonthlyReportModel model, string kpiId)
        => Seasonal(model, kpiId) is SeasonalSection s ? s.ExceptionChart(keyWithMonths: true) : Seasonal(model, kpiId);

    /// <summary>The seasonal reading in the monthly report's words (<see cref="SeasonalSection.Sentence"/>), or why there is none.</summary>
    public static string SeasonalText(MonthlyReportModel model, string kpiId) => Seasonal(model, kpiId) switch
    {
        SeasonalSection s => s.Sentence(),
        UnavailableSection u => u.Reason,
        _ => string.Empty,
    };

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
            throw new ArgumentException($"The investigation has no monthly counts for rule '{pattern.RuleId}' in {KpiDimensions.Id(pattern.GroupBy)} '{pattern.Group}'.", nameof(pattern));
        }
        var labels = counts.Select(c => ReportText.ShortMonth(c.Month)).ToList();
        var marks = EventMarkers(events, labels, e => e.Category != "season").ToList();
        if (pattern.StartMonth is { } start && labels.Contains(ReportText.ShortMonth(start)))
        {
            marks.Add(new ChartEvent(ReportText.ShortMonth(start), "Step"));
        }
        return ChartLayout.Tidy(WithEventKey(ReportCharts.Trend(new TrendChartOptions
        {
            Title = $"{pattern.RuleId}: share of ICPCs flagged, {KpiDimensions.Id(pattern.GroupBy)} {pattern.Group}",
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

    /// <summary>The forecast in words (<see cref="ForecastText(LacForecast)"/>), or why there is no forecast.</summary>
    public static string ForecastText(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Forecast is { } f ? ForecastText(f) : ReportAvailability.Forecast(model)!;
    }

    /// <summary>The forecast in words, its chart and its table of points; or why there is no forecast.</summary>
    public static IHtmlRenderable ForecastWithTable(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Forecast is { } f
            ? new Many([Text(ForecastText(f)), Forecast(f), ForecastTable(f)])
            : new UnavailableSection("Forecast: number of looked-after children", ReportAvailability.Forecast(model)!);
    }

    /// <summary>CIN plans against CP plans month by month as a scatter chart; or why they could not be compared.</summary>
    public static IHtmlRenderable CinCpScatter(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.CinCp is { } r ? CinCpBalanceSection.ScatterChart(r)
            : new UnavailableSection("CIN plans against CP plans", "No scatter chart of CIN against CP plans: they could not be compared (the section above says why).");
    }

    /// <summary>
    /// The last <paramref name="months"/> months of a KPI: value, numerator, denominator and year to
    /// date; or why the KPI has no values.
    /// </summary>
    /// <exception cref="ArgumentException">The KPI is not in the model.</exception>
    public static IHtmlRenderable KpiMonths(MonthlyReportModel model, string kpiId, int months = 12)
    {
        ArgumentNullException.ThrowIfNull(model);
        var row = Row(model, kpiId);
        if (ReportAvailability.Kpi(model, kpiId) is { } none)
        {
            return new UnavailableSection(row.Definition.Title, none);
        }
        var unit = row.Definition.Unit;
        var rows = row.Series.Results.Select((r, i) => (Month: row.Series.From.PlusMonths(i), Result: r))
            .Where(x => x.Month <= model.Month).TakeLast(months).ToList();
        return new HtmlTable($"{row.Definition.Title}: the last {rows.Count} months",
            ["Month", new TableColumn("Value", ColumnAlign.Right), new TableColumn("Numerator", ColumnAlign.Right), new TableColumn("Denominator", ColumnAlign.Right), new TableColumn("Year to date", ColumnAlign.Right)],
            [.. rows.Select(x => (IReadOnlyList<TableCell>)[
                ReportText.ShortMonth(x.Month), TableCell.Text(ReportText.Value(x.Result.Value, unit)), Count(x.Result.Numerator), Count(x.Result.Denominator), TableCell.Text(ReportText.Value(x.Result.YtdValue, unit))])]);
    }

    /// <summary>
    /// A drill-down (<c>KpiDrillDown.By</c>) as a table: KPI, group, numerator, denominator and value;
    /// or, when no record names a group (every key is "(not recorded)") or there are no rows, the sentence saying so.
    /// </summary>
    public static IHtmlRenderable Groups(IEnumerable<KpiGroupResult> groups, string caption, string groupWords = "team")
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(caption);
        var list = groups.ToList();
        if (list.Count == 0)
        {
            return new UnavailableSection(caption, $"No rows to split by {groupWords}: the KPIs have no records in the month.");
        }
        if (list.All(g => g.Key == KpiGroupKeys.NotRecorded))
        {
            return new UnavailableSection(caption, $"No split by {groupWords}: the data records no {groupWords} on these records. Records that carry the {groupWords} would give it.");
        }
        if (_publicEdition is { } options)
        {
            return PublicGroups(list, caption, options);
        }
        return new HtmlTable(caption,
            ["KPI", "Group", new TableColumn("Numerator", ColumnAlign.Right), new TableColumn("Denominator", ColumnAlign.Right), new TableColumn("Value", ColumnAlign.Right)],
            [.. list.Select(g => (IReadOnlyList<TableCell>)[g.KpiId, g.Key, TableCell.Number(g.Numerator), Count(g.Denominator), TableCell.Number(g.Value, "0.#")])])
        { FirstColumnIsRowHeader = false };
    }

    // A drill-down for a public page: per KPI, the groups' numerators add up to the council's (published) numerator and
    // likewise the denominators, so small counts are withheld with secondary suppression over those relations.
    private static HtmlTable PublicGroups(List<KpiGroupResult> list, string caption, DisclosureOptions options)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var kpi in list.GroupBy(g => g.KpiId, StringComparer.Ordinal))
        {
            var groups = kpi.ToList();
            var table = new SuppressionTable();
            var n = groups.Select(g => table.AddCell($"{g.Key} numerator", g.Numerator)).ToList();
            var nTotal = table.AddCell("council numerator", groups.Sum(g => (double)g.Numerator));
            table.AddTotal(nTotal, n);
            var d = groups.Select(g => g.Denominator is { } den ? table.AddCell($"{g.Key} denominator", den) : (int?)null).ToList();
            if (d.All(i => i is not null))
            {
                var dTotal = table.AddCell("council denominator", groups.Sum(g => (double)g.Denominator!.Value));
                table.AddTotal(dTotal, d.Select(i => i!.Value));
            }
            var result = SmallCountSuppression.Apply(table, options);
            for (var i = 0; i < groups.Count; i++)
            {
                var g = groups[i];
                var num = result.Disclosed(n[i]);
                var den = d[i] is { } di ? result.Disclosed(di) : DisclosedValue.Withheld(DisclosureSymbol.NotApplicable);
                var value = num;
                if (d[i] is { } dIndex)
                {
                    var rate = Disclose.Rate(g.Numerator, g.Denominator, 100, options, result.IsSuppressed(n[i]), result.IsSuppressed(dIndex));
                    value = rate.Symbol == DisclosureSymbol.Suppressed || g.Value is null ? DisclosedValue.Withheld(rate.Symbol ?? DisclosureSymbol.NotApplicable)
                        : DisclosedValue.Shown(options.Rounding == DisclosureRounding.None || rate.Value is null ? g.Value.Value : rate.Value.Value);
                }
                rows.Add([g.KpiId, g.Key, Disclosed(num, "N0"), d[i] is null ? TableCell.Text("\u2013") : Disclosed(den, "N0"), Disclosed(value, "0.#")]);
            }
        }
        return new HtmlTable(caption + " (public edition: counts from 1 to " + options.Threshold.ToString(CultureInfo.InvariantCulture) + " and the figures that would reveal them are c)",
            ["KPI", "Group", new TableColumn("Numerator", ColumnAlign.Right), new TableColumn("Denominator", ColumnAlign.Right), new TableColumn("Value", ColumnAlign.Right)], rows)
        { FirstColumnIsRowHeader = false };
    }

    private static TableCell Disclosed(DisclosedValue v, string format) => v.Value is { } x ? TableCell.Number(x, format) : TableCell.Symbol(v.Symbol!.Value.Code());

    /// <summary>Open CIN plans by team with the share open for more than 12 months (only <paramref name="team"/> when not empty); or why there are none.</summary>
    public static IHtmlRenderable LongOpenCinPlans(MonthlyReportModel model, string team = "")
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Withheld(model, "CIN plans open for more than 12 months, by team") is { } withheld)
        {
            return withheld;
        }
        ArgumentNullException.ThrowIfNull(team);
        const string title = "CIN plans open for more than 12 months, by team";
        if (ReportAvailability.LongCinPlans(model) is { } none)
        {
            return new UnavailableSection(title, none);
        }
        var rows = model.Durations.LongOpen.Where(l => l.Kind == Durations.CinPlan && l.Open > 0 && (team.Length == 0 || l.Team == team))
            .OrderByDescending(l => l.Share).ThenBy(l => l.Team, StringComparer.Ordinal).ToList();
        if (rows.Count == 0)
        {
            return new UnavailableSection(title, team.Length == 0
                ? $"No CIN plan was open at the end of {model.Month.ToLongString()}."
                : $"Team '{team}' had no open CIN plan at the end of {model.Month.ToLongString()}; set team to \"\" for every team.");
        }
        return new HtmlTable(title,
            ["Team", new TableColumn("Open", ColumnAlign.Right), new TableColumn("Open over 12 months", ColumnAlign.Right), new TableColumn("Share", ColumnAlign.Right)],
            [.. rows.Select(l => (IReadOnlyList<TableCell>)[l.Team, TableCell.Number((long)l.Open), TableCell.Number((long)l.OverTwelveMonths), TableCell.Text(ReportText.Value(100 * l.Share, KpiUnit.Percent))])]);
    }

    /// <summary>Kaplan–Meier curves of time to closure for CIN and CP plans (those the data has); or why there are none.</summary>
    public static IHtmlRenderable PlanDurations(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Withheld(model, "Time to closure") is { } withheld)
        {
            return withheld;
        }
        string[] kinds = [.. new[] { Durations.CinPlan, Durations.CpPlan }.Where(k => model.Durations.Survival.Any(p => p.Kind == k))];
        return kinds.Length > 0
            ? KaplanMeier(model.Durations, kinds)
            : new UnavailableSection("Time to closure", ReportAvailability.MissingTables(KpiSources.CinPlans | KpiSources.CpPlans, model.Load) is { } missing
                ? $"No time to closure of CIN or CP plans: {missing}."
                : "No time to closure of CIN or CP plans: no plan has started and had time to close in the data.");
    }

    /// <summary>The placement distances of the children looked after at the end of the model's month: the finding and a bar chart by band; or why there are none.</summary>
    public static IHtmlRenderable PlacementDistance(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Withheld(model, "Placement distances") is { } withheld)
        {
            return withheld;
        }
        var r = PlacementDistances.At(model.Load.Data, model.Month.LastDay, model.Results.Catalog.Timescales.DistanceMiles);
        if (r.Known == 0)
        {
            return new UnavailableSection("Placement distances", r.Finding);
        }
        return new Many([
            Text(r.Finding),
            ReportCharts.Bar(new BarChartOptions
            {
                Title = $"Placement distance of children looked after at the end of {model.Month.ToLongString()}",
                Categories = [.. PlacementDistances.BandLabels.Select(b => b + " miles")],
                Series = [new ChartSeries("Children", [.. r.BandCounts.Select(c => (double?)c)])],
                XAxisTitle = "Distance from home",
                YAxisTitle = "Children",
                ValueFormat = "0",
            }),
        ]);
    }

    private const string IcpcTitle = "Investigation: ICPC recording";

    private static IHtmlRenderable WithIcpc(MonthlyReportModel model, Func<IcpcRecordingResult, IHtmlRenderable> view)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Withheld(model, IcpcTitle) is { } withheld)
        {
            return withheld;
        }
        return model.IcpcRecording is { } r ? view(r) : new UnavailableSection(IcpcTitle, ReportAvailability.IcpcRecording(model)!);
    }

    /// <summary>The ICPC recording rules with their council-wide eligible and flagged ICPCs over every month; or why the investigation did not run.</summary>
    public static IHtmlRenderable IcpcRuleTotals(MonthlyReportModel model) => WithIcpc(model, r =>
    {
        var totals = IcpcRecordingSummaries.RuleTotals(r);
        return totals.Count == 0
            ? Text("No ICPC could be checked against the recording rules (none has the dates they compare).")
            : Table(Tabular.Of(totals, ["rule", "description", "eligible", "flagged"], t => [t.RuleId, t.Description, t.Eligible, t.Flagged]), "ICPCs checked and flagged by each recording rule, all months");
    });

    /// <summary>The step tests: how many ran and were systematic, and the systematic patterns then the strongest others (up to 12); or why there are none.</summary>
    public static IHtmlRenderable IcpcStepTests(MonthlyReportModel model) => WithIcpc(model, r =>
    {
        var tested = Strongest(r);
        var count = Text(string.Create(CultureInfo.InvariantCulture, $"{r.TestsRun} step tests run; {r.Patterns.Count(p => p.Systematic)} systematic patterns."));
        if (tested.Count == 0)
        {
            return new Many([count, Text("No rule and group had enough ICPCs before and after a month to test for a step; a longer history or more ICPCs would give the tests.")]);
        }
        return new Many([count, Table(Tabular.Of(tested,
            ["rule", "group", "start_month", "share_before", "share_after", "flagged_after", "adjusted_p", "systematic", "coinciding_events"],
            p => [p.RuleId, $"{KpiDimensions.Id(p.GroupBy)} {p.Group}", p.StartMonth, p.ShareBefore, p.ShareAfter, p.FlaggedAfter, p.AdjustedPValue, p.Systematic, string.Join("; ", p.CoincidingEvents.Select(e => e.Label))]),
            "Step tests: systematic patterns first, then by adjusted p-value")]);
    });

    private static List<RecordingPattern> Strongest(IcpcRecordingResult r)
        => [.. r.Patterns.Where(p => p.StartMonth is not null).OrderByDescending(p => p.Systematic).ThenBy(p => p.AdjustedPValue).Take(12)];

    /// <summary>
    /// The flagged share by month of each systematic pattern found for a team or the whole council
    /// (or, when there is none, of the strongest tested series), with the step and context events
    /// marked, and the table of systematic findings; or why there is nothing to show.
    /// </summary>
    public static IHtmlRenderable IcpcPatterns(MonthlyReportModel model) => WithIcpc(model, r =>
    {
        var shown = r.Findings.Where(f => f.Pattern.GroupBy != KpiDimension.Worker).Select(f => f.Pattern).ToList();
        var parts = new List<IHtmlRenderable>();
        if (shown.Count == 0)
        {
            shown = [.. Strongest(r).Take(1)];
            parts.Add(Text(shown.Count == 0
                ? "No systematic recording pattern was found and no series could be tested, so there is no flagged share to chart."
                : "No systematic recording pattern was found for a team or the whole council; the chart shows the strongest tested series."));
        }
        parts.AddRange(shown.Select(p => RuleShare(r, p, model.Events)));
        parts.Add(r.Findings.Count == 0
            ? Text("No systematic recording finding: no rule's flagged share stepped up by enough, in enough rows, to count as systematic.")
            : Table(Tabular.Of(r.Findings, ["rule", "group", "start_month", "rows_flagged", "explained_points", "finding"],
                f => [f.Rule.Id, $"{KpiDimensions.Id(f.Pattern.GroupBy)} {f.Pattern.Group}", f.Pattern.StartMonth, f.RowsFlagged, f.ExplainedPoints, f.Text]), "Systematic recording findings"));
        return new Many(parts);
    });

    /// <summary>
    /// Flagged ICPCs by worker for the first finding's rule from its start month, in <paramref name="team"/>
    /// (empty: the team the first team-level finding points at, else every team); or why there are none.
    /// </summary>
    public static IHtmlRenderable IcpcWorkers(MonthlyReportModel model, string team = "") => WithIcpc(model, r =>
    {
        ArgumentNullException.ThrowIfNull(team);
        var focusTeam = team.Length > 0 ? team : r.Findings.Where(f => f.Pattern.GroupBy == KpiDimension.Team).Select(f => f.Pattern.Group).FirstOrDefault() ?? "";
        var focusRule = r.Findings.Select(f => f.Rule.Id).FirstOrDefault() ?? IcpcRecordingRules.IcpcDateIsRecordingDate;
        var from = r.Findings.Select(f => f.Pattern.StartMonth).FirstOrDefault() ?? model.Month.PlusMonths(-11);
        var workers = IcpcRecordingSummaries.FlaggedWorkers(r, focusRule, focusTeam, from);
        var text = Text(string.Create(CultureInfo.InvariantCulture,
            $"Rule {focusRule}, team {(focusTeam.Length == 0 ? "(all)" : focusTeam)}, from {from.ToLongString()}: {workers.Sum(x => x.Rows)} flagged ICPCs across {workers.Count} workers."));
        if (workers.Count == 0)
        {
            return text;
        }
        if (workers.All(w => w.Worker.Length == 0 || w.Worker == KpiGroupKeys.NotRecorded))
        {
            return new Many([text, Text("The data records no worker on these ICPCs, so they cannot be split by worker; the worker on each section 47 enquiry would give the split.")]);
        }
        return new Many([text, Table(Tabular.Of(workers, ["team", "worker", "flagged_rows", "first_month"], w => [w.Team, w.Worker, w.Rows, w.FirstMonth]), "Flagged ICPCs by worker")]);
    });

    /// <summary>The investigation's finding, how much of the change recording explains, and the recorded-versus-corrected chart; or why the investigation did not run.</summary>
    public static IHtmlRenderable IcpcCorrected(MonthlyReportModel model) => WithIcpc(model, r =>
    {
        var target = model.Results.Catalog.TryGet(KpiIds.IcpcWithin15WdPct, out var def) ? def.Rag?.Target : null;
        var finding = double.IsFinite(r.RecordedPct) ? r.Finding : ReportAvailability.IcpcTimeliness(r)!;
        var text = finding == ExplainedShareText(r) ? Text(finding) : Text(finding, ExplainedShareText(r));
        return r.Timeliness.Any(t => double.IsFinite(t.RecordedPct))
            ? new Many([text, RecordedVersusCorrected(r, target)])
            : new Many([text, Text("No month has ICPC timeliness as recorded, so there is no recorded-against-corrected chart.")]);
    });

    /// <summary>The conclusion of the ICPC notebook: whether the detectors found systematic recording patterns, what they explain, and the method's limits; or why the investigation did not run.</summary>
    public static IHtmlRenderable IcpcConclusion(MonthlyReportModel model) => WithIcpc(model, r => Text(
        r.Findings.Count == 0 && !double.IsFinite(r.RecordedPct)
            ? "No systematic recording pattern was found."
            : r.Findings.Count == 0
            ? "No systematic recording pattern was found: the change in timeliness is not explained by how ICPCs are recorded."
            : $"In part. The detectors found {r.Findings.Count} systematic recording pattern(s): " + string.Join(" ", r.Findings.Select(f => f.Text)),
        double.IsFinite(r.RecordedPct) ? ExplainedShareText(r) : ReportAvailability.IcpcTimeliness(r)!,
        "Limits: the correction estimates the true conference dates from each group's own history, so it is a model, not the truth; the step test finds the most likely single start month and cannot separate two changes close together; a pattern that coincides with a context event is consistent with it but does not prove it caused the change. Check the flagged rows with the team before correcting the published figure."));

    /// <summary>
    /// The month-on-month change of a percentage KPI split by team into rate and mix effects
    /// (<see cref="RateAttribution.ForKpi(Domain.CaseData, string, KpiDimension, ReportingMonth, ReportingMonth, KpiCatalog?, Calendar.WorkingDayCalendar?)"/>): the finding and the table; or why it cannot be split.
    /// </summary>
    public static IHtmlRenderable TeamChange(MonthlyReportModel model, string kpiId)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Withheld(model, "Change by team") is { } withheld)
        {
            return withheld;
        }
        var row = Row(model, kpiId);
        const string title = "Change by team";
        if (ReportAvailability.Kpi(model, kpiId) is { } none)
        {
            return new UnavailableSection(title, none);
        }
        RateAttributionResult a;
        try
        {
            a = RateAttribution.ForKpi(model.Load.Data, kpiId, KpiDimension.Team, model.Month.Previous, model.Month, model.Results.Catalog);
        }
        catch (ArgumentException ex)
        {
            return new UnavailableSection(title, $"The change in {row.Definition.Title} from {model.Month.Previous.ToLongString()} to {model.Month.ToLongString()} cannot be split by team: {ex.Message}");
        }
        if (a.Contributions.All(c => c.Group == KpiGroupKeys.NotRecorded))
        {
            return new Many([Text(a.Finding), new UnavailableSection(title, "No split by team: the data records no team on these records. Records that carry the team would give it.")]);
        }
        return new Many([Text(a.Finding), Table(Tabular.Of(a.Contributions, ["team", "denominator_before", "denominator_after", "rate_before", "rate_after", "rate_effect", "mix_effect", "total"],
            c => [c.Group, c.DenominatorBefore, c.DenominatorAfter, c.RateBefore, c.RateAfter, c.RateEffect, c.MixEffect, c.Total]), $"Change in {row.Definition.Title} by team (percentage points)")]);
    }

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

    /// <summary>
    /// The child journeys of the monthly report's appendix (<see cref="JourneysSection"/>: the Sankey chart with its table
    /// and the share still open), for the model's audience; with <paramref name="fromMonth"/> and <paramref name="toMonth"/>
    /// (YYYY-MM, either may be empty) the children referred in those months instead, followed to the end of the model's month.
    /// </summary>
    /// <exception cref="ArgumentException">A month is not YYYY-MM, or <paramref name="fromMonth"/> is after <paramref name="toMonth"/>.</exception>
    public static JourneysSection Journeys(MonthlyReportModel model, string fromMonth = "", string toMonth = "")
    {
        ArgumentNullException.ThrowIfNull(model);
        var audience = model.IsPublic || IsPublicEdition ? Audience.Public : Audience.Internal;
        var disclosure = PublicEditionOptions ?? model.Options.Disclosure;
        if (string.IsNullOrWhiteSpace(fromMonth) && string.IsNullOrWhiteSpace(toMonth))
        {
            return new JourneysSection(model.Journeys, model.JourneysError, audience, disclosure);
        }
        var defaults = model.Journeys?.Options;
        var first = string.IsNullOrWhiteSpace(fromMonth) ? null : (ReportingMonth?)Month(fromMonth, nameof(fromMonth));
        var last = string.IsNullOrWhiteSpace(toMonth) ? null : (ReportingMonth?)Month(toMonth, nameof(toMonth));
        var start = first?.FirstDay ?? defaults?.From ?? model.Month.PlusMonths(-11).FirstDay;
        var end = last?.LastDay ?? defaults?.To ?? model.Month.LastDay;
        if (end < start)
        {
            throw new ArgumentException($"The journeys' first month ({IsoFormat.Date(start)}) is after their last ({IsoFormat.Date(end)}).", nameof(fromMonth));
        }
        return JourneysSection.For(model.Load.Data, start, end, model.Month.LastDay, audience, disclosure);
    }

    private static ReportingMonth Month(string text, string parameter)
        => ReportingMonth.TryParse(text, out var month) ? month : throw new ArgumentException($"'{text}' is not a month: expected YYYY-MM, for example 2016-04.", parameter);

    /// <summary>Drift at the end of the model's month, as in the monthly report's appendix (<see cref="DriftSection"/>), for the model's audience (the long-open plans are listed on internal pages only).</summary>
    public static DriftSection Drift(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var audience = model.IsPublic || IsPublicEdition ? Audience.Public : Audience.Internal;
        return new DriftSection(model.Drift, model.DriftError, audience, PublicEditionOptions ?? model.Options.Disclosure);
    }

    /// <summary>
    /// The disproportionality of the monthly report's appendix (<see cref="DisproportionalitySection"/>, as in the inspection
    /// report): each cohort of the 12 months to the end of the model's month against the population by ethnicity, for the
    /// model's audience (small groups withheld on a public edition); or the sentence saying there was no population to compare with.
    /// </summary>
    public static DisproportionalitySection Disproportionality(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.DisproportionalityError is { } absent)
        {
            return DisproportionalitySection.Absent(absent);
        }
        var audience = model.IsPublic || IsPublicEdition ? Audience.Public : Audience.Internal;
        return new DisproportionalitySection(model.Disproportionality, audience, PublicEditionOptions ?? model.Options.Disclosure);
    }

    /// <summary>The report's "How we compare" section: the council against England, its region and its statistical neighbours (or why it cannot be compared).</summary>
    public static HowWeCompareSection HowWeCompare(MonthlyReportModel model) => new(model);

    /// <summary>
    /// One KPI against the published figures, as notebook 07 shows it: the chart of its yearly values against England,
    /// the region and the neighbours' mean with the neighbours' range, the note on the published measure and the table
    /// of its years; or the sentence saying why it is not compared.
    /// </summary>
    public static IHtmlRenderable HowWeCompareKpi(MonthlyReportModel model, string kpiId)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new HowWeCompareSection(model).Kpi(kpiId);
    }

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

    /// <summary>Sentences (a finding computed by the library) as paragraphs of a notebook output.</summary>
    public static IHtmlRenderable Text(params string[] paragraphs) => new Paragraphs(paragraphs);

    private static TableCell Count(long? n) => n is { } v ? TableCell.Number(v) : TableCell.Text("\u2013");

    private sealed record Many(IReadOnlyList<IHtmlRenderable> Items) : IHtmlRenderable
    {
        public void WriteHtml(HtmlWriter writer)
        {
            foreach (var item in Items)
            {
                item.WriteHtml(writer);
            }
        }
    }

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
