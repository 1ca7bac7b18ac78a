using Csc.Analysis.Disclosure;
using Csc.Analysis.Inspection;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.Inspection;

/// <summary>
/// One Annex A list: its headline figures, a bar chart (with its table) for each set of duration bins, the
/// quartiles, each mix and the cohort's demographics.
/// </summary>
/// <param name="result">The pack.</param>
/// <param name="list">The Annex A list.</param>
/// <param name="disclosed">The pack under disclosure control for a public page; null for an internal one.</param>
public sealed class InspectionListSection(InspectionResult result, string list, DisclosedInspection? disclosed = null) : IReportSection
{
    private readonly InspectionResult _result = result ?? throw new ArgumentNullException(nameof(result));

    /// <inheritdoc />
    public string Title => InspectionLists.Title(list);

    /// <summary>True when the list has any measure.</summary>
    public bool HasMeasures => _result.Of(list).Any();

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var measures = _result.Of(list).ToList();
        if (measures.Count == 0)
        {
            writer.Paragraph("The input does not carry this list: no measures.");
            return;
        }
        var headline = measures.Where(m => m.Category.Length == 0).ToList();
        writer.Write(new HtmlTable($"{Title}: headline figures", ["Measure", "Id", new TableColumn("Value", ColumnAlign.Right), new TableColumn("Of", ColumnAlign.Right)],
            [.. headline.Select(m => (IReadOnlyList<TableCell>)[InspectionMeasureTitles.Title(m.MeasureId), m.MeasureId, Value(m), Of(m)])]));
        foreach (var group in measures.Where(m => m.Category.Length > 0).GroupBy(m => m.MeasureId, StringComparer.Ordinal))
        {
            var items = group.ToList();
            var title = InspectionMeasureTitles.Title(group.Key);
            if (group.Key.EndsWith("_bins", StringComparison.Ordinal))
            {
                writer.Write(ReportCharts.Bar(new BarChartOptions
                {
                    Title = title,
                    Description = $"{title}: the share in each bin ({_result.Convention.Name()} convention).",
                    Categories = [.. items.Select(m => m.Category)],
                    Series = [new ChartSeries("Share (%)", [.. items.Select(m => disclosed is null ? m.Value : disclosed.Of(m).Value.Value)])],
                    XAxisTitle = "Working days",
                    YAxisTitle = "%",
                    ValueFormat = "0.0",
                    Height = 300,
                }));
                writer.RequirePlotly();
                continue;
            }
            if (group.Key.EndsWith("_age_sex", StringComparison.Ordinal))
            {
                WriteAgeSex(writer, title, items, disclosed);
                continue;
            }
            var shown = group.Key.EndsWith("_percentile", StringComparison.Ordinal) ? items : items.Where(m => m.Numerator is not 0 || !IsDemographic(group.Key)).ToList();
            writer.Write(new HtmlTable(title, ["Group", new TableColumn("Value", ColumnAlign.Right), new TableColumn("Count", ColumnAlign.Right), new TableColumn("Of", ColumnAlign.Right)],
                [.. shown.Select(m => (IReadOnlyList<TableCell>)[m.Category, Value(m), Count(m, d => d.Numerator, m.Numerator), Count(m, d => d.Denominator, m.Denominator)])]));
        }
    }

    private TableCell Value(InspectionMeasure m) => disclosed is null ? InspectionReport.ValueCell(m) : InspectionReport.ValueCell(m, disclosed.Of(m).Value);

    private TableCell Of(InspectionMeasure m) => disclosed is null ? InspectionReport.OfCell(m) : InspectionReport.OfCell(disclosed.Of(m));

    private TableCell Count(InspectionMeasure m, Func<DisclosedInspectionMeasure, DisclosedValue?> part, long? raw)
        => disclosed is null ? TableCell.Number(raw) : InspectionReport.CountCell(part(disclosed.Of(m)));

    private static bool IsDemographic(string id) => id.EndsWith("_ethnicity", StringComparison.Ordinal) || id.EndsWith("_disability", StringComparison.Ordinal);

    private static void WriteAgeSex(HtmlWriter writer, string title, IReadOnlyList<InspectionMeasure> items, DisclosedInspection? disclosed)
    {
        if (disclosed is not null)
        {
            WritePublicAgeSex(writer, title, items, disclosed);
            return;
        }
        var byCategory = items.ToDictionary(m => m.Category, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var band in InspectionDemographics.AgeBands)
        {
            var cells = new List<TableCell> { band };
            long total = 0;
            foreach (var sex in InspectionDemographics.Sexes)
            {
                var n = byCategory.TryGetValue($"{band} {sex}", out var m) ? m.Numerator ?? 0 : 0;
                total += n;
                cells.Add(TableCell.Number(n));
            }
            cells.Add(TableCell.Number(total));
            if (total > 0)
            {
                rows.Add(cells);
            }
        }
        writer.Write(new HtmlTable(title, ["Age", .. InspectionDemographics.Sexes.Select(s => new TableColumn(s, ColumnAlign.Right)), new TableColumn("All", ColumnAlign.Right)], rows));
    }

    // The public grid: each child count and each band's total as published (c where withheld); a band with no children is left out.
    private static void WritePublicAgeSex(HtmlWriter writer, string title, IReadOnlyList<InspectionMeasure> items, DisclosedInspection disclosed)
    {
        var byCategory = items.ToDictionary(m => m.Category, StringComparer.Ordinal);
        var id = items[0].MeasureId;
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var band in InspectionDemographics.AgeBands)
        {
            if (!disclosed.AgeBandTotals.TryGetValue((id, band), out var total))
            {
                continue;
            }
            var cells = new List<TableCell> { band };
            foreach (var sex in InspectionDemographics.Sexes)
            {
                cells.Add(byCategory.TryGetValue($"{band} {sex}", out var m) ? InspectionReport.CountCell(disclosed.Of(m).Numerator) : TableCell.Number(0L));
            }
            cells.Add(InspectionReport.CountCell(total));
            rows.Add(cells);
        }
        writer.Write(new HtmlTable(title, ["Age", .. InspectionDemographics.Sexes.Select(s => new TableColumn(s, ColumnAlign.Right)), new TableColumn("All", ColumnAlign.Right)], rows));
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
