using System.Globalization;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// The ICPC recording investigation: its finding, the systematic recording patterns and the chart
/// of ICPC timeliness as recorded, with recording problems corrected and with the affected rows
/// left out; or why the investigation did not run.
/// </summary>
public sealed class IcpcRecordingSection : IReportSection
{
    private readonly MonthlyReportModel _model;

    /// <summary>The section for <paramref name="model"/>'s investigation result.</summary>
    public IcpcRecordingSection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => "Investigation: ICPC recording";

    /// <summary>ICPC timeliness by month as recorded, with recording problems corrected and with affected rows left out (the last <paramref name="months"/> months), against <paramref name="target"/>.</summary>
    public static ChartFigure RecordedVersusCorrectedChart(IcpcRecordingResult result, double? target, int months = 24)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Timeliness.TakeLast(months).ToList();
        static double? P(double v) => double.IsFinite(v) ? v : null;
        return ChartLayout.Tidy(ReportCharts.Trend(new TrendChartOptions
        {
            Title = "ICPCs within timescale: as recorded and with recording problems corrected",
            XLabels = [.. rows.Select(t => ReportText.ShortMonth(t.Month))],
            Series = new ChartSeries("As recorded", [.. rows.Select(t => P(t.RecordedPct))]),
            Comparisons = [new ChartSeries("Recording corrected", [.. rows.Select(t => P(t.CorrectedPct))]), new ChartSeries("Affected rows left out", [.. rows.Select(t => P(t.ExcludedPct))])],
            Target = target,
            YAxisTitle = "Percent",
            ValueFormat = "0.0",
            Height = 340,
        }));
    }

    /// <summary>
    /// How much of the month-on-month change in ICPC timeliness the recording problems explain: the
    /// recorded change, the change once corrected, and the share of the recorded change that goes
    /// away with the correction (1 - corrected change / recorded change).
    /// </summary>
    public static string ExplainedShareText(IcpcRecordingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (ReportAvailability.IcpcTimeliness(result) is { } none)
        {
            return none;
        }
        var recorded = result.RecordedPct - result.PreviousRecordedPct;
        var corrected = result.CorrectedPct - result.PreviousCorrectedPct;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"As recorded, ICPCs within timescale went from {result.PreviousRecordedPct:0.#}% in {result.Month.Previous.ToLongString()} to {result.RecordedPct:0.#}% in {result.Month.ToLongString()} ({recorded:+0.#;-0.#;0} points). With the systematic recording problems corrected they went from {result.PreviousCorrectedPct:0.#}% to {result.CorrectedPct:0.#}% ({corrected:+0.#;-0.#;0} points).");
        if (!double.IsFinite(recorded) || !double.IsFinite(corrected) || Math.Abs(recorded) < 0.05)
        {
            return text + " The recorded change is too small or missing to split.";
        }
        var share = 1 - (corrected / recorded);
        return text + string.Create(CultureInfo.InvariantCulture, $" Recording explains {100 * share:0}% of the recorded change; the remaining {100 * (1 - share):0}% is a change in when conferences were held.");
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_model.IcpcRecording is not { } r)
        {
            writer.Paragraph(ReportAvailability.IcpcRecording(_model), "meta unavailable");
            return;
        }
        if (!double.IsFinite(r.RecordedPct) && ReportAvailability.IcpcTimeliness(r) is { } none)
        {
            writer.Paragraph(none, "meta unavailable");
        }
        else
        {
            writer.Paragraph(r.Finding);
        }
        if (r.Findings.Count > 0)
        {
            writer.Write(new HtmlTable("Systematic recording patterns",
                ["Rule", "Group", "Started", new TableColumn("Rows flagged", ColumnAlign.Right), new TableColumn("Share of the change explained (points)", ColumnAlign.Right), "Finding"],
                [.. r.Findings.Select(f => (IReadOnlyList<TableCell>)[
                    f.Rule.Id, $"{KpiDimensions.Id(f.Pattern.GroupBy)}: {f.Pattern.Group}",
                    f.Pattern.StartMonth is { } m ? m.ToLongString() : "\u2013",
                    TableCell.Number((long)f.RowsFlagged), TableCell.Number(f.ExplainedPoints, "0.#"), f.Text])]));
        }
        if (r.Timeliness.Any(t => double.IsFinite(t.RecordedPct)))
        {
            var target = _model.Results.Catalog.TryGet(KpiIds.IcpcWithin15WdPct, out var def) ? def.Rag?.Target : null;
            writer.Write(RecordedVersusCorrectedChart(r, target));
        }
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
