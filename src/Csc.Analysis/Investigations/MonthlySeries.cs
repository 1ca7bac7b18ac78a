using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>A KPI's monthly values from <see cref="Start"/>, one per consecutive month (NaN where there is no value).</summary>
public sealed record MonthlySeries(string Name, ReportingMonth Start, IReadOnlyList<double> Values)
{
    public ReportingMonth End => Start.PlusMonths(Values.Count - 1);

    public double this[ReportingMonth month]
    {
        get
        {
            var i = month.Index - Start.Index;
            return i >= 0 && i < Values.Count ? Values[i] : double.NaN;
        }
    }

    /// <summary>A series from (month, value) pairs; missing months in between are NaN.</summary>
    public static MonthlySeries From(string name, IEnumerable<(ReportingMonth Month, double Value)> points)
    {
        var list = points.OrderBy(p => p.Month).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException($"The series '{name}' has no values.", nameof(points));
        }
        var start = list[0].Month;
        var values = Enumerable.Repeat(double.NaN, list[^1].Month.Index - start.Index + 1).ToArray();
        foreach (var (m, v) in list)
        {
            values[m.Index - start.Index] = v;
        }
        return new MonthlySeries(name, start, values);
    }
}

/// <summary>
/// Removes a fixed monthly seasonal pattern the classical way: a centred 2×12 moving average as the
/// trend, the mean detrended value of each calendar month (centred to sum to zero) as the seasonal
/// part, subtracted from the data. Needs at least two full years without gaps.
/// </summary>
public static class MonthlySeasonality
{
    public static double[] RemoveClassical(IReadOnlyList<double> values, ReportingMonth start, int period = 12)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        if (n < 2 * period)
        {
            throw new ArgumentException($"Removing seasonality needs at least {2 * period} months; the series has {n}.", nameof(values));
        }
        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Removing seasonality needs a value for every month; the series has gaps.", nameof(values));
        }
        var half = period / 2;
        var sums = new double[period];
        var counts = new int[period];
        for (var t = half; t < n - half; t++)
        {
            double ma = 0;
            for (var k = -half; k <= half; k++)
            {
                var w = (k == -half || k == half) && period % 2 == 0 ? 0.5 : 1.0;
                ma += w * values[t + k];
            }
            ma /= period;
            var s = (start.Index + t) % period;
            sums[s] += values[t] - ma;
            counts[s]++;
        }
        var seasonal = new double[period];
        for (var s = 0; s < period; s++)
        {
            seasonal[s] = counts[s] == 0 ? 0 : sums[s] / counts[s];
        }
        var mean = seasonal.Average();
        var result = new double[n];
        for (var t = 0; t < n; t++)
        {
            result[t] = values[t] - (seasonal[(start.Index + t) % period] - mean);
        }
        return result;
    }
}
