using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>
/// One KPI in one month. Value: the count, percentage (0-100) or ratio; null when the denominator is
/// 0 or the KPI's data is missing. Numerator: the count for counts; Denominator null for counts.
/// YTD from 1 April (see <see cref="KpiDefinition.YtdRule"/>). Target and Rag from the KPI's rule,
/// rated on the month or the YTD value (<see cref="KpiDefinition.RateOn"/>).
/// </summary>
public sealed record KpiResult(
    string KpiId,
    ReportingMonth Month,
    double? Value,
    long? Numerator,
    long? Denominator,
    double? YtdValue,
    long? YtdNumerator,
    long? YtdDenominator,
    double? Target,
    Rag Rag)
{
    /// <summary>The figure the KPI is rated on.</summary>
    public double? RatedValue(RateOn rateOn) => rateOn == RateOn.YearToDate ? YtdValue : Value;
}

/// <summary>A KPI's results month by month, from the run's first month to its last.</summary>
public sealed class KpiSeries
{
    private readonly KpiResult[] results;

    internal KpiSeries(KpiDefinition definition, ReportingMonth from, KpiResult[] results, bool available)
    {
        Definition = definition;
        From = from;
        this.results = results;
        IsAvailable = available;
    }

    /// <summary>The KPI.</summary>
    public KpiDefinition Definition { get; }

    /// <summary>The KPI's id.</summary>
    public string Id => Definition.Id;

    /// <summary>The first month of the series.</summary>
    public ReportingMonth From { get; }

    /// <summary>False when a table the KPI needs is empty in the data (every value is then null).</summary>
    public bool IsAvailable { get; }

    /// <summary>One result per month, from <see cref="From"/>.</summary>
    public IReadOnlyList<KpiResult> Results => results;

    /// <summary>The result for a month, or null outside the run's months.</summary>
    public KpiResult? this[ReportingMonth month]
    {
        get
        {
            var i = month.Index - From.Index;
            return i >= 0 && i < results.Length ? results[i] : null;
        }
    }
}

/// <summary>Every requested KPI for every month of a run, in catalogue order, with the data issues found.</summary>
public sealed class KpiResults
{
    private readonly Dictionary<string, KpiSeries> byId;

    internal KpiResults(KpiCatalog catalog, IReadOnlyList<ReportingMonth> months, IReadOnlyList<KpiSeries> series, IReadOnlyList<DataIssue> issues)
    {
        Catalog = catalog;
        Months = months;
        Series = series;
        Issues = issues;
        byId = series.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalogue used (the config's targets and timescales applied).</summary>
    public KpiCatalog Catalog { get; }

    /// <summary>The months reported, in order (may be empty when the data has no dates).</summary>
    public IReadOnlyList<ReportingMonth> Months { get; }

    /// <summary>One series per KPI, in catalogue order.</summary>
    public IReadOnlyList<KpiSeries> Series { get; }

    /// <summary>Problems found while calculating (the rules of <see cref="KpiRules"/>).</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    /// <summary>Whether the results hold the KPI <paramref name="kpiId"/>.</summary>
    public bool Contains(string kpiId) => byId.ContainsKey(kpiId);

    /// <summary>A KPI's series; an id not computed is an ArgumentException naming the ids that were.</summary>
    public KpiSeries this[string kpiId]
        => byId.TryGetValue(Preconditions.CheckNotNull(kpiId), out var s)
            ? s
            : throw new ArgumentException($"No results for KPI '{kpiId}'. Computed: {string.Join(", ", byId.Keys)}.", nameof(kpiId));

    /// <summary>One KPI in one month, or null when the month is outside the run.</summary>
    public KpiResult? this[string kpiId, ReportingMonth month] => this[kpiId][month];

    /// <summary>Every result: KPI by KPI in catalogue order, months in order (the tidy table's rows).</summary>
    public IEnumerable<KpiResult> Rows => Series.SelectMany(s => s.Results);
}
