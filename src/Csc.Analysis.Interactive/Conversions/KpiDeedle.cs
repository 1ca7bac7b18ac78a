using Csc.Analysis.Kpis;
using Deedle;

namespace Csc.Analysis.Interactive.Conversions;

/// <summary>Which figure of a KPI result to put in a series.</summary>
public enum KpiFigure
{
    /// <summary>The KPI's value.</summary>
    Value,
    /// <summary>The numerator (the count, for counts).</summary>
    Numerator,
    /// <summary>The denominator.</summary>
    Denominator,
    /// <summary>The year-to-date value.</summary>
    YtdValue,
    /// <summary>The target.</summary>
    Target,
}

/// <summary>
/// KPI monthly series as Deedle series and frames, keyed by the first day of each month. A month
/// without a value is a missing value (Deedle treats NaN as missing).
/// </summary>
public static class KpiDeedle
{
    /// <summary>One KPI's monthly <paramref name="figure"/>.</summary>
    public static Series<DateTime, double> ToSeries(this KpiResults results, string kpiId, KpiFigure figure = KpiFigure.Value)
    {
        ArgumentNullException.ThrowIfNull(results);
        var series = results[kpiId];
        return new Series<DateTime, double>(
            series.Results.Select(r => r.Month.FirstDay.ToDateTime(TimeOnly.MinValue)),
            series.Results.Select(r => Pick(r, figure) ?? double.NaN));
    }

    /// <summary>Several KPIs (default: all) as columns of a frame, one row per month.</summary>
    public static Frame<DateTime, string> ToFrame(this KpiResults results, IEnumerable<string>? kpiIds = null, KpiFigure figure = KpiFigure.Value)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ids = kpiIds?.ToList() ?? [.. results.Series.Select(s => s.Id)];
        return Frame.FromColumns(ids.Select(id => KeyValuePair.Create(id, results.ToSeries(id, figure))));
    }

    private static double? Pick(KpiResult r, KpiFigure figure) => figure switch
    {
        KpiFigure.Value => r.Value,
        KpiFigure.Numerator => r.Numerator,
        KpiFigure.Denominator => r.Denominator,
        KpiFigure.YtdValue => r.YtdValue,
        KpiFigure.Target => r.Target,
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "Unknown KPI figure."),
    };
}
