using System.Globalization;
using Csc.Analysis.Reporting.Html;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace Csc.Analysis.Reporting.Charts;

/// <summary>
/// Chart primitives on Plotly.NET, generic over labels and values (nothing here knows about KPIs).
/// Each returns a <see cref="ChartFigure"/>: the Plotly.NET <see cref="GenericChart"/> (which a
/// notebook can style further) plus the data table. Colours are the Okabe–Ito palette (safe for
/// colour-blind readers) and every special mark has a legend entry and a table column too.
/// </summary>
public static class ReportCharts
{
    // The survival chart's y range: 0 to just above 1, so a curve at 1 is not clipped.
    private static readonly double[] SurvivalRange = [0.0, 1.02];

    // The interval chart's ticks on a log axis.
    private static readonly double[] LogTicks = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];

    internal const string Blue = "#0072B2";
    internal const string Orange = "#E69F00";
    internal const string Green = "#009E73";
    internal const string Vermilion = "#D55E00";
    internal const string Sky = "#56B4E9";
    internal const string Purple = "#CC79A7";
    internal const string Grey = "#595959";
    private static readonly string[] ComparisonColours = [Sky, Purple, Green, Orange];

    /// <summary>Line chart with optional target, SPC mean and limits, special-cause markers and event lines.</summary>
    public static ChartFigure Trend(TrendChartOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var n = o.XLabels.Count;
        RequireLength(o.Series.Values.Count, n, $"Series '{o.Series.Name}'", "XLabels");
        foreach (var c in o.Comparisons)
        {
            RequireLength(c.Values.Count, n, $"Comparison series '{c.Name}'", "XLabels");
        }
        foreach (var i in o.SpecialCauseIndexes)
        {
            if (i < 0 || i >= n)
            {
                throw new ArgumentException($"Special-cause index {i} is outside the {n} x labels of '{o.Title}'.", nameof(o));
            }
        }
        if (o.Band is { } band)
        {
            RequireLength(band.Lower.Count, n, $"Band '{band.Name}' lower", "XLabels");
            RequireLength(band.Upper.Count, n, $"Band '{band.Name}' upper", "XLabels");
        }
        RequireEventsOnAxis(o.Events, o.XLabels, o.Title);
        RequirePeriodsOnAxis(o.Spc, n, o.Title);

        var traces = new List<Trace>();
        var x = o.XLabels.ToArray();
        if (o.Band is { } b)
        {
            // The lower edge first, then the upper edge filled down to it ("tonexty"): the band sits beneath the lines.
            var lower = Line(b.Name + ": lowest", x, b.Lower, Grey, 0, "solid", markers: false);
            lower.SetProperty("showlegend", false);
            lower.SetProperty("hoverinfo", "skip");
            var upper = Line(b.Name, x, b.Upper, Grey, 0, "solid", markers: false);
            upper.SetProperty("fill", "tonexty");
            upper.SetProperty("fillcolor", Rgba(Grey, 0.18));
            upper.SetProperty("hoverinfo", "skip");
            traces.Add(lower);
            traces.Add(upper);
        }
        for (var k = 0; k < o.Comparisons.Count; k++)
        {
            traces.Add(Line(o.Comparisons[k].Name, x, o.Comparisons[k].Values, ComparisonColours[k % ComparisonColours.Length], 1.5, "dot", markers: false));
        }
        if (o.Spc is { Periods.Count: 0 } spc)
        {
            traces.Add(Line("Mean", x, Constant(spc.Mean, n), Grey, 1.5, "solid", markers: false));
            traces.Add(Line("Upper process limit", x, Constant(spc.UpperLimit, n), Grey, 1.2, "dash", markers: false));
            traces.Add(Line("Lower process limit", x, Constant(spc.LowerLimit, n), Grey, 1.2, "dash", markers: false));
        }
        else if (o.Spc is { } periods)
        {
            // One set of lines per period, each over its own months: a re-established centre line starts where its period does.
            for (var k = 0; k < periods.Periods.Count; k++)
            {
                var p = periods.Periods[k];
                traces.Add(PeriodLine("Mean", x, p, p.Mean, 1.5, "solid", k == 0));
                traces.Add(PeriodLine("Upper process limit", x, p, p.UpperLimit, 1.2, "dash", k == 0));
                traces.Add(PeriodLine("Lower process limit", x, p, p.LowerLimit, 1.2, "dash", k == 0));
            }
        }
        if (o.Target is { } target)
        {
            traces.Add(Line(o.TargetLabel, x, Constant(target, n), Green, 2, "dash", markers: false));
        }
        traces.Add(Line(o.Series.Name, x, o.Series.Values, Blue, 2.5, "solid", markers: true));
        var special = new HashSet<int>(o.SpecialCauseIndexes);
        if (special.Count > 0)
        {
            var sx = special.Order().Select(i => x[i]).ToArray();
            var sy = special.Order().Select(i => o.Series.Values[i]).ToArray();
            var t = Trace("scatter", o.SpecialCauseLabel);
            t.SetProperty("x", sx);
            t.SetProperty("y", sy);
            t.SetProperty("mode", "markers");
            t.SetProperty("marker", Obj(("color", Orange), ("size", 12), ("symbol", "diamond"), ("line", Obj(("color", "#000000"), ("width", 1)))));
            traces.Add(t);
        }

        var layout = BaseLayout(o, categoryX: true);
        AddEvents(layout, o.Events.Select(e => ((object)e.X, e.Label)));
        var chart = Build(traces, layout);

        var columns = new List<TableColumn> { new(o.XAxisTitle ?? "Period"), new(o.Series.Name, ColumnAlign.Right) };
        columns.AddRange(o.Comparisons.Select(c => new TableColumn(c.Name, ColumnAlign.Right)));
        if (o.Band is { } bandColumns)
        {
            columns.Add(new TableColumn(bandColumns.Name + ": lowest", ColumnAlign.Right));
            columns.Add(new TableColumn(bandColumns.Name + ": highest", ColumnAlign.Right));
        }
        if (o.Target is not null)
        {
            columns.Add(new TableColumn(o.TargetLabel, ColumnAlign.Right));
        }
        if (o.Spc is not null)
        {
            columns.Add(new TableColumn("Mean", ColumnAlign.Right));
            columns.Add(new TableColumn("Lower limit", ColumnAlign.Right));
            columns.Add(new TableColumn("Upper limit", ColumnAlign.Right));
        }
        if (special.Count > 0)
        {
            columns.Add(new TableColumn(o.SpecialCauseLabel));
        }
        if (o.Events.Count > 0)
        {
            columns.Add(new TableColumn("Event"));
        }
        var eventsByX = o.Events.GroupBy(e => e.X, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(e => e.Label)), StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<TableCell>>(n);
        for (var i = 0; i < n; i++)
        {
            var row = new List<TableCell> { x[i], o.Series.Cell(i, o.ValueFormat) };
            row.AddRange(o.Comparisons.Select(c => c.Cell(i, o.ValueFormat)));
            if (o.Band is { } bandRow)
            {
                row.Add(TableCell.Number(bandRow.Lower[i], o.ValueFormat));
                row.Add(TableCell.Number(bandRow.Upper[i], o.ValueFormat));
            }
            if (o.Target is { } tv)
            {
                row.Add(TableCell.Number(tv, o.ValueFormat));
            }
            if (o.Spc is { Periods.Count: 0 } s)
            {
                row.Add(TableCell.Number(s.Mean, o.ValueFormat));
                row.Add(TableCell.Number(s.LowerLimit, o.ValueFormat));
                row.Add(TableCell.Number(s.UpperLimit, o.ValueFormat));
            }
            else if (o.Spc is { } sp)
            {
                var period = sp.Periods.FirstOrDefault(p => p.From <= i && i <= p.To);
                row.Add(period is null ? string.Empty : TableCell.Number(period.Mean, o.ValueFormat));
                row.Add(period is null ? string.Empty : TableCell.Number(period.LowerLimit, o.ValueFormat));
                row.Add(period is null ? string.Empty : TableCell.Number(period.UpperLimit, o.ValueFormat));
            }
            if (special.Count > 0)
            {
                row.Add(special.Contains(i) ? "Yes" : string.Empty);
            }
            if (o.Events.Count > 0)
            {
                row.Add(eventsByX.GetValueOrDefault(x[i], string.Empty));
            }
            rows.Add(row);
        }
        return Figure(o, chart, columns, rows, DescribeTrend(o));
    }

    /// <summary>Bar chart of categories with one or more (grouped or stacked) series.</summary>
    public static ChartFigure Bar(BarChartOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.Series.Count == 0)
        {
            throw new ArgumentException($"Bar chart '{o.Title}' needs at least one series.", nameof(o));
        }
        var n = o.Categories.Count;
        foreach (var s in o.Series)
        {
            RequireLength(s.Values.Count, n, $"Series '{s.Name}'", "Categories");
        }
        RequireEventsOnAxis(o.Events, o.Categories, o.Title);
        var cats = o.Categories.ToArray();
        var palette = new[] { Blue, Orange, Sky, Green, Purple, Vermilion };
        var traces = new List<Trace>();
        for (var k = 0; k < o.Series.Count; k++)
        {
            var t = Trace("bar", o.Series[k].Name);
            t.SetProperty(o.Horizontal ? "y" : "x", cats);
            t.SetProperty(o.Horizontal ? "x" : "y", o.Series[k].Values.ToArray());
            if (o.Horizontal)
            {
                t.SetProperty("orientation", "h");
            }
            t.SetProperty("marker", Obj(("color", palette[k % palette.Length])));
            traces.Add(t);
        }
        if (o.Target is { } target)
        {
            var t = Line(o.TargetLabel, cats, Constant(target, n), Green, 2, "dash", markers: false);
            if (o.Horizontal)
            {
                t.SetProperty("x", Constant(target, n));
                t.SetProperty("y", cats);
            }
            traces.Add(t);
        }
        var layout = BaseLayout(o, categoryX: !o.Horizontal);
        if (o.Horizontal)
        {
            layout.SetProperty("yaxis", Obj(("type", "category"), ("automargin", true), ("autorange", "reversed"), ("title", Obj(("text", o.XAxisTitle ?? string.Empty)))));
            layout.SetProperty("xaxis", Obj(("zeroline", true), ("tickformat", o.YTickFormat), ("title", Obj(("text", o.YAxisTitle ?? string.Empty)))));
        }
        layout.SetProperty("barmode", o.Stacked ? "stack" : "group");
        AddEvents(layout, o.Events.Select(e => ((object)e.X, e.Label)));
        var chart = Build(traces, layout);

        var columns = new List<TableColumn> { new(o.XAxisTitle ?? "Category") };
        columns.AddRange(o.Series.Select(s => new TableColumn(s.Name, ColumnAlign.Right)));
        if (o.Target is not null)
        {
            columns.Add(new TableColumn(o.TargetLabel, ColumnAlign.Right));
        }
        var rows = new List<IReadOnlyList<TableCell>>(n);
        for (var i = 0; i < n; i++)
        {
            var row = new List<TableCell> { cats[i] };
            row.AddRange(o.Series.Select(s => TableCell.Number(s.Values[i], o.ValueFormat)));
            if (o.Target is { } tv)
            {
                row.Add(TableCell.Number(tv, o.ValueFormat));
            }
            rows.Add(row);
        }
        var description = o.Description ?? $"Bar chart of {string.Join(", ", o.Series.Select(s => s.Name))} for {n} categories.";
        return Figure(o, chart, columns, rows, description);
    }

    /// <summary>Seasonal pattern: 12 monthly seasonal values as bars, optional years as lines.</summary>
    public static ChartFigure Seasonal(SeasonalChartOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        RequireLength(o.Values.Count, 12, $"Seasonal values of '{o.Title}'", "12 months");
        RequireLength(o.MonthLabels.Count, 12, $"Month labels of '{o.Title}'", "12 months");
        foreach (var y in o.Years)
        {
            RequireLength(y.Values.Count, 12, $"Year series '{y.Name}'", "12 months");
        }
        var months = o.MonthLabels.ToArray();
        var traces = new List<Trace>();
        var bar = Trace("bar", o.ValuesName);
        bar.SetProperty("x", months);
        bar.SetProperty("y", o.Values.ToArray());
        bar.SetProperty("marker", Obj(("color", o.Values.Select(v => v >= 0 ? Blue : Orange).ToArray())));
        traces.Add(bar);
        for (var k = 0; k < o.Years.Count; k++)
        {
            var t = Line(o.Years[k].Name, months, o.Years[k].Values, ComparisonColours[k % ComparisonColours.Length], 1.5, "solid", markers: true);
            t.SetProperty("yaxis", "y2");
            traces.Add(t);
        }
        var layout = BaseLayout(o, categoryX: true);
        layout.SetProperty("yaxis", Obj(("zeroline", true), ("zerolinecolor", "#000000"), ("tickformat", o.YTickFormat), ("title", Obj(("text", o.YAxisTitle ?? o.ValuesName)))));
        if (o.Years.Count > 0)
        {
            layout.SetProperty("yaxis2", Obj(("overlaying", "y"), ("side", "right"), ("showgrid", false), ("title", Obj(("text", "Value by year")))));
        }
        var chart = Build(traces, layout);
        var columns = new List<TableColumn> { new(o.XAxisTitle ?? "Month"), new(o.ValuesName, ColumnAlign.Right) };
        columns.AddRange(o.Years.Select(y => new TableColumn(y.Name, ColumnAlign.Right)));
        var rows = new List<IReadOnlyList<TableCell>>(12);
        for (var i = 0; i < 12; i++)
        {
            var row = new List<TableCell> { months[i], TableCell.Number(o.Values[i], o.ValueFormat) };
            row.AddRange(o.Years.Select(y => TableCell.Number(y.Values[i], o.ValueFormat)));
            rows.Add(row);
        }
        var hi = Enumerable.Range(0, 12).MaxBy(i => o.Values[i]);
        var lo = Enumerable.Range(0, 12).MinBy(i => o.Values[i]);
        var description = o.Description ?? $"Seasonal pattern by month: highest in {months[hi]}, lowest in {months[lo]}.";
        return Figure(o, chart, columns, rows, description);
    }

    /// <summary>History then forecast mean with shaded 80% and 95% prediction intervals.</summary>
    public static ChartFigure Forecast(ForecastChartOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        RequireLength(o.History.Count, o.HistoryLabels.Count, "History", "HistoryLabels");
        var h = o.ForecastLabels.Count;
        RequireLength(o.Mean.Count, h, "Mean", "ForecastLabels");
        RequireLength(o.Lower80.Count, h, "Lower80", "ForecastLabels");
        RequireLength(o.Upper80.Count, h, "Upper80", "ForecastLabels");
        RequireLength(o.Lower95.Count, h, "Lower95", "ForecastLabels");
        RequireLength(o.Upper95.Count, h, "Upper95", "ForecastLabels");
        for (var i = 0; i < h; i++)
        {
            if (!(o.Lower95[i] <= o.Lower80[i] && o.Lower80[i] <= o.Mean[i] && o.Mean[i] <= o.Upper80[i] && o.Upper80[i] <= o.Upper95[i]))
            {
                throw new ArgumentException(
                    $"Forecast '{o.Title}' at {o.ForecastLabels[i]}: bands must nest (lower95 <= lower80 <= mean <= upper80 <= upper95) but are " +
                    $"{F(o.Lower95[i])}, {F(o.Lower80[i])}, {F(o.Mean[i])}, {F(o.Upper80[i])}, {F(o.Upper95[i])}.", nameof(o));
            }
        }
        var hx = o.HistoryLabels.ToArray();
        var fx = o.ForecastLabels.ToArray();
        var all = hx.Concat(fx).ToArray();
        var traces = new List<Trace>
        {
            Band("95% interval (lower)", fx, o.Lower95, fill: false, showLegend: false),
            Band("95% prediction interval", fx, o.Upper95, fill: true, showLegend: true, "rgba(0,114,178,0.15)"),
            Band("80% interval (lower)", fx, o.Lower80, fill: false, showLegend: false),
            Band("80% prediction interval", fx, o.Upper80, fill: true, showLegend: true, "rgba(0,114,178,0.30)"),
            Line(o.HistoryName, hx, o.History, "#000000", 2, "solid", markers: true),
            Line(o.ForecastName, fx, o.Mean.Select(v => (double?)v).ToArray(), Blue, 2.5, "dash", markers: true),
        };
        if (o.Target is { } target)
        {
            traces.Add(Line(o.TargetLabel, all, Constant(target, all.Length), Green, 2, "dash", markers: false));
        }
        var layout = BaseLayout(o, categoryX: true);
        layout.SetProperty("xaxis", Obj(("type", "category"), ("categoryorder", "array"), ("categoryarray", all), ("title", Obj(("text", o.XAxisTitle ?? string.Empty)))));
        var chart = Build(traces, layout);
        var columns = new List<TableColumn>
        {
            new(o.XAxisTitle ?? "Period"), new(o.HistoryName, ColumnAlign.Right), new(o.ForecastName, ColumnAlign.Right),
            new("80% lower", ColumnAlign.Right), new("80% upper", ColumnAlign.Right), new("95% lower", ColumnAlign.Right), new("95% upper", ColumnAlign.Right),
        };
        var rows = new List<IReadOnlyList<TableCell>>(all.Length);
        for (var i = 0; i < hx.Length; i++)
        {
            rows.Add([hx[i], TableCell.Number(o.History[i], o.ValueFormat), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]);
        }
        for (var i = 0; i < h; i++)
        {
            rows.Add([fx[i], string.Empty, TableCell.Number(o.Mean[i], o.ValueFormat), TableCell.Number(o.Lower80[i], o.ValueFormat),
                TableCell.Number(o.Upper80[i], o.ValueFormat), TableCell.Number(o.Lower95[i], o.ValueFormat), TableCell.Number(o.Upper95[i], o.ValueFormat)]);
        }
        var description = o.Description ?? (h == 0
            ? $"{hx.Length} periods of history; no forecast."
            : $"{hx.Length} periods of history and a {h}-period forecast; at {fx[^1]} the forecast is {o.Mean[^1].ToString(o.ValueFormat, CultureInfo.InvariantCulture)} (95% interval {o.Lower95[^1].ToString(o.ValueFormat, CultureInfo.InvariantCulture)} to {o.Upper95[^1].ToString(o.ValueFormat, CultureInfo.InvariantCulture)}).");
        return Figure(o, chart, columns, rows, description);
    }

    /// <summary>Kaplan–Meier survival curves as steps, optional confidence bands, censor ticks and a reference time.</summary>
    public static ChartFigure KaplanMeier(KaplanMeierChartOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.Curves.Count == 0)
        {
            throw new ArgumentException($"Kaplan–Meier chart '{o.Title}' needs at least one curve.", nameof(o));
        }
        var palette = new[] { Blue, Orange, Green, Purple, Vermilion, Sky };
        var traces = new List<Trace>();
        for (var k = 0; k < o.Curves.Count; k++)
        {
            var c = o.Curves[k];
            RequireLength(c.Survival.Count, c.Times.Count, $"Curve '{c.Name}' survival", "Times");
            for (var i = 0; i < c.Times.Count; i++)
            {
                if (i > 0 && c.Times[i] < c.Times[i - 1])
                {
                    throw new ArgumentException($"Curve '{c.Name}': times must not decrease (item {i + 1} is {F(c.Times[i])} after {F(c.Times[i - 1])}).", nameof(o));
                }
                if (c.Survival[i] is < 0 or > 1 || double.IsNaN(c.Survival[i]))
                {
                    throw new ArgumentException($"Curve '{c.Name}': survival must be a proportion between 0 and 1; item {i + 1} is {F(c.Survival[i])}.", nameof(o));
                }
            }
            var colour = palette[k % palette.Length];
            var times = c.Times.ToArray();
            if (c.Lower is { } lower && c.Upper is { } upper)
            {
                RequireLength(lower.Count, times.Length, $"Curve '{c.Name}' lower limits", "Times");
                RequireLength(upper.Count, times.Length, $"Curve '{c.Name}' upper limits", "Times");
                var lt = Band($"{c.Name} lower limit", times, lower, fill: false, showLegend: false);
                lt.SetProperty("line", Obj(("width", 0), ("shape", "hv")));
                var ut = Band($"{c.Name} 95% confidence", times, upper, fill: true, showLegend: true, Rgba(colour, 0.18));
                ut.SetProperty("line", Obj(("width", 0), ("shape", "hv")));
                traces.Add(lt);
                traces.Add(ut);
            }
            var t = Trace("scatter", c.Name);
            t.SetProperty("x", times);
            t.SetProperty("y", c.Survival.ToArray());
            t.SetProperty("mode", "lines");
            t.SetProperty("line", Obj(("color", colour), ("width", 2.5), ("shape", "hv")));
            traces.Add(t);
            if (c.CensoredTimes.Count > 0)
            {
                var ct = Trace("scatter", $"{c.Name} censored");
                ct.SetProperty("x", c.CensoredTimes.ToArray());
                ct.SetProperty("y", c.CensoredTimes.Select(tc => StepValue(times, c.Survival, tc)).ToArray());
                ct.SetProperty("mode", "markers");
                ct.SetProperty("marker", Obj(("color", colour), ("symbol", "line-ns-open"), ("size", 10)));
                traces.Add(ct);
            }
        }
        var layout = BaseLayout(o, categoryX: false);
        layout.SetProperty("yaxis", Obj(("range", SurvivalRange), ("tickformat", o.YTickFormat ?? ".0%"), ("title", Obj(("text", o.YAxisTitle ?? "Proportion without the event")))));
        if (o.ReferenceTime is { } rt)
        {
            AddEvents(layout, [((object)rt, o.ReferenceLabel)]);
        }
        var chart = Build(traces, layout);
        var columns = new List<TableColumn> { new("Curve"), new(o.XAxisTitle ?? "Time", ColumnAlign.Right), new("Survival", ColumnAlign.Right) };
        var withLimits = o.Curves.Any(c => c.Lower is not null && c.Upper is not null);
        if (withLimits)
        {
            columns.Add(new TableColumn("Lower 95%", ColumnAlign.Right));
            columns.Add(new TableColumn("Upper 95%", ColumnAlign.Right));
        }
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var c in o.Curves)
        {
            for (var i = 0; i < c.Times.Count; i++)
            {
                var row = new List<TableCell> { c.Name, TableCell.Number(c.Times[i], "0.##"), TableCell.Number(c.Survival[i], o.ValueFormat == "0.##" ? "0.0%" : o.ValueFormat) };
                if (withLimits)
                {
                    row.Add(TableCell.Number(c.Lower?[i], "0.0%"));
                    row.Add(TableCell.Number(c.Upper?[i], "0.0%"));
                }
                rows.Add(row);
            }
        }
        var description = o.Description ?? $"Kaplan–Meier curves for {string.Join(", ", o.Curves.Select(c => c.Name))}: the proportion still without the event over time.";
        var figure = Figure(o, chart, columns, rows, description);
        return figure with { Data = figure.Data with { FirstColumnIsRowHeader = false } };
    }

    /// <summary>Scatter of numeric x against numeric y with optional point labels.</summary>
    public static ChartFigure Scatter(ScatterChartOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        RequireLength(o.Y.Count, o.X.Count, "Y", "X");
        if (o.PointLabels is { } labels)
        {
            RequireLength(labels.Count, o.X.Count, "PointLabels", "X");
        }
        var t = Trace("scatter", o.SeriesName);
        t.SetProperty("x", o.X.ToArray());
        t.SetProperty("y", o.Y.ToArray());
        t.SetProperty("mode", "markers");
        t.SetProperty("marker", Obj(("color", Blue), ("size", 9), ("opacity", 0.8), ("line", Obj(("color", "#000000"), ("width", 0.5)))));
        if (o.PointLabels is not null)
        {
            t.SetProperty("text", o.PointLabels.ToArray());
            t.SetProperty("hovertemplate", "%{text}<br>%{x}, %{y}<extra></extra>");
        }
        var layout = BaseLayout(o, categoryX: false);
        var chart = Build([t], layout);
        var columns = new List<TableColumn>();
        if (o.PointLabels is not null)
        {
            columns.Add(new TableColumn("Point"));
        }
        columns.Add(new TableColumn(o.XAxisTitle ?? "x", ColumnAlign.Right));
        columns.Add(new TableColumn(o.YAxisTitle ?? "y", ColumnAlign.Right));
        var rows = new List<IReadOnlyList<TableCell>>(o.X.Count);
        for (var i = 0; i < o.X.Count; i++)
        {
            var row = new List<TableCell>();
            if (o.PointLabels is { } pl)
            {
                row.Add(pl[i]);
            }
            row.Add(TableCell.Number(o.X[i], o.XFormat));
            row.Add(TableCell.Number(o.Y[i], o.ValueFormat));
            rows.Add(row);
        }
        var description = o.Description ?? $"Scatter of {o.X.Count} points: {o.YAxisTitle ?? "y"} against {o.XAxisTitle ?? "x"}.";
        var figure = Figure(o, chart, columns, rows, description);
        return figure with { Data = figure.Data with { FirstColumnIsRowHeader = o.PointLabels is not null } };
    }

    /// <summary>
    /// Sankey (flow) chart through Plotly.NET's <c>Chart.Sankey</c>: a node per label, a band per link as wide as its
    /// value (links without a value are not drawn), each link tinted by its source node; the table lists every link.
    /// </summary>
    public static ChartFigure Sankey(SankeyChartOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.NodeColours is { } nc)
        {
            RequireLength(nc.Count, o.Nodes.Count, "NodeColours", "Nodes");
        }
        foreach (var l in o.Links)
        {
            if (l.Source < 0 || l.Source >= o.Nodes.Count || l.Target < 0 || l.Target >= o.Nodes.Count)
            {
                throw new ArgumentException($"A link of '{o.Title}' joins node {l.Source} to node {l.Target}, but there are {o.Nodes.Count} nodes.", nameof(o));
            }
            RequireLength(l.Extra.Count, o.ExtraColumns.Count, $"A link's extra cells of '{o.Title}'", "ExtraColumns");
        }
        var palette = new[] { Blue, Orange, Sky, Green, Purple, Vermilion, Grey };
        var colours = o.NodeColours ?? [.. Enumerable.Range(0, o.Nodes.Count).Select(i => palette[i % palette.Length])];
        var drawn = o.Links.Where(l => l.Value is not null).ToList();
        var chart = Plotly.NET.ChartDomain_Relations.Chart.Sankey<double, int[], string>(
            nodeLabels: o.Nodes,
            linkedNodeIds: drawn.Select(l => Tuple.Create(l.Source, l.Target)),
            linkValues: drawn.Select(l => l.Value!.Value),
            NodeColor: Some(Color.fromColors(colours.Select(Color.fromHex))),
            NodeOutlineColor: Some(Color.fromHex("#1b1b1b")),
            NodeOutlineWidth: Some(0.5),
            NodeThickness: Some(18),
            NodeGroups: null,
            LinkColor: Some(Color.fromColors(drawn.Select(l => Color.fromString(Rgba(colours[l.Source], 0.35))))),
            LinkColorScales: null,
            LinkOutlineColor: null,
            LinkOutlineWidth: null,
            LinkLabels: Some(drawn.Select(l => l.Hover ?? $"{o.Nodes[l.Source]} \u2192 {o.Nodes[l.Target]}")),
            Name: Some(o.Title),
            Ids: null,
            Orientation: null,
            TextFont: null,
            Arrangement: null,
            NodeAlign: null,
            ValueFormat: Some(",d"),
            ValueSuffix: null,
            UseDefaults: Some(false));
        var layout = new Layout();
        layout.SetProperty("title", Obj(("text", o.Title), ("x", 0.0), ("xanchor", "left"), ("font", Obj(("size", 16)))));
        layout.SetProperty("height", o.Height);
        layout.SetProperty("margin", Obj(("l", 20), ("r", 20), ("t", 60), ("b", 20)));
        layout.SetProperty("font", Obj(("family", "Arial, Helvetica, sans-serif"), ("size", 13), ("color", "#1b1b1b")));
        layout.SetProperty("paper_bgcolor", "#ffffff");
        chart = GenericChart.setLayout(layout, chart);

        var columns = new List<TableColumn> { new("From"), new("To"), new(o.ValueName, ColumnAlign.Right) };
        columns.AddRange(o.ExtraColumns);
        var rows = new List<IReadOnlyList<TableCell>>(o.Links.Count);
        foreach (var l in o.Links)
        {
            var row = new List<TableCell>
            {
                o.Nodes[l.Source],
                o.Nodes[l.Target],
                l.Value is null && l.Symbol is { } symbol ? TableCell.Symbol(symbol) : TableCell.Number(l.Value, o.ValueFormat),
            };
            row.AddRange(l.Extra);
            rows.Add(row);
        }
        var description = o.Description ?? $"Flows between {o.Nodes.Count} stages: {o.Links.Count} links.";
        var figure = Figure(o, chart, columns, rows, description);
        return figure with { Data = figure.Data with { FirstColumnIsRowHeader = false } };
    }

    /// <summary>
    /// Interval (dot-and-whisker) chart: each row's estimate as a dot with a horizontal whisker from its lower to its
    /// upper limit, rows top to bottom, an optional vertical reference line, optionally on a log axis; rows without an
    /// estimate are left out of the drawing and printed in the table with their symbol.
    /// </summary>
    public static ChartFigure Interval(IntervalChartOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var drawn = o.Points.Where(p => p.Estimate is { } e && double.IsFinite(e) && (!o.LogScale || e > 0)).ToList();
        var t = Trace("scatter", o.EstimateName);
        t.SetProperty("x", drawn.Select(p => p.Estimate!.Value).ToArray());
        t.SetProperty("y", drawn.Select(p => p.Label).ToArray());
        t.SetProperty("mode", "markers");
        t.SetProperty("marker", Obj(("color", Blue), ("size", 10), ("line", Obj(("color", "#000000"), ("width", 0.5)))));
        t.SetProperty("error_x", Obj(
            ("type", "data"),
            ("symmetric", false),
            ("array", drawn.Select(p => p.Upper is { } u ? Math.Round(u - p.Estimate!.Value, 10) : 0).ToArray()),
            ("arrayminus", drawn.Select(p => p.Lower is { } l ? Math.Round(p.Estimate!.Value - l, 10) : 0).ToArray()),
            ("color", Grey),
            ("thickness", 1.5),
            ("width", 6)));
        t.SetProperty("hovertemplate", "%{y}: %{x}<extra></extra>");
        var layout = BaseLayout(o, categoryX: false);
        var xaxis = Obj(("title", Obj(("text", o.XAxisTitle ?? string.Empty))), ("gridcolor", "#e5e5e5"), ("zeroline", false), ("linecolor", "#505a5f"));
        if (o.LogScale)
        {
            xaxis.SetProperty("type", "log");
            // Round ticks (Plotly's own log ticks label the minor steps 2 to 9 once the range spans a decade).
            xaxis.SetProperty("tickvals", LogTicks);
            xaxis.SetProperty("ticktext", LogTicks.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)).ToArray());
        }
        layout.SetProperty("xaxis", xaxis);
        // Categories top to bottom in the given order.
        layout.SetProperty("yaxis", Obj(("type", "category"), ("autorange", "reversed"), ("categoryorder", "array"),
            ("categoryarray", o.Points.Select(p => p.Label).ToArray()), ("automargin", true)));
        layout.SetProperty("showlegend", false);
        if (o.Reference is { } reference)
        {
            layout.SetProperty("shapes", new[]
            {
                Obj(("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", reference), ("x1", reference), ("y0", 0), ("y1", 1),
                    ("line", Obj(("color", Vermilion), ("width", 1.5), ("dash", "dash")))),
            });
        }
        var chart = Build([t], layout);
        TableCell Cell(IntervalPoint p, double? v) => v is { } x ? TableCell.Number(x, o.ValueFormat) : p.Symbol is { } symbol ? TableCell.Symbol(symbol) : TableCell.Text("\u2013");
        var columns = new List<TableColumn> { new("Group"), new(o.EstimateName, ColumnAlign.Right), new("Lower", ColumnAlign.Right), new("Upper", ColumnAlign.Right) };
        var rows = o.Points.Select(p => (IReadOnlyList<TableCell>)[p.Label, Cell(p, p.Estimate), Cell(p, p.Lower), Cell(p, p.Upper)]).ToList();
        var description = o.Description ?? string.Create(CultureInfo.InvariantCulture,
            $"{o.EstimateName} of {drawn.Count} of {o.Points.Count} rows with their intervals{(o.Reference is { } r ? $"; the dashed line is {o.ReferenceName} ({r.ToString(o.ValueFormat, CultureInfo.InvariantCulture)})" : string.Empty)}.");
        return Figure(o, chart, columns, rows, description);
    }

    private static string DescribeTrend(TrendChartOptions o)
    {
        if (o.Description is { } d)
        {
            return d;
        }
        var values = o.Series.Values;
        var first = Enumerable.Range(0, values.Count).FirstOrDefault(i => values[i] is not null, -1);
        var last = Enumerable.Range(0, values.Count).LastOrDefault(i => values[i] is not null, -1);
        if (first < 0)
        {
            return $"{o.Series.Name}: no values.";
        }
        var text = $"{o.Series.Name} from {o.XLabels[first]} ({values[first]!.Value.ToString(o.ValueFormat, CultureInfo.InvariantCulture)}) to {o.XLabels[last]} ({values[last]!.Value.ToString(o.ValueFormat, CultureInfo.InvariantCulture)})";
        if (o.Target is { } t)
        {
            text += $"; target {t.ToString(o.ValueFormat, CultureInfo.InvariantCulture)}";
        }
        if (o.Band is { } band)
        {
            text += $"; shaded: {band.Name}";
        }
        if (o.SpecialCauseIndexes.Count > 0)
        {
            text += $"; {o.SpecialCauseIndexes.Distinct().Count()} point(s) flagged as special cause";
        }
        return text + ".";
    }

    private static ChartFigure Figure(ChartOptionsBase o, GenericChart chart, List<TableColumn> columns, List<IReadOnlyList<TableCell>> rows, string description) =>
        new(chart, o.Title, description, new HtmlTable("Data for: " + o.Title, columns, rows));

    private static GenericChart Build(IEnumerable<Trace> traces, Layout layout)
    {
        var chart = GenericChart.ofTraceObjects(false, traces);
        return GenericChart.setLayout(layout, chart);
    }

    private static Layout BaseLayout(ChartOptionsBase o, bool categoryX)
    {
        var layout = new Layout();
        layout.SetProperty("title", Obj(("text", o.Title), ("x", 0.0), ("xanchor", "left"), ("font", Obj(("size", 16)))));
        layout.SetProperty("height", o.Height);
        layout.SetProperty("margin", Obj(("l", 60), ("r", 30), ("t", 60), ("b", o.XAxisTitle is null ? 60 : 80)));
        layout.SetProperty("font", Obj(("family", "Arial, Helvetica, sans-serif"), ("size", 13), ("color", "#1b1b1b")));
        layout.SetProperty("paper_bgcolor", "#ffffff");
        layout.SetProperty("plot_bgcolor", "#ffffff");
        layout.SetProperty("hovermode", "closest");
        // Below the plot, clear of the x-axis title when there is one.
        layout.SetProperty("legend", Obj(("orientation", "h"), ("y", o.XAxisTitle is null ? -0.2 : -0.32)));
        var xaxis = Obj(("title", Obj(("text", o.XAxisTitle ?? string.Empty))), ("showgrid", false), ("linecolor", "#505a5f"));
        if (categoryX)
        {
            xaxis.SetProperty("type", "category");
        }
        layout.SetProperty("xaxis", xaxis);
        layout.SetProperty("yaxis", Obj(("title", Obj(("text", o.YAxisTitle ?? string.Empty))), ("gridcolor", "#e5e5e5"), ("tickformat", o.YTickFormat), ("zeroline", false)));
        return layout;
    }

    private static void AddEvents(Layout layout, IEnumerable<(object X, string Label)> events)
    {
        var shapes = new List<DynamicObj.DynamicObj>();
        var annotations = new List<DynamicObj.DynamicObj>();
        foreach (var (x, label) in events)
        {
            shapes.Add(Obj(("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", x), ("x1", x), ("y0", 0), ("y1", 1),
                ("line", Obj(("color", Vermilion), ("width", 1.5), ("dash", "dot")))));
            annotations.Add(Obj(("x", x), ("xref", "x"), ("y", 1), ("yref", "paper"), ("text", label), ("showarrow", false),
                ("xanchor", "left"), ("yanchor", "top"), ("textangle", 0), ("font", Obj(("size", 11), ("color", Vermilion))),
                ("bgcolor", "rgba(255,255,255,0.85)")));
        }
        if (shapes.Count > 0)
        {
            layout.SetProperty("shapes", shapes);
            layout.SetProperty("annotations", annotations);
        }
    }

    private static Trace Line(string name, string[] x, IReadOnlyList<double?> y, string colour, double width, string dash, bool markers)
    {
        var t = Trace("scatter", name);
        t.SetProperty("x", x);
        t.SetProperty("y", y.ToArray());
        t.SetProperty("mode", markers ? "lines+markers" : "lines");
        t.SetProperty("line", Obj(("color", colour), ("width", width), ("dash", dash)));
        if (markers)
        {
            t.SetProperty("marker", Obj(("color", colour), ("size", 6)));
        }
        return t;
    }

    private static Trace Band<TX>(string name, TX[] x, IReadOnlyList<double> y, bool fill, bool showLegend, string? fillColour = null)
    {
        var t = Trace("scatter", name);
        t.SetProperty("x", x);
        t.SetProperty("y", y.ToArray());
        t.SetProperty("mode", "lines");
        t.SetProperty("line", Obj(("width", 0)));
        t.SetProperty("showlegend", showLegend);
        t.SetProperty("hoverinfo", "skip");
        if (fill)
        {
            t.SetProperty("fill", "tonexty");
            t.SetProperty("fillcolor", fillColour);
        }
        return t;
    }

    private static Trace Trace(string type, string name)
    {
        var t = new Trace2D(type);
        t.SetProperty("type", type);
        t.SetProperty("name", name);
        return t;
    }

    /// <summary>A nested Plotly object; null values are left out so the JSON stays minimal.</summary>
    private static DynamicObj.DynamicObj Obj(params (string Name, object? Value)[] props)
    {
        var o = new DynamicObj.DynamicObj();
        foreach (var (name, value) in props)
        {
            if (value is not null)
            {
                o.SetProperty(name, value);
            }
        }
        return o;
    }

    private static FSharpOption<T> Some<T>(T value) => FSharpOption<T>.Some(value);

    private static void RequirePeriodsOnAxis(SpcLines? spc, int n, string title)
    {
        var next = 0;
        foreach (var p in spc?.Periods ?? [])
        {
            if (p.From < next || p.To < p.From || p.To >= n)
            {
                throw new ArgumentException(
                    $"SPC period {p.From}..{p.To} of '{title}' is not within the {n} x labels after the period before it (periods must be in order, inclusive and not overlap).", nameof(spc));
            }
            next = p.To + 1;
        }
    }

    private static double?[] Constant(double value, int n) => Enumerable.Repeat<double?>(value, n).ToArray();

    // A line at value over the period's x indexes only (null elsewhere), grouped with the other periods' lines of that name.
    private static Trace PeriodLine(string name, string[] x, SpcPeriod period, double value, double width, string dash, bool showLegend)
    {
        var y = new double?[x.Length];
        for (var i = period.From; i <= period.To; i++)
        {
            y[i] = value;
        }
        var t = Line(name, x, y, Grey, width, dash, markers: false);
        t.SetProperty("legendgroup", name);
        t.SetProperty("showlegend", showLegend);
        return t;
    }

    private static double StepValue(double[] times, IReadOnlyList<double> survival, double t)
    {
        var value = 1.0;
        for (var i = 0; i < times.Length && times[i] <= t; i++)
        {
            value = survival[i];
        }
        return value;
    }

    private static string Rgba(string hex, double alpha)
    {
        var r = Convert.ToInt32(hex.Substring(1, 2), 16);
        var g = Convert.ToInt32(hex.Substring(3, 2), 16);
        var b = Convert.ToInt32(hex.Substring(5, 2), 16);
        return string.Create(CultureInfo.InvariantCulture, $"rgba({r},{g},{b},{alpha})");
    }

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static void RequireLength(int actual, int expected, string what, string against)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{what} has {actual} values but {against} has {expected}; give one value per label.");
        }
    }

    private static void RequireEventsOnAxis(IReadOnlyList<ChartEvent> events, IReadOnlyList<string> labels, string title)
    {
        if (events.Count == 0)
        {
            return;
        }
        var known = new HashSet<string>(labels, StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!known.Contains(e.X))
            {
                throw new ArgumentException($"Event '{e.Label}' is at '{e.X}', which is not one of the x labels of '{title}'.");
            }
        }
    }
}
