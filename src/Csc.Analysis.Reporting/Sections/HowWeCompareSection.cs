using System.Globalization;
using Csc.Analysis.Benchmarking;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// How we compare: the council's KPIs beside the DfE published figures (England, its region, its statistical
/// neighbours, rank and quartile among councils), as <c>csc-kpi benchmark</c> computes them. A short introduction,
/// the latest year's table, a table of every year and, per mapped KPI, a chart of the council's yearly values
/// against England, the region and the neighbours' mean with the neighbours' range as a band; or the sentence
/// saying why there is no comparison (<see cref="ReportAvailability.HowWeCompare"/>). The report and notebook
/// 07-how-we-compare show the same parts.
/// </summary>
public sealed class HowWeCompareSection : IReportSection
{
    /// <summary>The section's heading.</summary>
    public const string SectionTitle = "How we compare";

    /// <summary>The name of the neighbours' range band (its table columns are "… : lowest" and "… : highest").</summary>
    public const string RangeName = "Neighbours' range";

    private readonly MonthlyReportModel _model;

    /// <summary>The section for <paramref name="model"/>'s comparison.</summary>
    public HowWeCompareSection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => SectionTitle;

    /// <summary>The comparison, or null when there is none (then <see cref="ReportAvailability.HowWeCompare"/> says why).</summary>
    public HowWeCompareResult? Comparison => _model.Comparison;

    /// <summary>A year as DfE labels it: 2017 (April 2016 to March 2017) is "2016-17".</summary>
    public static string YearLabel(int year) => string.Create(CultureInfo.InvariantCulture, $"{year - 1}-{year % 100:00}");

    /// <summary>The introduction: who the council is compared with, which figures, which years, and how to read rank and quartile.</summary>
    public static string Introduction(HowWeCompareResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var c = comparison;
        var neighbours = c.Neighbours.Count == 0 ? "no statistical neighbours"
            : string.Create(CultureInfo.InvariantCulture, $"its {c.Neighbours.Count} statistical neighbours ({string.Join(", ", c.Neighbours.Select(n => n.Name))})");
        var region = c.Region is { } r ? r.Name : "its region";
        var years = c.Years.Count == 1 ? YearLabel(c.Years[0]) : string.Join(", ", c.Years.Take(c.Years.Count - 1).Select(YearLabel)) + " and " + YearLabel(c.Years[^1]);
        var number = c.Council.Number.ToString(CultureInfo.InvariantCulture);
        return string.Concat(
            $"{c.Council.Name} ({number}) beside the figures the Department for Education publishes for every council each year (the Local Authority Interactive Tool): England, {region} and {neighbours}. ",
            $"The council's figures are the kit's, computed from this data (a snapshot at 31 March, such as the children on a plan; a flow, or a share of one, over the year to March), for the years April to March the months shown cover completely: {years}. ",
            "Rank 1 is the best by the measure's polarity, among the other councils with a published value; quartile A is the best quarter of councils, D the worst; counts have neither. ",
            "The note under each chart says where the kit's definition differs from DfE's.");
    }

    /// <summary>The latest year's table: per mapped KPI the value, England, the region, the neighbours' mean (n), rank of N, quartile and measure.</summary>
    public static HtmlTable LatestTable(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var c = Require(model);
        var year = c.LatestYear;
        return new HtmlTable($"How we compare, {YearLabel(year)} (the year to 31 March {year.ToString(CultureInfo.InvariantCulture)})",
            Columns(c, withYear: false),
            [.. c.Rows.Where(r => r.Year == year).Select(r => Cells(model, r, withYear: false))]);
    }

    /// <summary>Every year compared: the latest table's columns with the year, KPI by KPI (one KPI's rows when <paramref name="kpiId"/> is given).</summary>
    public static HtmlTable YearsTable(MonthlyReportModel model, string? kpiId = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var c = Require(model);
        var rows = kpiId is null ? c.Rows : RowsOf(model, kpiId);
        var caption = kpiId is null ? "How we compare, every year" : $"{model.Results.Catalog[kpiId].Title}: every year compared";
        return new HtmlTable(caption, Columns(c, withYear: true), [.. rows.Select(r => Cells(model, r, withYear: true))]);
    }

    /// <summary>
    /// One KPI's yearly values against England, the region and the neighbours' mean, with the neighbours' range
    /// (lowest to highest published value) as a band. A count depends on a council's size, so for a count England
    /// and the region are left out (the section draws no chart for a count: see <see cref="IsDrawn"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The KPI is not compared.</exception>
    public static ChartFigure Chart(MonthlyReportModel model, string kpiId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var c = Require(model);
        var rows = RowsOf(model, kpiId);
        var def = model.Results.Catalog[kpiId];
        var regionName = c.Region?.Name ?? "Region";
        var labels = rows.Select(r => YearLabel(r.Year)).ToList();
        var comparisons = new List<ChartSeries>();
        var sized = def.Unit == KpiUnit.Count;
        if (!sized)
        {
            comparisons.Add(new ChartSeries("England", [.. rows.Select(r => r.England)]));
            comparisons.Add(new ChartSeries(regionName, [.. rows.Select(r => r.Region)]));
        }
        comparisons.Add(new ChartSeries("Neighbours' mean", [.. rows.Select(r => r.NeighboursMean)]));
        var last = rows[^1];
        string V(double? v) => ReportText.Value(v, def.Unit);
        var description = $"{CouncilSeries(c)} in {YearLabel(last.Year)}: {V(last.Value)}; "
            + (sized ? string.Empty : $"England {V(last.England)}, {regionName} {V(last.Region)}, ")
            + string.Create(CultureInfo.InvariantCulture, $"the neighbours' mean {V(last.NeighboursMean)} (range {V(last.NeighboursMin)} to {V(last.NeighboursMax)}, {last.NeighboursN} neighbours).")
            + (sized ? " England and the region are not drawn: a count depends on the council's size (the tables have them)." : string.Empty);
        return ReportCharts.Trend(new TrendChartOptions
        {
            Title = $"{def.Title}: how we compare",
            Description = description,
            XLabels = labels,
            Series = new ChartSeries(CouncilSeries(c), [.. rows.Select(r => r.Value)]),
            Comparisons = comparisons,
            Band = new ChartBand(RangeName, [.. rows.Select(r => r.NeighboursMin)], [.. rows.Select(r => r.NeighboursMax)]),
            XAxisTitle = "Year to 31 March",
            YAxisTitle = KpiTrendChart.UnitName(def),
            ValueFormat = ReportText.ValueFormat(def.Unit),
            Height = 340,
        });
    }

    /// <summary>
    /// Whether the section draws a KPI against the other areas: not for a count (children on a plan, referrals), which
    /// depends on the council's size, so that Kent's or England's numbers would flatten the council's line; the tables
    /// have the published counts, and a rate per 10,000 children is the comparable figure.
    /// </summary>
    public static bool IsDrawn(KpiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Unit != KpiUnit.Count;
    }

    /// <summary>The sentence in place of a count's chart (see <see cref="IsDrawn"/>).</summary>
    public static string NotDrawnText(KpiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return $"{definition.Title} is a count, which depends on a council's size, so it is not drawn against England, the region or the neighbours; the tables give the published counts, and a rate per 10,000 children is the figure to compare.";
    }

    /// <summary>What is compared with what for one KPI: the published measure and how the definitions differ.</summary>
    public static string MeasureNote(string kpiId, string measure)
    {
        ArgumentNullException.ThrowIfNull(kpiId);
        var difference = BenchmarkMappings.All.FirstOrDefault(m => m.KpiId == kpiId && m.Measure == measure)?.Difference;
        return $"Published measure {measure}." + (string.IsNullOrEmpty(difference) ? string.Empty : " " + difference);
    }

    /// <summary>
    /// One KPI's comparison, as notebook 07 shows it: the chart, the note on the measure, the KPI's years and, when
    /// the data gives the KPI no value, why; or the sentence saying why there is no comparison at all.
    /// </summary>
    public IHtmlRenderable Kpi(string kpiId)
    {
        ArgumentNullException.ThrowIfNull(kpiId);
        if (ReportAvailability.HowWeCompare(_model) is { } none)
        {
            return new UnavailableSection(SectionTitle, none);
        }
        var c = _model.Comparison!;
        if (!c.KpiIds.Contains(kpiId, StringComparer.Ordinal))
        {
            var title = _model.Results.Contains(kpiId) ? _model.Results.Catalog[kpiId].Title : kpiId;
            return new UnavailableSection(SectionTitle,
                $"{title} has no published counterpart, so it is not compared. The KPIs compared are {string.Join(", ", c.KpiIds)}; docs/benchmarking.md lists the mappings.");
        }
        return new Parts(w => WriteKpi(w, kpiId, withTable: true));
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (ReportAvailability.HowWeCompare(_model) is { } none)
        {
            writer.Paragraph(none, "meta unavailable");
            WritePeers(writer);
            return;
        }
        var c = _model.Comparison!;
        writer.Paragraph(Introduction(c));
        writer.Write(LatestTable(_model));
        writer.Write(YearsTable(_model));
        var counts = c.KpiIds.Select(id => _model.Results.Catalog[id]).Where(d => !IsDrawn(d)).ToList();
        if (counts.Count > 0)
        {
            writer.Paragraph($"Counts ({string.Join("; ", counts.Select(d => d.Title))}) depend on a council's size, so they are in the tables but not drawn against the other areas; a rate per 10,000 children is the figure to compare.", "meta");
        }
        foreach (var id in c.KpiIds.Where(id => IsDrawn(_model.Results.Catalog[id])))
        {
            WriteKpi(writer, id, withTable: false);
        }
        WritePeers(writer);
    }

    /// <summary>The introduction to the stack's comparison: which councils, which month, how the figures are made and read.</summary>
    public static string PeersIntroduction(PeerComparison peers)
    {
        ArgumentNullException.ThrowIfNull(peers);
        return string.Create(CultureInfo.InvariantCulture,
            $"Council {peers.Council} beside the {peers.Peers.Count} other councils of the data it was loaded from ({string.Join(", ", peers.Peers)}) in {peers.Month.ToLongString()}: every council's KPIs are computed by the kit from its own rows, with the same settings. ")
            + "The figure is the one each KPI is rated on (the month's, or the year to date's); rank 1 is the best by the KPI's polarity among the councils with a figure; counts, which depend on a council's size, and KPIs with no better direction are not ranked.";
    }

    /// <summary>The stack's table: per KPI the council's figure, the other councils' median, lowest and highest, and its rank of N.</summary>
    public static HtmlTable PeersTable(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var peers = model.Peers ?? throw new ArgumentException("The model has no councils to compare with.", nameof(model));
        return new HtmlTable(string.Create(CultureInfo.InvariantCulture, $"Council {peers.Council} and the other councils of the data, {peers.Month.ToLongString()}"),
            ["KPI", new TableColumn($"Council {peers.Council}", ColumnAlign.Right), new TableColumn("Others' median", ColumnAlign.Right),
             new TableColumn("Lowest", ColumnAlign.Right), new TableColumn("Highest", ColumnAlign.Right), new TableColumn("Rank", ColumnAlign.Right)],
            [.. peers.Rows.Select(r =>
            {
                var def = model.Results.Catalog[r.KpiId];
                return (IReadOnlyList<TableCell>)[
                    def.Title,
                    TableCell.Text(ReportText.Value(r.Value, def.Unit)),
                    TableCell.Text(ReportText.Value(r.Median, def.Unit)),
                    TableCell.Text(ReportText.Value(r.Lowest, def.Unit)),
                    TableCell.Text(ReportText.Value(r.Highest, def.Unit)),
                    TableCell.Text(r.Rank is { } rank ? string.Create(CultureInfo.InvariantCulture, $"{rank} of {r.Of}") : "\u2013"),
                ];
            })]);
    }

    private void WritePeers(HtmlWriter writer)
    {
        if (_model.Peers is not { } peers)
        {
            return;
        }
        writer.Paragraph(PeersIntroduction(peers));
        writer.Write(PeersTable(_model));
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }

    private void WriteKpi(HtmlWriter writer, string kpiId, bool withTable)
    {
        var rows = RowsOf(_model, kpiId);
        if (rows.All(r => r.Value is null) && _model.Row(kpiId) is not null && ReportAvailability.Kpi(_model, kpiId) is { } why)
        {
            writer.Paragraph(why, "meta");
        }
        var def = _model.Results.Catalog[kpiId];
        if (IsDrawn(def))
        {
            writer.Write(Chart(_model, kpiId));
            writer.Paragraph(MeasureNote(kpiId, rows[0].Measure), "meta");
        }
        else if (withTable)
        {
            writer.Paragraph(NotDrawnText(def) + " " + MeasureNote(kpiId, rows[0].Measure), "meta");
        }
        if (withTable)
        {
            writer.Write(YearsTable(_model, kpiId));
        }
    }

    private static string CouncilSeries(HowWeCompareResult c) => $"{c.Council.Name} (this data)";

    private static HowWeCompareResult Require(MonthlyReportModel model)
        => model.Comparison ?? throw new ArgumentException(ReportAvailability.HowWeCompare(model) ?? "The model has no comparison.", nameof(model));

    private static IReadOnlyList<BenchmarkRow> RowsOf(MonthlyReportModel model, string kpiId)
    {
        var rows = Require(model).RowsOf(kpiId);
        return rows.Count > 0 ? rows : throw new ArgumentException($"'{kpiId}' is not compared with the published figures (no mapping, or not in the model).", nameof(kpiId));
    }

    private static List<TableColumn> Columns(HowWeCompareResult c, bool withYear)
    {
        var columns = new List<TableColumn> { "KPI" };
        if (withYear)
        {
            columns.Add(new TableColumn("Year", ColumnAlign.Right));
        }
        columns.AddRange([
            new TableColumn("Value", ColumnAlign.Right), new TableColumn("England", ColumnAlign.Right), new TableColumn(c.Region?.Name ?? "Region", ColumnAlign.Right),
            new TableColumn("Neighbours' mean (n)", ColumnAlign.Right), new TableColumn("Rank", ColumnAlign.Right), "Quartile", "Measure"]);
        return columns;
    }

    private static IReadOnlyList<TableCell> Cells(MonthlyReportModel model, BenchmarkRow r, bool withYear)
    {
        var unit = model.Results.Catalog[r.KpiId].Unit;
        var cells = new List<TableCell> { model.Results.Catalog[r.KpiId].Title };
        if (withYear)
        {
            cells.Add(YearLabel(r.Year));
        }
        cells.AddRange([
            TableCell.Text(ReportText.Value(r.Value, unit)),
            TableCell.Text(ReportText.Value(r.England, unit)),
            TableCell.Text(ReportText.Value(r.Region, unit)),
            TableCell.Text(r.NeighboursMean is null ? "\u2013" : string.Create(CultureInfo.InvariantCulture, $"{ReportText.Value(r.NeighboursMean, unit)} ({r.NeighboursN})")),
            TableCell.Text(r.Rank is { } rank && r.Of is { } of ? string.Create(CultureInfo.InvariantCulture, $"{rank} of {of}") : "\u2013"),
            TableCell.Text(r.Quartile?.ToString() ?? "\u2013"),
            TableCell.Text(r.Measure),
        ]);
        return cells;
    }

    /// <summary>Parts written one after the other.</summary>
    private sealed class Parts(Action<HtmlWriter> write) : IHtmlRenderable
    {
        public void WriteHtml(HtmlWriter writer) => write(writer);
    }
}
