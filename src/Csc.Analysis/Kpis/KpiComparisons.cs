using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>A KPI's value at a comparison point and the change from it to the current month (current minus then).</summary>
public sealed record KpiChange(ReportingMonth Month, double? Value, double? Change);

/// <summary>Whether an extreme is the highest or the lowest value.</summary>
public enum KpiExtremeKind
{
    /// <summary>The highest value.</summary>
    Highest,
    /// <summary>The lowest value.</summary>
    Lowest,
}

/// <summary>
/// "Lowest since July 2016" or "highest to date": the current month's value is beyond every value
/// after <see cref="Since"/> (the latest earlier month at least as extreme); <see cref="Since"/> is
/// null when no earlier month in the results is (a record: "to date").
/// <see cref="MonthsBeyond"/> counts the earlier months it beats in a row (at least 1).
/// </summary>
public sealed record KpiExtreme(KpiExtremeKind Kind, ReportingMonth? Since, int MonthsBeyond)
{
    /// <summary>True when the extreme is over the whole history to date (no start month).</summary>
    public bool ToDate => Since is null;

    /// <summary>"lowest since July 2016", "highest to date".</summary>
    public string Describe()
    {
        var word = Kind == KpiExtremeKind.Highest ? "highest" : "lowest";
        return Since is { } m ? $"{word} since {m.ToLongString()}" : $"{word} to date";
    }
}

/// <summary>
/// Where the KPI heads on its current rate of change (see <see cref="KpiComparisons"/> for the method).
/// <see cref="MonthsToGreen"/>: 0 when green now, the months until the projection is first rated
/// green, or null when it does not get there (within 24 months, or within the financial year for a
/// KPI rated on the year to date). <see cref="MonthValueNeeded"/> (KPIs rated on a YTD percentage
/// with a target): the month's value next month that would bring the YTD to the target, assuming
/// next month's denominator equals this month's; it may be above 100 (out of reach next month).
/// </summary>
public sealed record KpiProjection(RateOn Basis, double? RatePerMonth, int? MonthsToGreen, double? MonthValueNeeded);

/// <summary>Everything a narrative needs to compare one KPI in one month.</summary>
public sealed record KpiComparison(
    KpiDefinition Definition,
    KpiResult Current,
    KpiChange? LastMonth,
    KpiChange? SameMonthLastYear,
    KpiChange? YtdSamePointLastYear,
    double? LastFinancialYearAverage,
    double? LastFinancialYearYtd,
    KpiExtreme? Extreme,
    KpiProjection? Projection);

/// <summary>
/// Comparisons the monthly pack makes: last month, the same month last year, the year to date
/// against the same point last year, last financial year's average (the mean of its monthly values)
/// and pooled full-year figure, highest or lowest since, and when the KPI turns green on its current
/// rate of change. Months outside the results give null parts. Projection: the rate of change is
/// this month's value minus last month's; month values continue by that step (percentages kept
/// within 0 to 100). For a KPI rated on the month, the projected month values are rated; for one
/// rated on the year to date, they are pooled with this month's denominator into the YTD, up to March.
/// </summary>
public static class KpiComparisons
{
    private const int MaxProjectionMonths = 24;

    /// <summary>The comparisons for <paramref name="kpiId"/> in <paramref name="month"/>; an ArgumentException when the month is not in the results.</summary>
    public static KpiComparison For(KpiResults results, string kpiId, ReportingMonth month)
    {
        ArgumentNullException.ThrowIfNull(results);
        var series = results[kpiId];
        var current = series[month] ?? throw new ArgumentException($"{month} is not in the results ({Range(results)}).", nameof(month));
        var def = series.Definition;

        KpiChange? Change(ReportingMonth m, Func<KpiResult, double?> pick, double? now)
            => series[m] is { } r ? new KpiChange(m, pick(r), pick(r) is { } then && now is { } n ? n - then : null) : null;

        var lastMonth = Change(month.Previous, r => r.Value, current.Value);
        var lastYear = Change(month.PlusMonths(-12), r => r.Value, current.Value);
        var ytdLastYear = def.YtdRule == KpiYtdRule.None ? null : Change(month.PlusMonths(-12), r => r.YtdValue, current.YtdValue);

        var fyStart = month.FinancialYearStart.PlusMonths(-12);
        var lastFy = ReportingMonth.Sequence(fyStart, fyStart.PlusMonths(11)).Select(m => series[m]?.Value).Where(v => v is not null).Select(v => v!.Value).ToList();
        double? average = lastFy.Count > 0 ? lastFy.Average() : null;
        var lastFyYtd = def.YtdRule == KpiYtdRule.None ? null : series[fyStart.PlusMonths(11)]?.YtdValue;

        return new KpiComparison(def, current, lastMonth, lastYear, ytdLastYear, average, lastFyYtd,
            ExtremeOf(series, month), Project(series, month));
    }

    /// <summary>The comparisons of every KPI in the results for one month, in catalogue order.</summary>
    public static IReadOnlyList<KpiComparison> ForMonth(KpiResults results, ReportingMonth month)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Series.Select(s => For(results, s.Id, month))];
    }

    /// <summary>Highest or lowest since: null when the value did not move beyond last month's (or there is none).</summary>
    public static KpiExtreme? ExtremeOf(KpiSeries series, ReportingMonth month)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series[month]?.Value is not { } v || series[month.Previous]?.Value is not { } previous || v == previous)
        {
            return null;
        }
        var kind = v > previous ? KpiExtremeKind.Highest : KpiExtremeKind.Lowest;
        var beyond = 0;
        for (var m = month.Previous; series[m] is { } r; m = m.Previous)
        {
            if (r.Value is not { } x)
            {
                continue; // a month without a value neither breaks nor extends the run
            }
            var atLeastAsExtreme = kind == KpiExtremeKind.Highest ? x >= v : x <= v;
            if (atLeastAsExtreme)
            {
                return new KpiExtreme(kind, m, beyond);
            }
            beyond++;
        }
        return new KpiExtreme(kind, null, beyond);
    }

    /// <summary>See <see cref="KpiComparisons"/>. Null when the KPI is not rated or has no value this month.</summary>
    public static KpiProjection? Project(KpiSeries series, ReportingMonth month)
    {
        ArgumentNullException.ThrowIfNull(series);
        var def = series.Definition;
        if (def.Rag is not { } rule || series[month] is not { Value: { } value } current)
        {
            return null;
        }
        double? rate = series[month.Previous]?.Value is { } prev ? value - prev : null;
        var basis = def.RateOn;
        if (basis == RateOn.YearToDate && def.YtdRule == KpiYtdRule.None)
        {
            basis = RateOn.Month;
        }
        if (rule.Rate(current.RatedValue(basis)) == Rag.Green)
        {
            return new KpiProjection(basis, rate, 0, null);
        }

        double Step(int n)
        {
            var x = value + (n * (rate ?? 0));
            return def.Unit == KpiUnit.Percent ? Math.Clamp(x, 0, 100) : Math.Max(x, 0);
        }

        int? months = null;
        double? needed = null;
        if (basis == RateOn.Month)
        {
            if (rate is { } r && r != 0)
            {
                for (var n = 1; n <= MaxProjectionMonths && months is null; n++)
                {
                    if (rule.Rate(Step(n)) == Rag.Green)
                    {
                        months = n;
                    }
                }
            }
        }
        else
        {
            var left = 11 - month.MonthsSince(month.FinancialYearStart); // months after this one up to March
            if (def.YtdRule == KpiYtdRule.Pool && current is { YtdNumerator: { } yn, YtdDenominator: { } yd, Denominator: { } den } && den > 0)
            {
                double num = yn, total = yd;
                for (var n = 1; n <= left && months is null; n++)
                {
                    num += Step(n) / 100.0 * den;
                    total += den;
                    if (rule.Rate(100.0 * num / total) == Rag.Green)
                    {
                        months = n;
                    }
                }
                if (rule.Target is { } target && rule.Polarity != KpiPolarity.Neutral)
                {
                    needed = ((target / 100.0 * (yd + den)) - yn) / den * 100.0;
                }
            }
            else if (def.YtdRule is KpiYtdRule.Sum or KpiYtdRule.Rate && current.YtdValue is { } ytd)
            {
                // a rate's year to date is over the same population all year, so it is the sum of the monthly rates too
                var sum = ytd;
                for (var n = 1; n <= left && months is null; n++)
                {
                    sum += Step(n);
                    if (rule.Rate(sum) == Rag.Green)
                    {
                        months = n;
                    }
                }
            }
        }
        return new KpiProjection(basis, rate, months, needed);
    }

    private static string Range(KpiResults results)
        => results.Months.Count == 0 ? "no months" : $"{results.Months[0]} to {results.Months[^1]}";
}
