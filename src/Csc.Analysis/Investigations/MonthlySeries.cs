using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>A KPI's monthly values from <see cref="Start"/>, one per consecutive month (NaN where there is no value).</summary>
public sealed record MonthlySeries(string Name, ReportingMonth Start, IReadOnlyList<double> Values)
{
    /// <summary>The last month of the series.</summary>
    public ReportingMonth End => Start.PlusMonths(Values.Count - 1);

    /// <summary>The value for <paramref name="month"/> (an <see cref="ArgumentOutOfRangeException"/> outside the series).</summary>
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
