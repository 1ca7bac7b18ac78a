using System.Globalization;
using Csc.Analysis.Investigations;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// CIN and CP plans together: the finding of the relationship analysis, the CIN:CP ratio over the
/// last 24 months and the correlation of the two series by lag; or why they could not be compared.
/// </summary>
public sealed class CinCpBalanceSection : IReportSection
{
    private readonly MonthlyReportModel _model;

    /// <summary>The section for <paramref name="model"/>'s CIN and CP comparison.</summary>
    public CinCpBalanceSection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => "CIN and CP plans together";

    /// <summary>CIN plans per CP plan over the last 24 months of <paramref name="result"/>.</summary>
    public static ChartFigure RatioChart(SeriesRelationshipResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var recent = result.Ratio.TakeLast(24).ToList();
        return ChartLayout.Tidy(ReportCharts.Trend(new TrendChartOptions
        {
            Title = "CIN plans per CP plan",
            XLabels = [.. recent.Select(p => ReportText.ShortMonth(p.Month))],
            Series = new ChartSeries("CIN plans per CP plan", [.. recent.Select(p => (double?)(double.IsFinite(p.Ratio) ? p.Ratio : null))]),
            YAxisTitle = "Ratio",
            ValueFormat = "0.00",
            Height = 300,
        }));
    }

    /// <summary>CIN plans against CP plans month by month, each point labelled with its month.</summary>
    public static ChartFigure ScatterChart(SeriesRelationshipResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ReportCharts.Scatter(new ScatterChartOptions
        {
            Title = "CIN plans against CP plans, month by month",
            X = [.. result.Ratio.Select(p => p.Y)],
            Y = [.. result.Ratio.Select(p => p.X)],
            PointLabels = [.. result.Ratio.Select(p => p.Month.ToString())],
            XAxisTitle = "Children on CP plans",
            YAxisTitle = "Children on CIN plans",
        });
    }

    /// <summary>The correlation of CIN and CP plans at each lag, with the number of pairs and the 95% interval.</summary>
    public static HtmlTable CorrelationTable(SeriesRelationshipResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new HtmlTable("Correlation of CIN and CP plans by lag (positive lag: CIN leads)",
            [new TableColumn("Lag (months)", ColumnAlign.Right), new TableColumn("Pairs", ColumnAlign.Right), new TableColumn("r", ColumnAlign.Right), new TableColumn("95% interval", ColumnAlign.Right)],
            [.. result.Correlations.Select(c => (IReadOnlyList<TableCell>)[
                TableCell.Number((long)c.Lag), TableCell.Number((long)c.Pairs), TableCell.Number(c.R, "0.00"),
                TableCell.Text(double.IsFinite(c.Lower) ? string.Create(CultureInfo.InvariantCulture, $"{c.Lower:0.00} to {c.Upper:0.00}") : "\u2013")])]);
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_model.CinCp is not { } r)
        {
            writer.Paragraph(ReportAvailability.CinCp(_model), "meta unavailable");
            return;
        }
        writer.Paragraph(r.Finding);
        writer.Write(RatioChart(r));
        writer.Write(CorrelationTable(r));
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
