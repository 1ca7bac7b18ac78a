using System.Globalization;
using System.Text;
using Csc.Analysis.Domain;

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
    /// <summary>Decomposes the change from month <paramref name="before"/> to month <paramref name="after"/>.</summary>
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
            var g = groupOf(c) ?? "(blank)";
            target[g] = target.GetValueOrDefault(g).Add(c.Numerator, c.Denominator);
        }
        return Decompose(kpi, groupBy, before.ToString(), after.ToString(), b, a);
    }

    /// <summary>The groupings <see cref="ForKpi"/> understands.</summary>
    public static IReadOnlyList<string> Groupings { get; } = ["team", "worker", "age_band", "legal_status"];

    /// <summary>
    /// Decomposes the change in a percentage KPI of the catalogue from <paramref name="before"/> to
    /// <paramref name="after"/> using the KPI engine's own per-record contributions. Groupings: team and
    /// worker (of referrals, assessments, s47 enquiries, plans, contacts), age_band (0-4, 5-9, 10-15,
    /// 16-17, 18+ at the month end, from the children table) and legal_status (looked-after episodes).
    /// Records without the grouping's field fall in "(blank)".
    /// </summary>
    public static RateAttributionResult ForKpi(CaseData data, string kpiId, string groupBy, ReportingMonth before, ReportingMonth after, Kpis.KpiCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Groupings.Contains(groupBy))
        {
            throw new ArgumentException($"Unknown grouping '{groupBy}': use {string.Join(", ", Groupings)}.", nameof(groupBy));
        }
        catalog ??= Kpis.KpiCatalog.Default;
        if (catalog.TryGet(kpiId, out var def) && def.Unit != Kpis.KpiUnit.Percent)
        {
            throw new ArgumentException($"{kpiId} is not a percentage ({def.Unit}); attribution by rate and mix needs a percentage KPI.", nameof(kpiId));
        }
        var lo = before < after ? before : after;
        var hi = before < after ? after : before;
        var contributions = KpiDrillDown.Contributions(data, kpiId, lo, hi, catalog);
        var dob = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var c in data.Children)
        {
            dob.TryAdd(c.ChildId, c.DateOfBirth);
        }
        return Decompose(kpiId, contributions, c => GroupOf(c, groupBy, dob), groupBy, before, after);
    }

    private static string? GroupOf(KpiContribution c, string groupBy, IReadOnlyDictionary<string, DateOnly?> dob) => groupBy switch
    {
        "team" => c.Subject switch
        {
            Contact x => x.Team,
            Referral x => x.Team,
            Assessment x => x.Team,
            Section47Enquiry x => x.Team,
            CpPlan x => x.Team,
            CinPlan x => x.Team,
            _ => null,
        },
        "worker" => c.Subject switch
        {
            Referral x => x.Worker,
            Assessment x => x.Worker,
            Section47Enquiry x => x.Worker,
            CpPlan x => x.Worker,
            CinPlan x => x.Worker,
            CpVisit x => x.Worker,
            _ => null,
        },
        "legal_status" => c.Subject is LacEpisode e ? e.LegalStatus : null,
        _ => ChildIdOf(c.Subject) is { } id && dob.TryGetValue(id, out var d) && d is { } birth ? AgeBand(Ages.WholeYears(birth, c.Month.LastDay)) : null,
    };

    private static string? ChildIdOf(object subject) => subject switch
    {
        IOpenEnded o => o.ChildId,
        Contact x => x.ChildId,
        Referral x => x.ChildId,
        Assessment x => x.ChildId,
        Section47Enquiry x => x.ChildId,
        CpVisit x => x.ChildId,
        MissingEpisode x => x.ChildId,
        Child x => x.ChildId,
        _ => null,
    };

    /// <summary>The age bands used for attribution: 0-4, 5-9, 10-15, 16-17, 18+ (negative ages: unborn).</summary>
    public static string AgeBand(int age) => age switch
    {
        < 0 => "unborn",
        <= 4 => "0-4",
        <= 9 => "5-9",
        <= 15 => "10-15",
        <= 17 => "16-17",
        _ => "18+",
    };

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
