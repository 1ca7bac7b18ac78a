using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>One KPI of the council beside the other councils of its stack, in the report month.</summary>
/// <param name="KpiId">The KPI.</param>
/// <param name="Value">The council's figure (the value the KPI is rated on: the month's, or the year to date's).</param>
/// <param name="Median">The median of the other councils' figures; null when none has one.</param>
/// <param name="Lowest">The lowest of the other councils' figures.</param>
/// <param name="Highest">The highest of the other councils' figures.</param>
/// <param name="Rank">The council's rank among the councils with a figure (1 is the best by the KPI's polarity); null for a count, a KPI with no better direction, or no figure.</param>
/// <param name="Of">How many councils (this one included) have a figure.</param>
public sealed record PeerComparisonRow(string KpiId, double? Value, double? Median, double? Lowest, double? Highest, int? Rank, int Of);

/// <summary>
/// The report's council beside the other councils of the stack it was loaded from (a regional partnership's pooled
/// returns, each row with its la_code): per KPI its figure in the report month, the others' median and range, and its
/// rank by the KPI's polarity. Each council's KPIs are computed from its own rows only, with the report's settings.
/// </summary>
public sealed record PeerComparison
{
    /// <summary>The report's council.</summary>
    public required CouncilCode Council { get; init; }

    /// <summary>The other councils of the stack, in the order of their codes.</summary>
    public required IReadOnlyList<CouncilCode> Peers { get; init; }

    /// <summary>The month compared (the report month).</summary>
    public required ReportingMonth Month { get; init; }

    /// <summary>One row per KPI the council has, in the catalogue's order.</summary>
    public required IReadOnlyList<PeerComparisonRow> Rows { get; init; }

    /// <summary>
    /// Compares <paramref name="results"/> (the council's) with the other councils' KPIs in <paramref name="month"/>.
    /// A KPI's figure is the value it is rated on (<see cref="KpiDefinition.RateOn"/>); counts and neutral KPIs are not ranked.
    /// </summary>
    public static PeerComparison Compare(CouncilCode council, KpiResults results, IReadOnlyList<CouncilKpiResults> peers, ReportingMonth month)
    {
        ArgumentNullException.ThrowIfNull(council);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(peers);
        var rows = new List<PeerComparisonRow>();
        foreach (var series in results.Series.Where(s => s.IsAvailable))
        {
            var def = series.Definition;
            var mine = series[month]?.RatedValue(def.RateOn);
            var others = peers.Where(p => p.Results.Contains(def.Id))
                .Select(p => p.Results[def.Id, month]?.RatedValue(def.RateOn))
                .OfType<double>().Order().ToList();
            int? rank = null;
            var of = others.Count + (mine is null ? 0 : 1);
            if (mine is { } v && def.Unit != KpiUnit.Count && def.Polarity != KpiPolarity.Neutral)
            {
                rank = 1 + (def.Polarity == KpiPolarity.HigherIsBetter ? others.Count(o => o > v) : others.Count(o => o < v));
            }
            rows.Add(new PeerComparisonRow(def.Id, mine, Median(others), others.Count > 0 ? others[0] : null, others.Count > 0 ? others[^1] : null, rank, of));
        }
        return new PeerComparison
        {
            Council = council,
            Peers = [.. peers.Select(p => p.Code)],
            Month = month,
            Rows = rows,
        };
    }

    private static double? Median(List<double> sorted)
        => sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
