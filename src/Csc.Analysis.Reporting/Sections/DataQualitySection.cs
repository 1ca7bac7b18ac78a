using Csc.Analysis.Investigations;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// Data quality over time: the finding, the trend in the share of records with an issue by table,
/// and the teams whose trend is significant after adjustment for multiple testing.
/// </summary>
public sealed class DataQualitySection : IReportSection
{
    private readonly DataQualityResult _result;

    /// <summary>The section for a data-quality result (the report's is <see cref="MonthlyReportModel.DataQuality"/>).</summary>
    public DataQualitySection(DataQualityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _result = result;
    }

    /// <inheritdoc />
    public string Title => "Data quality";

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var dq = _result;
        writer.Paragraph(dq.Finding);
        var trends = dq.Trends.Where(t => t.Team == DataQuality.All).OrderBy(t => t.AdjustedPValue).ThenBy(t => t.Table, StringComparer.Ordinal).ToList();
        if (trends.Count > 0)
        {
            writer.Write(new HtmlTable("Trend in the share of records with a data-quality issue, by table",
                ["Table", "Months", new TableColumn("Records", ColumnAlign.Right), new TableColumn("With issues", ColumnAlign.Right),
                 new TableColumn("Change (points a month)", ColumnAlign.Right), new TableColumn("Adjusted p", ColumnAlign.Right), "Direction"],
                [.. trends.Select(t => (IReadOnlyList<TableCell>)[
                    t.Table, $"{ReportText.ShortMonth(t.From)} to {ReportText.ShortMonth(t.To)}", TableCell.Number((long)t.Records), TableCell.Number((long)t.RecordsWithIssues),
                    TableCell.Number(t.SlopePointsPerMonth, "0.00"), TableCell.Number(t.AdjustedPValue, "0.000"), t.Direction])]));
        }
        var worse = dq.Trends.Where(t => t.Team != DataQuality.All && t.AdjustedPValue < 0.05).OrderBy(t => t.AdjustedPValue).ThenBy(t => t.Team, StringComparer.Ordinal).ToList();
        if (worse.Count > 0)
        {
            writer.Write(new HtmlTable("Teams with a significant trend (adjusted p below 0.05)",
                ["Table", "Team", new TableColumn("Change (points a month)", ColumnAlign.Right), new TableColumn("Adjusted p", ColumnAlign.Right), "Direction"],
                [.. worse.Select(t => (IReadOnlyList<TableCell>)[t.Table, t.Team, TableCell.Number(t.SlopePointsPerMonth, "0.00"), TableCell.Number(t.AdjustedPValue, "0.000"), t.Direction])]));
        }
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
