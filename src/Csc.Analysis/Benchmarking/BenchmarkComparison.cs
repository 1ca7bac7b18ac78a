using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Benchmarking;

/// <summary>
/// Compares a council's KPIs with the published figures: for every mapped KPI and every year (ending 31 March) that
/// the results cover completely and the published data has, the kit's value, England's, the region's, the
/// neighbours' mean, the rank among the other councils and the quartile. Linear in councils × mapped KPIs × years.
/// </summary>
public static class BenchmarkComparison
{
    /// <summary>The comparison rows for <paramref name="council"/> (its DfE number), mapping by mapping, year by year.</summary>
    public static IReadOnlyList<BenchmarkRow> Compare(KpiResults results, PublishedFigures published, int council, IReadOnlyList<BenchmarkMapping>? mappings = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(published);
        var rows = new List<BenchmarkRow>();
        var years = CompleteYears(results.Months);
        var region = published.Area(council)?.RegionNumber;
        var neighbours = published.NeighboursOf(council);
        foreach (var m in mappings ?? BenchmarkMappings.All)
        {
            if (!results.Contains(m.KpiId))
            {
                continue;
            }
            var series = results[m.KpiId];
            foreach (var year in years.Where(y => published.Has(m.Measure, y)))
            {
                var march = series[new ReportingMonth(year, 3)];
                var value = !series.IsAvailable || march is null ? null
                    : series.Definition.Kind == KpiKind.Flow ? march.YtdValue : march.Value;
                var near = neighbours.Select(n => published.Value(m.Measure, year, n)).OfType<double>().ToList();
                var others = published.Councils.Where(c => c != council).Select(c => published.Value(m.Measure, year, c)).OfType<double>().ToList();
                var polarity = published.PolarityOf(m.Measure);
                var ranked = value is { } v && polarity is { } p && others.Count > 0;
                rows.Add(new BenchmarkRow
                {
                    KpiId = m.KpiId,
                    Year = year,
                    Value = value,
                    England = published.Value(m.Measure, year, PublishedFigures.EnglandNumber),
                    Region = region is { } r ? published.Value(m.Measure, year, r) : null,
                    NeighboursMean = near.Count > 0 ? near.Average() : null,
                    NeighboursN = near.Count,
                    NeighboursMin = near.Count > 0 ? near.Min() : null,
                    NeighboursMax = near.Count > 0 ? near.Max() : null,
                    Rank = ranked ? Rank(value!.Value, others, polarity!.Value) : null,
                    Of = ranked ? others.Count + 1 : null,
                    Quartile = ranked ? Quartile(value!.Value, others, polarity!.Value) : null,
                    Measure = m.Measure,
                });
            }
        }
        return rows;
    }

    /// <summary>The years (named by their 31 March) whose twelve months April to March are all in <paramref name="months"/>.</summary>
    public static IReadOnlyList<int> CompleteYears(IReadOnlyList<ReportingMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var present = months.Select(m => m.Index).ToHashSet();
        return [.. months.Where(m => m.Month == 3)
            .Select(m => m.Year)
            .Where(y => Enumerable.Range(0, 12).All(k => present.Contains(new ReportingMonth(y - 1, 4).Index + k)))
            .Distinct()
            .Order()];
    }

    /// <summary>1 + the number of <paramref name="others"/> strictly better than <paramref name="value"/> (so a tie takes the better rank).</summary>
    public static int Rank(double value, IReadOnlyList<double> others, MeasurePolarity polarity)
    {
        ArgumentNullException.ThrowIfNull(others);
        return 1 + others.Count(o => polarity == MeasurePolarity.HigherIsBetter ? o > value : o < value);
    }

    /// <summary>
    /// A to D from the lower quartile, median and upper quartile of <paramref name="others"/> (R's default
    /// quantile, type 7): for a higher-is-better measure A at or above the upper quartile, B at or above the median,
    /// C at or above the lower quartile, else D; mirrored for lower-is-better. A value on a cut point takes the
    /// better quartile.
    /// </summary>
    public static char Quartile(double value, IReadOnlyList<double> others, MeasurePolarity polarity)
    {
        ArgumentNullException.ThrowIfNull(others);
        if (others.Count == 0)
        {
            throw new ArgumentException("No other values to form quartiles from.", nameof(others));
        }
        var sorted = others.Order().ToArray();
        var q1 = Quantile(sorted, 0.25);
        var q2 = Quantile(sorted, 0.5);
        var q3 = Quantile(sorted, 0.75);
        if (polarity == MeasurePolarity.HigherIsBetter)
        {
            return value >= q3 ? 'A' : value >= q2 ? 'B' : value >= q1 ? 'C' : 'D';
        }
        return value <= q1 ? 'A' : value <= q2 ? 'B' : value <= q3 ? 'C' : 'D';
    }

    /// <summary>R's type 7 quantile of sorted values: linear between the order statistics at (n - 1) × p.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
