using System.Globalization;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Reporting.Html;

/// <summary>
/// Data issues as a table: a count by severity and rule, then every issue (file, line, column,
/// value, reason). Used in notebooks (the formatter for DataIssue lists) and in reports.
/// </summary>
public sealed record DataIssueTable(IReadOnlyList<DataIssue> Issues) : IHtmlRenderable
{
    /// <summary>Show at most this many issues in the detail table (the counts always cover all).</summary>
    public int MaxRows { get; init; } = 500;

    /// <summary>Writes the element to <paramref name="writer"/>.</summary>
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Issues.Count == 0)
        {
            writer.Paragraph("No data issues.");
            return;
        }
        var counts = Issues.GroupBy(i => (i.Severity, i.RuleId))
            .OrderByDescending(g => g.Key.Severity).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<TableCell>)[g.Key.RuleId, g.Key.Severity.ToString(), TableCell.Number((long)g.Count())])
            .ToList();
        writer.Write(new HtmlTable(
            $"Data issues by rule ({Issues.Count.ToString("N0", CultureInfo.InvariantCulture)} in all)",
            ["Rule", "Severity", new TableColumn("Count", ColumnAlign.Right)],
            counts));
        var shown = Issues.Take(MaxRows)
            .Select(i => (IReadOnlyList<TableCell>)[
                i.Severity.ToString(), i.RuleId, i.File,
                i.Line is { } l ? TableCell.Number(l) : TableCell.Text(string.Empty),
                i.Column ?? string.Empty, i.Value ?? string.Empty, i.Reason])
            .ToList();
        var caption = Issues.Count > MaxRows
            ? $"The first {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} of {Issues.Count.ToString("N0", CultureInfo.InvariantCulture)} data issues"
            : "Data issues";
        writer.Write(new HtmlTable(caption, ["Severity", "Rule", "File", new TableColumn("Line", ColumnAlign.Right), "Column", "Value", "Reason"], shown)
        {
            FirstColumnIsRowHeader = false,
        });
    }
}
