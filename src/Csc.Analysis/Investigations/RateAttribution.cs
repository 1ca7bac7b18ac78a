using System.Globalization;
using System.Text;
using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>
/// One group's part in the change of a percentage between two periods (in percentage points):
/// <see cref="RateEffect"/> = (r₁ - r₀)·(w₀ + w₁)/2 is the change in the group's own rate weighted by
/// its average share of the denominator; <see cref="MixEffect"/> = (w₁ - w₀)·(r₀ + r₁)/2 is the change
/// in its share at its average rate. A group absent in one period takes its other period's rate there
/// (its rate effect is then 0). <see cref="Total"/> = rate + mix; the totals over all groups sum to the
/// overall change (w₁r₁ - w₀r₀ = (w₁-w₀)(r₀+r₁)/2 + (r₁-r₀)(w₀+w₁)/2 term by term).
/// </summary>
public sealed record GroupContribution(
    string Group,
    long NumeratorBefore,
    long DenominatorBefore,
    long NumeratorAfter,
    long DenominatorAfter,
    double RateBefore,
    double RateAfter,
    double ShareBefore,
    double ShareAfter,
    double RateEffect,
    double MixEffect)
{
    /// <summary>The group's whole contribution: rate effect plus mix effect.</summary>
    public double Total => RateEffect + MixEffect;
}

/// <summary>The overall change of a percentage KPI between two periods and each group's contribution, largest absolute first.</summary>
public sealed record RateAttributionResult(
    string Kpi,
    string GroupBy,
    string PeriodBefore,
    string PeriodAfter,
    double RateBefore,
    double RateAfter,
    IReadOnlyList<GroupContribution> Contributions,
    string Finding)
{
    /// <summary>The overall change in percentage points.</summary>
    public double Change => RateAfter - RateBefore;

    /// <summary>The contributions as a table.</summary>
    public ITabular Table => Tabular.Of(Contributions,
        ["group", "numerator_before", "denominator_before", "numerator_after", "denominator_after", "rate_before", "rate_after", "share_before", "share_after", "rate_effect", "mix_effect", "total"],
        c => [c.Group, c.NumeratorBefore, c.DenominatorBefore, c.NumeratorAfter, c.DenominatorAfter, c.RateBefore, c.RateAfter, c.ShareBefore, c.ShareAfter, c.RateEffect, c.MixEffect, c.Total]);
}

/// <summary>
/// Symmetric shift-share decomposition of a change in a percentage KPI into contributions by group
/// (team, worker, age band, legal status, ...). Works on per-record contributions (the KPI engine's
/// drill-down) so the KPI's own definition decides who counts; one pass over the records.
/// </summary>
public static class RateAttribution
{
    /// <summary>
    /// Decomposes the change from month <paramref name="before"/> to month <paramref name="after"/>, grouping the
    /// contributions by <paramref name="groupOf"/> (a null group is <see cref="KpiGroupKeys.NotRecorded"/>);
    /// <paramref name="groupBy"/> names the grouping in the finding.
    /// </summary>
    public static RateAttributionResult Decompose(
        string kpi,
        IEnumerable<KpiContribution> contributions,
        Func<KpiContribution, string?> groupOf,
        string groupBy,
        ReportingMonth before,
        ReportingMonth after)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        ArgumentNullException.ThrowIfNull(groupOf);
        var b = new Dictionary<string, RateCount>(StringComparer.Ordinal);
        var a = new Dictionary<string, RateCount>(StringComparer.Ordinal);
        foreach (var c in contributions)
        {
            var target = c.Month == before ? b : c.Month == after ? a : null;
            if (target is null)
            {
                continue;
            }
            var g = groupOf(c) ?? KpiGroupKeys.NotRecorded;
            target[g] = target.GetValueOrDefault(g).Add(c.InNumerator, c.InDenominator);
        }
        return Decompose(kpi, groupBy, before.ToString(), after.ToString(), b, a);
    }

    /// <summary>Decomposes the change from <paramref name="before"/> to <paramref name="after"/> by the contributions' keys for <paramref name="dimension"/>.</summary>
    public static RateAttributionResult Decompose(string kpi, IEnumerable<KpiContribution> contributions, KpiDimension dimension, ReportingMonth before, ReportingMonth after)
        => Decompose(kpi, contributions, c => c.Keys[dimension], KpiDimensions.Words(dimension), before, after);

    /// <summary>The groupings <see cref="ForKpi(CaseData, string, KpiDimension, ReportingMonth, ReportingMonth, KpiCatalog?, WorkingDayCalendar?)"/> understands.</summary>
    public static IReadOnlyList<KpiDimension> Groupings { get; } =
        [KpiDimension.Team, KpiDimension.Worker, KpiDimension.AgeBand, KpiDimension.LegalStatus, KpiDimension.Category];

    /// <summary>
    /// Decomposes the change in a percentage KPI of the catalogue from <paramref name="before"/> to
    /// <paramref name="after"/> using the KPI engine's own per-record contributions
    /// (<see cref="KpiContributions"/>) grouped by their <see cref="KpiGroupKeys"/>: team and worker (of
    /// referrals, assessments, s47 enquiries, plans, contacts), the child's age band at the event or month end
    /// (<see cref="KpiGroupKeys.AgeBandOf"/>), legal status (looked-after episodes) or category. Records
    /// without the grouping's field fall in <see cref="KpiGroupKeys.NotRecorded"/>.
    /// </summary>
    public static RateAttributionResult ForKpi(
        CaseData data,
        string kpiId,
        KpiDimension dimension,
        ReportingMonth before,
        ReportingMonth after,
        KpiCatalog? catalog = null,
        WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Groupings.Contains(dimension))
        {
            throw new ArgumentException($"Unknown grouping '{KpiDimensions.Id(dimension)}': use {string.Join(", ", Groupings.Select(KpiDimensions.Id))}.", nameof(dimension));
        }
        catalog ??= KpiCatalog.Default;
        if (catalog.TryGet(kpiId, out var def) && def.Unit != KpiUnit.Percent)
        {
            throw new ArgumentException($"{kpiId} is not a percentage ({def.Unit}); attribution by rate and mix needs a percentage KPI.", nameof(kpiId));
        }
        var lo = before < after ? before : after;
        var hi = before < after ? after : before;
        var options = new KpiEngineOptions { Catalog = catalog, Calendar = calendar ?? WorkingDayCalendar.EnglandAndWales };
        var contributions = KpiContributions.For(data, kpiId, lo, hi, options);
        return Decompose(kpiId, contributions, dimension, before, after);
    }

    /// <summary>
    /// As <see cref="ForKpi(CaseData, string, KpiDimension, ReportingMonth, ReportingMonth, KpiCatalog?, WorkingDayCalendar?)"/>
    /// with the grouping by its id (<c>team</c>, <c>worker</c>, <c>age_band</c>, <c>legal_status</c>, <c>category</c>).
    /// </summary>
    public static RateAttributionResult ForKpi(CaseData data, string kpiId, string groupBy, ReportingMonth before, ReportingMonth after, KpiCatalog? catalog = null)
        => ForKpi(data, kpiId, KpiDimensions.Parse(groupBy, [.. Groupings]), before, after, catalog);

    /// <summary>Decomposes the change between two periods given each group's numerator and denominator.</summary>
    public static RateAttributionResult Decompose(
        string kpi,
        string groupBy,
        string periodBefore,
        string periodAfter,
        IReadOnlyDictionary<string, RateCount> before,
        IReadOnlyDictionary<string, RateCount> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        long d0 = before.Values.Sum(v => v.Denominator), d1 = after.Values.Sum(v => v.Denominator);
        long n0 = before.Values.Sum(v => v.Numerator), n1 = after.Values.Sum(v => v.Numerator);
        if (d0 == 0 || d1 == 0)
        {
            throw new ArgumentException($"{kpi} has no denominator in {(d0 == 0 ? periodBefore : periodAfter)}: a change needs records in both periods.");
        }
        var groups = before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var list = new List<GroupContribution>();
        foreach (var g in groups)
        {
            var x0 = before.GetValueOrDefault(g);
            var x1 = after.GetValueOrDefault(g);
            var w0 = (double)x0.Denominator / d0;
            var w1 = (double)x1.Denominator / d1;
            var r0 = x0.Denominator == 0 ? double.NaN : 100.0 * x0.Numerator / x0.Denominator;
            var r1 = x1.Denominator == 0 ? double.NaN : 100.0 * x1.Numerator / x1.Denominator;
            var r0e = double.IsNaN(r0) ? (double.IsNaN(r1) ? 0 : r1) : r0;
            var r1e = double.IsNaN(r1) ? r0e : r1;
            var rate = (r1e - r0e) * (w0 + w1) / 2;
            var mix = (w1 - w0) * (r0e + r1e) / 2;
            list.Add(new GroupContribution(g, x0.Numerator, x0.Denominator, x1.Numerator, x1.Denominator, r0, r1, w0, w1, rate, mix));
        }
        list.Sort((x, y) =>
        {
            var c = Math.Abs(y.Total).CompareTo(Math.Abs(x.Total));
            return c != 0 ? c : string.CompareOrdinal(x.Group, y.Group);
        });
        var rb = 100.0 * n0 / d0;
        var ra = 100.0 * n1 / d1;
        return new RateAttributionResult(kpi, groupBy, periodBefore, periodAfter, rb, ra, list, Text(kpi, groupBy, periodBefore, periodAfter, rb, ra, list));
    }

    private static string Text(string kpi, string groupBy, string p0, string p1, double r0, double r1, IReadOnlyList<GroupContribution> list)
    {
        var change = r1 - r0;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{kpi} moved from {Words.Num(r0)}% in {p0} to {Words.Num(r1)}% in {p1} ({Words.Num(change, "+0.#;-0.#;0")} points). ");
        var top = list.Take(3).Where(c => Math.Abs(c.Total) >= 0.05).ToList();
        if (top.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"No {groupBy} contributed as much as 0.1 points.");
            return sb.ToString();
        }
        sb.Append(CultureInfo.InvariantCulture, $"By {groupBy}, the largest contributions were ");
        sb.Append(string.Join(", ", top.Select(c =>
        {
            var driver = Math.Abs(c.RateEffect) >= Math.Abs(c.MixEffect)
                ? $"its own rate {(double.IsNaN(c.RateBefore) ? "new" : Words.Num(c.RateBefore) + "%")} → {(double.IsNaN(c.RateAfter) ? "none" : Words.Num(c.RateAfter) + "%")}"
                : $"its share of cases {Words.Pct(c.ShareBefore)} → {Words.Pct(c.ShareAfter)}";
            return string.Create(CultureInfo.InvariantCulture, $"{c.Group} {Words.Num(c.Total, "+0.#;-0.#;0")} points (mainly {driver})");
        })));
        sb.Append(". Rate effects total ");
        sb.Append(Words.Num(list.Sum(c => c.RateEffect), "+0.#;-0.#;0"));
        sb.Append(" points and mix effects ");
        sb.Append(Words.Num(list.Sum(c => c.MixEffect), "+0.#;-0.#;0"));
        sb.Append(" points; together they make the whole change.");
        return sb.ToString();
    }
}
