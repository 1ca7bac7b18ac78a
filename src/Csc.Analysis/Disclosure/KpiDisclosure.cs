using Csc.Analysis.Kpis;

namespace Csc.Analysis.Disclosure;

/// <summary>
/// Disclosure control of a whole KPI run, as DfE releases apply it: every count from 1 to the threshold
/// (a monthly count, numerator or denominator, and the year-to-date ones) is withheld, then secondary
/// suppression (<see cref="SmallCountSuppression"/>) withholds more cells so that no withheld one can be
/// recovered from the months and the year to date (April's YTD is April's count; each later YTD is the
/// previous YTD plus the month: the relations a reader can subtract). A rate or percentage is withheld when
/// its numerator or denominator is. Withheld figures become null in the published results (a gap in a chart)
/// with their symbol beside them; a KPI rated on a withheld figure is not rated. Population denominators
/// (rates per 10,000) are published estimates and are not suppressed.
/// </summary>
public static class KpiDisclosure
{
    private const double Tolerance = 1e-9;

    /// <summary>The publishable form of <paramref name="results"/>. The data issues are not carried over (they name records).</summary>
    public static DisclosedKpiResults Apply(KpiResults results, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var series = new List<KpiSeries>(results.Series.Count);
        var rows = new Dictionary<string, DisclosedKpiResult[]>(StringComparer.Ordinal);
        var tables = new Dictionary<string, SuppressionResult>(StringComparer.Ordinal);
        foreach (var s in results.Series)
        {
            var (disclosed, table) = Series(s, options);
            rows[s.Id] = disclosed;
            tables[s.Id] = table;
            series.Add(new KpiSeries(s.Definition, s.From, [.. disclosed.Select(d => d.Result)], s.IsAvailable));
        }
        return new DisclosedKpiResults(new KpiResults(results.Catalog, results.Months, series, []), options, rows, tables);
    }

    /// <summary>The scale of a rate: 100 for a percentage, 10,000 for a rate per 10,000, 1 for a ratio or a count.</summary>
    public static double Scale(KpiUnit unit) => unit switch
    {
        KpiUnit.Percent => 100,
        KpiUnit.RatePer10k => 10_000,
        _ => 1,
    };

    private sealed class Cells
    {
        public int? N;
        public int? D;
        public int? Yn;
        public int? Yd;
    }

    private static (DisclosedKpiResult[] Rows, SuppressionResult Table) Series(KpiSeries series, DisclosureOptions options)
    {
        var def = series.Definition;
        var results = series.Results;
        var table = new SuppressionTable();
        var cells = new Cells[results.Count];
        var suppressDenominator = def.HasDenominator && !def.DenominatorIsPopulation;
        var ytd = def.YtdRule != KpiYtdRule.None;
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var c = cells[i] = new Cells();
            var month = r.Month.ToString();
            var n = def.Unit == KpiUnit.Count ? (double?)r.Numerator ?? r.Value : r.Numerator;
            c.N = Cell(table, $"{def.Id} {month} numerator", n);
            if (suppressDenominator)
            {
                c.D = Cell(table, $"{def.Id} {month} denominator", r.Denominator);
            }
            if (ytd)
            {
                var yn = def.Unit == KpiUnit.Count ? (double?)r.YtdNumerator ?? r.YtdValue : r.YtdNumerator;
                c.Yn = Cell(table, $"{def.Id} {month} ytd numerator", yn);
                if (suppressDenominator)
                {
                    c.Yd = Cell(table, $"{def.Id} {month} ytd denominator", r.YtdDenominator);
                }
            }
        }
        if (ytd)
        {
            for (var i = 0; i < results.Count; i++)
            {
                var first = results[i].Month.Month == 4;
                var previous = i > 0 && !first ? cells[i - 1] : null;
                Chain(table, cells[i].Yn, first ? null : previous?.Yn, cells[i].N, first);
                Chain(table, cells[i].Yd, first ? null : previous?.Yd, cells[i].D, first);
            }
        }
        var suppression = SmallCountSuppression.Apply(table, options);
        var rows = new DisclosedKpiResult[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            rows[i] = Row(def, results[i], cells[i], suppression, options);
        }
        return (rows, suppression);
    }

    private static int? Cell(SuppressionTable table, string label, double? value)
        => value is { } v && double.IsFinite(v) && v >= 0 ? table.AddCell(label, v) : null;

    // The year to date is the month (April) or the previous YTD plus the month, when the figures say so.
    private static void Chain(SuppressionTable table, int? total, int? previous, int? month, bool first)
    {
        if (total is not { } t || month is not { } m)
        {
            return;
        }
        var values = table.Values;
        if (first)
        {
            if (Math.Abs(values[t] - values[m]) < Tolerance)
            {
                table.AddTotal(t, [m]);
            }
        }
        else if (previous is { } p && Math.Abs(values[t] - values[p] - values[m]) < Tolerance)
        {
            table.AddTotal(t, [p, m]);
        }
    }

    private static DisclosedKpiResult Row(KpiDefinition def, KpiResult r, Cells c, SuppressionResult s, DisclosureOptions options)
    {
        var n = Count(c.N, s);
        var yn = Count(c.Yn, s);
        DisclosedValue d, yd;
        if (def.DenominatorIsPopulation)
        {
            d = r.Denominator is { } pop ? DisclosedValue.Shown(pop) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
            yd = r.YtdDenominator is { } ypop ? DisclosedValue.Shown(ypop) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
        }
        else
        {
            d = def.HasDenominator ? Count(c.D, s) : DisclosedValue.Withheld(DisclosureSymbol.NotApplicable);
            yd = def.HasDenominator ? Count(c.Yd, s) : DisclosedValue.Withheld(DisclosureSymbol.NotApplicable);
        }
        var ytd = def.YtdRule != KpiYtdRule.None;
        var value = Value(def, r.Value, c.N, c.D, r.Denominator, n, d, s, options);
        var ytdValue = ytd ? Value(def, r.YtdValue, c.Yn, c.Yd, r.YtdDenominator, yn, yd, s, options) : DisclosedValue.Withheld(DisclosureSymbol.NotApplicable);

        var published = r with
        {
            Value = value.Value,
            Numerator = Long(n),
            Denominator = def.HasDenominator ? Long(d) : r.Denominator,
            YtdValue = ytd ? ytdValue.Value : r.YtdValue,
            YtdNumerator = ytd ? Long(yn) : r.YtdNumerator,
            YtdDenominator = ytd && def.HasDenominator ? Long(yd) : r.YtdDenominator,
        };
        if (published.RatedValue(def.RateOn) is null)
        {
            published = published with { Rag = Rag.None };
        }
        return new DisclosedKpiResult(
            published,
            value.Symbol,
            r.Numerator is null && def.Unit != KpiUnit.Count ? null : n.Symbol,
            def.HasDenominator && r.Denominator is not null ? d.Symbol : null,
            ytd ? ytdValue.Symbol : null,
            ytd && r.YtdNumerator is not null ? yn.Symbol : null,
            ytd && def.HasDenominator && r.YtdDenominator is not null ? yd.Symbol : null);
    }

    private static DisclosedValue Count(int? cell, SuppressionResult s)
        => cell is { } i ? s.Disclosed(i) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);

    private static long? Long(DisclosedValue v) => v.Value is { } x ? (long)Math.Round(x) : null;

    private static DisclosedValue Value(KpiDefinition def, double? original, int? nCell, int? dCell, long? rawDenominator,
        DisclosedValue n, DisclosedValue d, SuppressionResult s, DisclosureOptions options)
    {
        if (def.Unit == KpiUnit.Count)
        {
            return n;
        }
        if (nCell is not { } ni)
        {
            return original is null && rawDenominator == 0 ? DisclosedValue.Withheld(DisclosureSymbol.NotApplicable) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
        }
        var numerator = s.Table.Values[ni];
        var numeratorSuppressed = s.IsSuppressed(ni);
        double? denominator;
        var denominatorSuppressed = false;
        if (def.DenominatorIsPopulation)
        {
            denominator = rawDenominator;
        }
        else if (dCell is { } di)
        {
            denominator = s.Table.Values[di];
            denominatorSuppressed = s.IsSuppressed(di);
        }
        else
        {
            return rawDenominator == 0 ? DisclosedValue.Withheld(DisclosureSymbol.NotApplicable) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
        }
        if (denominator == 0)
        {
            return DisclosedValue.Withheld(DisclosureSymbol.NotApplicable);
        }
        if (def.DenominatorIsPopulation)
        {
            // The population estimate is not rounded or suppressed: only the count of children is.
            if (numeratorSuppressed || options.IsSmall(numerator))
            {
                return DisclosedValue.Withheld(DisclosureSymbol.Suppressed);
            }
            if (original is null || denominator is null)
            {
                return DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
            }
            return DisclosedValue.Shown(options.Rounding == DisclosureRounding.None ? original.Value
                : Disclose.Round(numerator, options.Rounding) * Scale(def.Unit) / denominator.Value);
        }
        var rate = Disclose.Rate(numerator, denominator, Scale(def.Unit), options, numeratorSuppressed, denominatorSuppressed);
        if (rate.IsShown && options.Rounding == DisclosureRounding.None && original is { } exact)
        {
            return exact > 0 && exact < 0.5 && def.Unit == KpiUnit.Percent ? DisclosedValue.Withheld(DisclosureSymbol.BelowHalfPercent) : DisclosedValue.Shown(exact);
        }
        return rate;
    }
}
