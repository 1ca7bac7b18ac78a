using System.Globalization;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// The forecast of the number of looked-after children: the method chosen with the candidates'
/// hold-out errors, the last forecast month with its 80% and 95% intervals, the chart and the table
/// of forecast points; or why there is no forecast.
/// </summary>
public sealed class LacForecastSection : IReportSection
{
    private readonly MonthlyReportModel _model;

    /// <summary>The section for <paramref name="model"/>'s forecast.</summary>
    public LacForecastSection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => "Forecast: number of looked-after children";

    /// <summary>The report's paragraph: method, candidates, the last month's forecast and intervals, and what a forecast cannot know.</summary>
    public static string Sentence(LacForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var end = forecast.Result.Points[^1];
        return string.Create(CultureInfo.InvariantCulture,
            $"Method: {LacForecastChart.MethodName(forecast.Result.Method)}, chosen automatically.{Candidates(forecast)} Forecast for {forecast.History[^1].PlusMonths(end.Step).ToLongString()}: {end.Mean:0} looked-after children (80% interval {end.Lower80:0} to {end.Upper80:0}; 95% interval {end.Lower95:0} to {end.Upper95:0}). A forecast continues the pattern of the past; it does not know about changes in practice or demand.");
    }

    /// <summary>The forecast in words for a notebook cell: as <see cref="Sentence"/> with the months of history used, without the closing caveat (the notebook's limits say it).</summary>
    public static string SentenceWithHistory(LacForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var end = forecast.Result.Points[^1];
        return string.Create(CultureInfo.InvariantCulture,
            $"Method: {LacForecastChart.MethodName(forecast.Result.Method)}, chosen automatically from {forecast.Values.Count} months.{Candidates(forecast)} Forecast for {forecast.History[^1].PlusMonths(end.Step).ToLongString()}: {end.Mean:0} looked-after children (80% interval {end.Lower80:0} to {end.Upper80:0}; 95% interval {end.Lower95:0} to {end.Upper95:0}).");
    }

    private static string Candidates(LacForecast forecast) => forecast.Result.Candidates.Count == 0 ? string.Empty
        : " Candidates by mean absolute one-step error over the hold-out months: " + string.Join("; ", forecast.Result.Candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{LacForecastChart.MethodName(c.Method)} {c.MeanAbsoluteError:0.0}"))) + ".";

    /// <summary>The forecast with 80% and 95% intervals after the last 24 months of history.</summary>
    public static ChartFigure Chart(LacForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return LacForecastChart.Build(forecast);
    }

    /// <summary>The forecast points as a table: month, mean and both intervals.</summary>
    public static HtmlTable Table(LacForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var last = forecast.History[^1];
        return new HtmlTable("Forecast of looked-after children",
            ["Month", new TableColumn("Mean", ColumnAlign.Right), new TableColumn("80% from", ColumnAlign.Right), new TableColumn("80% to", ColumnAlign.Right), new TableColumn("95% from", ColumnAlign.Right), new TableColumn("95% to", ColumnAlign.Right)],
            [.. forecast.Result.Points.Select(p => (IReadOnlyList<TableCell>)[
                ReportText.ShortMonth(last.PlusMonths(p.Step)), TableCell.Number(p.Mean, "0"), TableCell.Number(p.Lower80, "0"), TableCell.Number(p.Upper80, "0"), TableCell.Number(p.Lower95, "0"), TableCell.Number(p.Upper95, "0")])]);
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_model.Forecast is not { } f)
        {
            writer.Paragraph(ReportAvailability.Forecast(_model), "meta unavailable");
            return;
        }
        writer.Paragraph(Sentence(f));
        writer.Write(Chart(f));
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
