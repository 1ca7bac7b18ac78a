using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>Breaks a KPI down by team, worker, age band, legal status or category, from its contributions.</summary>
public static class KpiDrillDown
{
    /// <summary>One KPI in one month by <paramref name="dimension"/>, largest denominator (or count) first.</summary>
    public static IReadOnlyList<KpiGroupResult> By(CaseData data, string kpiId, ReportingMonth month, KpiDimension dimension, KpiEngineOptions? options = null)
    {
        options ??= KpiEngineOptions.Default;
        var def = options.ResolveCatalog()[kpiId];
        return Group(def, KpiContributions.For(data, kpiId, month, options), dimension);
    }

    /// <summary>Groups contributions (of one KPI) by month and key: numerator and denominator per group, in one pass.</summary>
    public static IReadOnlyList<KpiGroupResult> Group(KpiDefinition definition, IEnumerable<KpiContribution> contributions, KpiDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(contributions);
        var groups = new Dictionary<(ReportingMonth Month, string Key), (long Num, long Den)>();
        foreach (var c in contributions)
        {
            var key = (c.Month, c.Keys[dimension]);
            groups.TryGetValue(key, out var g);
            groups[key] = (g.Num + (c.InNumerator ? 1 : 0), g.Den + (c.InDenominator ? 1 : 0));
        }
        return [.. groups
            .Select(kv => new KpiGroupResult(definition.Id, kv.Key.Month, dimension, kv.Key.Key, kv.Value.Num,
                definition.HasDenominator ? kv.Value.Den : null, definition.ValueOf(kv.Value.Num, kv.Value.Den)))
            .OrderBy(g => g.Month)
            .ThenByDescending(g => g.Denominator ?? g.Numerator)
            .ThenBy(g => g.Key, StringComparer.Ordinal)];
    }
}
