using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Disclosure;

/// <summary>
/// A KPI run after <see cref="KpiDisclosure.Apply"/>: the publishable <see cref="Results"/> (withheld figures
/// null) and, for every figure, the symbol printed in its place.
/// </summary>
public sealed class DisclosedKpiResults
{
    private readonly Dictionary<string, DisclosedKpiResult[]> _rows;
    private readonly Dictionary<string, SuppressionResult> _tables;

    internal DisclosedKpiResults(KpiResults results, DisclosureOptions options, Dictionary<string, DisclosedKpiResult[]> rows, Dictionary<string, SuppressionResult> tables)
    {
        Results = results;
        Options = options;
        _rows = rows;
        _tables = tables;
    }

    /// <summary>The publishable results: the same KPIs and months, withheld figures null, no data issues.</summary>
    public KpiResults Results { get; }

    /// <summary>The options applied.</summary>
    public DisclosureOptions Options { get; }

    /// <summary>One KPI in one month with its symbols; null outside the run.</summary>
    public DisclosedKpiResult? this[string kpiId, ReportingMonth month]
    {
        get
        {
            if (!_rows.TryGetValue(kpiId, out var rows) || rows.Length == 0)
            {
                return null;
            }
            var i = month.Index - rows[0].Result.Month.Index;
            return i >= 0 && i < rows.Length ? rows[i] : null;
        }
    }

    /// <summary>A KPI's months with their symbols, in order.</summary>
    public IReadOnlyList<DisclosedKpiResult> Series(string kpiId) => _rows.TryGetValue(kpiId, out var rows) ? rows : [];

    /// <summary>The suppression decided for a KPI's cells (numerators, denominators and their year to date) and the relations between them.</summary>
    public SuppressionResult Table(string kpiId) => _tables[kpiId];

    /// <summary>Every KPI's suppression table, by KPI id in catalogue order.</summary>
    public IEnumerable<KeyValuePair<string, SuppressionResult>> Tables => Results.Series.Select(s => new KeyValuePair<string, SuppressionResult>(s.Id, _tables[s.Id]));

    /// <summary>Cells withheld as small counts, over every KPI.</summary>
    public int PrimaryCount => _tables.Values.Sum(t => t.PrimaryCount);

    /// <summary>Cells withheld to protect others, over every KPI.</summary>
    public int SecondaryCount => _tables.Values.Sum(t => t.SecondaryCount);

    /// <summary>The text of a value: the number formatted by <paramref name="format"/>, else the symbol's letter (or <paramref name="missing"/> when neither).</summary>
    public static string Text(double? value, DisclosureSymbol? symbol, Func<double, string> format, string missing = "\u2013")
    {
        ArgumentNullException.ThrowIfNull(format);
        return value is { } v ? format(v) : symbol is { } s ? s.Code() : missing;
    }
}
