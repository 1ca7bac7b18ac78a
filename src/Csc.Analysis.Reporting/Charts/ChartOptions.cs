namespace Csc.Analysis.Reporting.Charts;

/// <summary>A named series of values aligned with the chart's x labels; null is a gap.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values)
{
    /// <summary>
    /// What the data table prints where a value is null (a disclosure symbol such as <c>c</c>), one per value;
    /// null, or a null entry, prints an en dash. The chart shows a gap either way.
    /// </summary>
    public IReadOnlyList<string?>? Symbols { get; init; }

    /// <summary>The table cell of value <paramref name="index"/>: the number in <paramref name="format"/>, else its symbol or an en dash.</summary>
    public Html.TableCell Cell(int index, string format)
        => Values[index] is null && Symbols is { } symbols && index < symbols.Count && symbols[index] is { } symbol
            ? Html.TableCell.Symbol(symbol)
            : Html.TableCell.Number(Values[index], format);
}

/// <summary>A context event drawn as a labelled vertical line at an x label (e.g. "New MASH", "Ofsted visit").</summary>
public sealed record ChartEvent(string X, string Label);

/// <summary>
/// A shaded band between two series aligned with the chart's x labels (e.g. the statistical neighbours' lowest and
/// highest values); null in either is a gap. Its table columns are "<c>Name</c>: lowest" and "<c>Name</c>: highest".
/// </summary>
public sealed record ChartBand(string Name, IReadOnlyList<double?> Lower, IReadOnlyList<double?> Upper);

/// <summary>
/// SPC (XmR) lines: the centre line and the lower and upper process limits, drawn across the chart; or, when
/// <see cref="Periods"/> is not empty, each period's own lines over its months only (the positional values are then the
/// latest period's).
/// </summary>
public sealed record SpcLines(double Mean, double LowerLimit, double UpperLimit)
{
    /// <summary>The periods of a chart whose limits were re-established, in order and not overlapping; empty: one set of lines.</summary>
    public IReadOnlyList<SpcPeriod> Periods { get; init; } = [];
}

/// <summary>What every chart has: a title, a description (the accessible text) and axis titles.</summary>
public abstract record ChartOptionsBase
{
    /// <summary>The chart's title.</summary>
    public required string Title { get; init; }

    /// <summary>One or two sentences saying what the chart shows; read by screen readers and shown as the caption.</summary>
    public string? Description { get; init; }

    /// <summary>The x axis title; null for none.</summary>
    public string? XAxisTitle { get; init; }

    /// <summary>The y axis title; null for none.</summary>
    public string? YAxisTitle { get; init; }

    /// <summary>.NET invariant format for values in the data table ("0.#", "0.0%", "N0").</summary>
    public string ValueFormat { get; init; } = "0.##";

    /// <summary>Plotly tick format for the y axis (d3 format, e.g. ".0%"); null: automatic.</summary>
    public string? YTickFormat { get; init; }

    /// <summary>Plot height in pixels.</summary>
    public int Height { get; init; } = 380;
}

/// <summary>A line (trend) chart over labelled periods with optional target, SPC lines, special-cause markers and events.</summary>
public sealed record TrendChartOptions : ChartOptionsBase
{
    /// <summary>The period labels on the x axis (e.g. "Apr 2016").</summary>
    public required IReadOnlyList<string> XLabels { get; init; }

    /// <summary>The main series, one value per x label.</summary>
    public required ChartSeries Series { get; init; }

    /// <summary>Other series (last year, a comparator), drawn thinner.</summary>
    public IReadOnlyList<ChartSeries> Comparisons { get; init; } = [];

    /// <summary>A shaded band (a range such as the neighbours' lowest to highest), drawn beneath the lines; null for none.</summary>
    public ChartBand? Band { get; init; }

    /// <summary>A target drawn as a horizontal dashed line.</summary>
    public double? Target { get; init; }

    /// <summary>The legend name of the target line.</summary>
    public string TargetLabel { get; init; } = "Target";

    /// <summary>SPC mean and process limits drawn across the chart.</summary>
    public SpcLines? Spc { get; init; }

    /// <summary>Indexes (into <see cref="XLabels"/>) of points flagged as special cause.</summary>
    public IReadOnlyList<int> SpecialCauseIndexes { get; init; } = [];

    /// <summary>The legend name of the special-cause markers.</summary>
    public string SpecialCauseLabel { get; init; } = "Special cause";

    /// <summary>Context events drawn as labelled vertical lines.</summary>
    public IReadOnlyList<ChartEvent> Events { get; init; } = [];
}

/// <summary>A bar chart: categories and one or more series (grouped).</summary>
public sealed record BarChartOptions : ChartOptionsBase
{
    /// <summary>The categories, one bar (group) each.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The series, one value per category.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>Horizontal bars (long category names read better).</summary>
    public bool Horizontal { get; init; }

    /// <summary>Stack the series instead of grouping them.</summary>
    public bool Stacked { get; init; }

    /// <summary>A target drawn as a horizontal dashed line; null for none.</summary>
    public double? Target { get; init; }

    /// <summary>The legend name of the target line.</summary>
    public string TargetLabel { get; init; } = "Target";

    /// <summary>Context events drawn as labelled vertical lines.</summary>
    public IReadOnlyList<ChartEvent> Events { get; init; } = [];
}

/// <summary>A seasonal pattern: 12 values (seasonal effect per month) as bars, with optional years as lines.</summary>
public sealed record SeasonalChartOptions : ChartOptionsBase
{
    /// <summary>The 12 seasonal values, in the order of <see cref="MonthLabels"/>.</summary>
    public required IReadOnlyList<double> Values { get; init; }

    /// <summary>The legend name of the seasonal values.</summary>
    public string ValuesName { get; init; } = "Seasonal effect";

    /// <summary>12 labels; default January to December abbreviated. Pass "Apr".."Mar" for a financial year.</summary>
    public IReadOnlyList<string> MonthLabels { get; init; } = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Optional years, each 12 values, drawn as lines for comparison.</summary>
    public IReadOnlyList<ChartSeries> Years { get; init; } = [];
}

/// <summary>A forecast: history, then the forecast mean with 80% and 95% prediction bands.</summary>
public sealed record ForecastChartOptions : ChartOptionsBase
{
    /// <summary>The x labels of the history.</summary>
    public required IReadOnlyList<string> HistoryLabels { get; init; }

    /// <summary>The history, one value per label (null is a gap).</summary>
    public required IReadOnlyList<double?> History { get; init; }

    /// <summary>The x labels of the forecast horizon.</summary>
    public required IReadOnlyList<string> ForecastLabels { get; init; }

    /// <summary>The forecast mean, one value per forecast label.</summary>
    public required IReadOnlyList<double> Mean { get; init; }

    /// <summary>The lower limit of the 80% prediction interval.</summary>
    public required IReadOnlyList<double> Lower80 { get; init; }

    /// <summary>The upper limit of the 80% prediction interval.</summary>
    public required IReadOnlyList<double> Upper80 { get; init; }

    /// <summary>The lower limit of the 95% prediction interval.</summary>
    public required IReadOnlyList<double> Lower95 { get; init; }

    /// <summary>The upper limit of the 95% prediction interval.</summary>
    public required IReadOnlyList<double> Upper95 { get; init; }

    /// <summary>The legend name of the history.</summary>
    public string HistoryName { get; init; } = "Actual";

    /// <summary>The legend name of the forecast.</summary>
    public string ForecastName { get; init; } = "Forecast";

    /// <summary>A target drawn as a horizontal dashed line; null for none.</summary>
    public double? Target { get; init; }

    /// <summary>The legend name of the target line.</summary>
    public string TargetLabel { get; init; } = "Target";
}

/// <summary>One Kaplan–Meier curve: step times and the survival (still open) proportion after each, with optional confidence limits.</summary>
public sealed record SurvivalCurve(string Name, IReadOnlyList<double> Times, IReadOnlyList<double> Survival)
{
    /// <summary>The lower confidence limit after each step; null for none.</summary>
    public IReadOnlyList<double>? Lower { get; init; }

    /// <summary>The upper confidence limit after each step; null for none.</summary>
    public IReadOnlyList<double>? Upper { get; init; }

    /// <summary>Times of censored observations, marked with a tick.</summary>
    public IReadOnlyList<double> CensoredTimes { get; init; } = [];
}

/// <summary>A Kaplan–Meier step chart (time to an event, e.g. days to case closure).</summary>
public sealed record KaplanMeierChartOptions : ChartOptionsBase
{
    /// <summary>The curves.</summary>
    public required IReadOnlyList<SurvivalCurve> Curves { get; init; }

    /// <summary>A vertical reference line (e.g. the 45-working-day timescale).</summary>
    public double? ReferenceTime { get; init; }

    /// <summary>The label of the reference line.</summary>
    public string ReferenceLabel { get; init; } = "Timescale";
}

/// <summary>A scatter of numeric x and y, with optional point labels (shown on hover and in the table).</summary>
public sealed record ScatterChartOptions : ChartOptionsBase
{
    /// <summary>The x values.</summary>
    public required IReadOnlyList<double> X { get; init; }

    /// <summary>The y values, one per x.</summary>
    public required IReadOnlyList<double> Y { get; init; }

    /// <summary>A label per point (hover and table); null for none.</summary>
    public IReadOnlyList<string>? PointLabels { get; init; }

    /// <summary>The legend name of the points.</summary>
    public string SeriesName { get; init; } = "Points";

    /// <summary>.NET invariant format for x in the table.</summary>
    public string XFormat { get; init; } = "0.##";
}

/// <summary>
/// One flow of a Sankey chart: from node <see cref="Source"/> to node <see cref="Target"/> (indexes into
/// <see cref="SankeyChartOptions.Nodes"/>) carrying <see cref="Value"/>; a null value (a withheld figure) is left out
/// of the drawing and printed as its <see cref="Symbol"/> (else an en dash) in the table.
/// </summary>
public sealed record SankeyLink(int Source, int Target, double? Value)
{
    /// <summary>What the table prints when <see cref="Value"/> is null (a disclosure symbol such as <c>c</c>); null prints an en dash.</summary>
    public string? Symbol { get; init; }

    /// <summary>More cells of the link's table row, one per <see cref="SankeyChartOptions.ExtraColumns"/> (e.g. the median days).</summary>
    public IReadOnlyList<Html.TableCell> Extra { get; init; } = [];

    /// <summary>The link's hover text; null: "source → target".</summary>
    public string? Hover { get; init; }
}

/// <summary>A Sankey (flow) chart: named nodes and the flows between them, with a table of the flows.</summary>
public sealed record SankeyChartOptions : ChartOptionsBase
{
    /// <summary>The node labels, in the order the links index them.</summary>
    public required IReadOnlyList<string> Nodes { get; init; }

    /// <summary>The flows, in the table's order.</summary>
    public required IReadOnlyList<SankeyLink> Links { get; init; }

    /// <summary>The table's header of the values (e.g. "Children").</summary>
    public string ValueName { get; init; } = "Value";

    /// <summary>Columns after the value in the table, matched by each link's <see cref="SankeyLink.Extra"/>.</summary>
    public IReadOnlyList<Html.TableColumn> ExtraColumns { get; init; } = [];

    /// <summary>A colour per node (hex); null: the palette in turn.</summary>
    public IReadOnlyList<string>? NodeColours { get; init; }
}

/// <summary>
/// One row of an interval (dot-and-whisker) chart: an estimate with its confidence limits. A null estimate (a withheld
/// or missing figure) is not drawn and prints as its <see cref="Symbol"/> (else an en dash) in the table; null limits
/// draw the dot alone.
/// </summary>
/// <param name="Label">The row's label (the y axis category).</param>
/// <param name="Estimate">The estimate; null when there is none to draw.</param>
/// <param name="Lower">The lower limit; null for none.</param>
/// <param name="Upper">The upper limit; null for none.</param>
public sealed record IntervalPoint(string Label, double? Estimate, double? Lower, double? Upper)
{
    /// <summary>What the table prints for a null estimate or limit (a disclosure symbol such as <c>c</c>); null prints an en dash.</summary>
    public string? Symbol { get; init; }
}

/// <summary>An interval chart: a dot per row at its estimate with a horizontal whisker to its limits, and an optional reference line.</summary>
public sealed record IntervalChartOptions : ChartOptionsBase
{
    /// <summary>The rows, top to bottom.</summary>
    public required IReadOnlyList<IntervalPoint> Points { get; init; }

    /// <summary>A vertical reference line (for example 1 for a ratio); null for none.</summary>
    public double? Reference { get; init; }

    /// <summary>The reference line's legend name.</summary>
    public string ReferenceName { get; init; } = "Reference";

    /// <summary>Whether the estimate axis is logarithmic (ratios: 0.5 and 2 equally far from 1).</summary>
    public bool LogScale { get; init; }

    /// <summary>The table's header of the estimates.</summary>
    public string EstimateName { get; init; } = "Estimate";
}
