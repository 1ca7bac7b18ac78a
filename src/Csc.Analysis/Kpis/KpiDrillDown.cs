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
        return Group(def, KpiContributions.For(data, kpiId, month, options), dimension, data.Population);
    }

    /// <summary>
    /// Groups contributions (of one KPI) by month and key: numerator and denominator per group, in one pass. For a rate
    /// per 10,000 every group's denominator is the month's whole population (from <paramref name="population"/>; none
    /// without an estimate), so a group's value is its share of the rate and the groups' values add up to it.
    /// </summary>
    public static IReadOnlyList<KpiGroupResult> Group(KpiDefinition definition, IEnumerable<KpiContribution> contributions, KpiDimension dimension,
        IReadOnlyList<PopulationEstimate>? population = null)
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
        var byYear = definition.DenominatorIsPopulation ? KpiPopulation.ByYear(population ?? []) : null;
        long? Denominator(ReportingMonth month, long counted) => byYear is null
            ? (definition.HasDenominator ? counted : null)
            : KpiPopulation.For(byYear, month.Index);
        return [.. groups
            .Select(kv => (kv, Den: Denominator(kv.Key.Month, kv.Value.Den)))
            .Select(g => new KpiGroupResult(definition.Id, g.kv.Key.Month, dimension, g.kv.Key.Key, g.kv.Value.Num,
                g.Den, definition.ValueOf(g.kv.Value.Num, g.Den ?? 0)))
            .OrderBy(g => g.Month)
            .ThenByDescending(g => definition.DenominatorIsPopulation ? g.Numerator : g.Denominator ?? g.Numerator)
            .ThenBy(g => g.Key, StringComparer.Ordinal)];
    }
}
