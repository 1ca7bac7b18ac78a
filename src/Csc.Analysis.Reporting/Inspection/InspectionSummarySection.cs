using System.Globalization;
using Csc.Analysis.Inspection;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.Inspection;

/// <summary>The first section: the convention, the window, the population and every list's headline figures.</summary>
/// <param name="model">The pack.</param>
/// <param name="disclosed">The pack under disclosure control for a public page; null for an internal one.</param>
public sealed class InspectionSummarySection(InspectionReportModel model, DisclosedInspection? disclosed = null) : IReportSection
{
    private readonly InspectionReportModel _model = model ?? throw new ArgumentNullException(nameof(model));

    /// <inheritdoc />
    public string Title => "Summary";

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var r = _model.Result;
        writer.Paragraph(InspectionReport.ConventionSentence(r), "callout");
        writer.Paragraph(r.Population is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"Rates per 10,000 use {p:N0} children aged 0 to 17 ({r.PopulationSource}).")
            : "No population of children aged 0 to 17 was given (--population FILE or population.csv of the extract), so rates per 10,000 are blank.");
        if (r.ListsNotCarried.Count > 0)
        {
            writer.Paragraph($"Not in the input (their measures are left out, not zero): {string.Join("; ", r.ListsNotCarried.Select(InspectionLists.Title))}.");
        }
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var m in r.Measures.Where(m => m.Category.Length == 0))
        {
            rows.Add(disclosed?.Of(m) is { } d
                ? [InspectionLists.Title(m.List), InspectionMeasureTitles.Title(m.MeasureId), m.MeasureId, InspectionReport.ValueCell(m, d.Value), InspectionReport.OfCell(d)]
                : [InspectionLists.Title(m.List), InspectionMeasureTitles.Title(m.MeasureId), m.MeasureId, InspectionReport.ValueCell(m), InspectionReport.OfCell(m)]);
        }
        writer.Write(new HtmlTable("Headline figures of every list", ["List", "Measure", "Id", new TableColumn("Value", ColumnAlign.Right), new TableColumn("Of", ColumnAlign.Right)], rows)
        {
            FirstColumnIsRowHeader = false,
        });
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
