using System.Globalization;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// The data-quality appendix: what loading found, every row rejected or questioned while loading,
/// the records the KPI calculations could not use, and how many records break each data-quality rule.
/// </summary>
public sealed class AppendixSection : IReportSection
{
    /// <summary>Rows of a detail table shown before "and N more" (counts always cover all).</summary>
    public const int MaxDetailRows = 200;

    private readonly MonthlyReportModel _model;

    /// <summary>The appendix for <paramref name="model"/>.</summary>
    public AppendixSection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => "Appendix: data quality";

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var load = _model.Load;
        writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Loading the data ({load.Format.ToString().ToLowerInvariant()}) found {load.ErrorCount} error(s) and {load.WarningCount} warning(s). Rows with errors were left out of every figure in this report; rows with warnings were used."));
        writer.Section("Rows rejected or questioned while loading", s => s.Write(new DataIssueTable(load.Issues) { MaxRows = MaxDetailRows }));
        writer.Section("Records left out of KPIs", s =>
        {
            s.Paragraph("Records the KPI calculations could not use (for example an ICPC dated before its strategy discussion).");
            s.Write(new DataIssueTable(_model.Results.Issues) { MaxRows = MaxDetailRows });
        });
        writer.Section("Data-quality rules", s =>
        {
            var counts = _model.DataQuality.Issues.GroupBy(i => i.RuleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            s.Write(new HtmlTable("Records breaking each data-quality rule",
                ["Rule", "Table", "Severity", "What it checks", new TableColumn("Records", ColumnAlign.Right)],
                [.. _model.DataQuality.Rules.Select(r => (IReadOnlyList<TableCell>)[
                    r.Id, r.Table, r.Severity.ToString(), r.Description, TableCell.Number((long)counts.GetValueOrDefault(r.Id))])]));
        });
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
