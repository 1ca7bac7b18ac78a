using Csc.Analysis.Benchmarking;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>Why the report has no "How we compare" comparison (<see cref="MonthlyReportModel.ComparisonGap"/>).</summary>
public enum ComparisonGap
{
    /// <summary>No published figures were given (and none were found bundled).</summary>
    NoPublishedFigures,

    /// <summary>No council is named: no <c>la_code</c> in the config and no <c>--la</c>.</summary>
    NoCouncil,

    /// <summary>The council's number is not an area of the published figures.</summary>
    CouncilNotPublished,

    /// <summary>The number is a region or England, not a council.</summary>
    NotACouncil,

    /// <summary>No year April to March lies wholly in the months shown and in the published figures.</summary>
    NoCompleteYear,
}

/// <summary>
/// The council against the published figures for the report's "How we compare" section: who it is compared with and
/// one <see cref="BenchmarkRow"/> per mapped KPI and complete year (as <c>csc-kpi benchmark</c> writes them).
/// </summary>
public sealed record HowWeCompareResult
{
    /// <summary>The council as published.</summary>
    public required PublishedArea Council { get; init; }

    /// <summary>The council's region as published; null when not known.</summary>
    public PublishedArea? Region { get; init; }

    /// <summary>The council's statistical neighbours as published, in the table's order.</summary>
    public required IReadOnlyList<PublishedArea> Neighbours { get; init; }

    /// <summary>The years compared (named by their 31 March), ascending.</summary>
    public required IReadOnlyList<int> Years { get; init; }

    /// <summary>The rows, mapping by mapping then year by year; never empty.</summary>
    public required IReadOnlyList<BenchmarkRow> Rows { get; init; }

    /// <summary>The KPIs compared, in mapping order.</summary>
    public IReadOnlyList<string> KpiIds => [.. Rows.Select(r => r.KpiId).Distinct(StringComparer.Ordinal)];

    /// <summary>The latest year compared.</summary>
    public int LatestYear => Years[^1];

    /// <summary>The rows of one KPI, year by year (empty when it is not compared).</summary>
    public IReadOnlyList<BenchmarkRow> RowsOf(string kpiId) => [.. Rows.Where(r => r.KpiId == kpiId).OrderBy(r => r.Year)];

    /// <summary>
    /// Compares <paramref name="results"/> with <paramref name="published"/> for <paramref name="council"/>; the gap
    /// when it cannot (never both null).
    /// </summary>
    public static (HowWeCompareResult? Result, ComparisonGap? Gap) Compare(Kpis.KpiResults results, PublishedFigures? published, int? council)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (council is not { } code)
        {
            return (null, ComparisonGap.NoCouncil);
        }
        if (published is null)
        {
            return (null, ComparisonGap.NoPublishedFigures);
        }
        if (published.Area(code) is not { } area)
        {
            return (null, ComparisonGap.CouncilNotPublished);
        }
        if (area.Kind != AreaKind.Council)
        {
            return (null, ComparisonGap.NotACouncil);
        }
        var rows = BenchmarkComparison.Compare(results, published, code);
        if (rows.Count == 0)
        {
            return (null, ComparisonGap.NoCompleteYear);
        }
        return (new HowWeCompareResult
        {
            Council = area,
            Region = area.RegionNumber is { } r ? published.Area(r) : null,
            Neighbours = [.. published.NeighboursOf(code).Select(n => published.Area(n)).OfType<PublishedArea>()],
            Years = [.. rows.Select(x => x.Year).Distinct().Order()],
            Rows = rows,
        }, null);
    }
}
