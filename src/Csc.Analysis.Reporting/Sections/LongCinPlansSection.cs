using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>CIN plans open for more than 12 months: the month's share, the durations finding and the open plans by team.</summary>
public sealed class LongCinPlansSection : IReportSection
{
    private readonly MonthlyReportModel _model;

    /// <summary>The section for <paramref name="model"/>.</summary>
    public LongCinPlansSection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => "CIN plans open for more than 12 months";

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (ReportAvailability.LongCinPlans(_model) is { } none)
        {
            writer.Paragraph(none, "meta unavailable");
            return;
        }
        if (_model.Row(KpiIds.CinPlansOver12mPct) is { Comparison.Current.Value: { } pct } row)
        {
            writer.Paragraph($"{ReportText.Value(pct, KpiUnit.Percent)} of CIN plans open at the end of {_model.Month.ToLongString()} had been open for more than 12 months (last month {ReportText.Value(row.Comparison.LastMonth?.Value, KpiUnit.Percent)}).");
        }
        writer.Paragraph(_model.Durations.Finding);
        var cin = _model.Durations.LongOpen.Where(l => l.Kind == Durations.CinPlan && l.Open > 0).OrderByDescending(l => l.Share).ThenBy(l => l.Team, StringComparer.Ordinal).ToList();
        if (cin.Count > 0)
        {
            writer.Write(new HtmlTable("Open CIN plans by team",
                ["Team", new TableColumn("Open", ColumnAlign.Right), new TableColumn("Open over 12 months", ColumnAlign.Right), new TableColumn("Share", ColumnAlign.Right)],
                [.. cin.Select(l => (IReadOnlyList<TableCell>)[l.Team, TableCell.Number((long)l.Open), TableCell.Number((long)l.OverTwelveMonths), TableCell.Text(ReportText.Value(100 * l.Share, KpiUnit.Percent))])]));
        }
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
