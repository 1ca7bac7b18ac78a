using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Statistics.Forecasting;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>The looked-after forecast chart and method names, shared by the monthly report and the notebooks.</summary>
internal static class LacForecastChart
{
    /// <summary>The forecast with 80% and 95% intervals after the last 24 months of history.</summary>
    public static ChartFigure Build(LacForecast forecast)
    {
        var points = forecast.Result.Points;
        var last = forecast.History[^1];
        var forecastLabels = points.Select(p => ReportText.ShortMonth(last.PlusMonths(p.Step))).ToList();
        var historyStart = Math.Max(0, forecast.History.Count - 24);
        var historyLabels = forecast.History.Skip(historyStart).Select(ReportText.ShortMonth).ToList();
        return ChartLayout.Tidy(ReportCharts.Forecast(new ForecastChartOptions
        {
            Title = "Looked-after children: actual and forecast",
            HistoryLabels = historyLabels,
            History = [.. forecast.Values.Skip(historyStart).Select(v => (double?)v)],
            ForecastLabels = forecastLabels,
            Mean = [.. points.Select(p => p.Mean)],
            Lower80 = [.. points.Select(p => p.Lower80)],
            Upper80 = [.. points.Select(p => p.Upper80)],
            Lower95 = [.. points.Select(p => p.Lower95)],
            Upper95 = [.. points.Select(p => p.Upper95)],
            YAxisTitle = "Children looked after",
            ValueFormat = "0",
            Height = 360,
        }), [.. historyLabels, .. forecastLabels]);
    }

    /// <summary>A forecasting method in words.</summary>
    public static string MethodName(ForecastMethod method) => method switch
    {
        ForecastMethod.SeasonalNaive => "seasonal naive",
        ForecastMethod.HoltWintersAdditive => "Holt\u2013Winters (additive seasonality)",
        ForecastMethod.HoltWintersMultiplicative => "Holt\u2013Winters (multiplicative seasonality)",
        ForecastMethod.Holt => "Holt's linear trend",
        _ => "simple exponential smoothing",
    };
}
