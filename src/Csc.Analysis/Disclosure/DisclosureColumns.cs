using System.Text;

namespace Csc.Analysis.Disclosure;

/// <summary>
/// The symbol columns of a public tidy KPI table (facts.csv of a public export): after the table's own columns,
/// <c>value_symbol, numerator_symbol, denominator_symbol, ytd_value_symbol, ytd_numerator_symbol, ytd_denominator_symbol</c>,
/// each <c>c</c>, <c>z</c>, <c>x</c>, <c>k</c> or empty when the figure is shown. The numeric columns stay numeric (a
/// withheld figure is empty there), so Power BI and Excel read them as numbers.
/// </summary>
public static class DisclosureColumns
{
    /// <summary>The columns' names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["value_symbol", "numerator_symbol", "denominator_symbol", "ytd_value_symbol", "ytd_numerator_symbol", "ytd_denominator_symbol"];

    /// <summary>
    /// Adds the columns to <paramref name="csv"/>, the tidy table's CSV text for <paramref name="disclosed"/>'s results
    /// (header, then one line per row in <see cref="Kpis.KpiResults.Rows"/> order, "\n" line ends).
    /// </summary>
    public static string AddToCsv(string csv, DisclosedKpiResults disclosed)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(disclosed);
        var lines = csv.Split('\n');
        var rows = disclosed.Results.Series.SelectMany(s => disclosed.Series(s.Id)).ToList();
        if (lines.Length != rows.Count + 2 || lines[^1].Length != 0)
        {
            throw new ArgumentException($"expected a header and {rows.Count} rows ending in a line break.", nameof(csv));
        }
        var text = new StringBuilder(csv.Length + (rows.Count * 8) + 128);
        text.Append(lines[0]).Append(',').Append(string.Join(',', Names)).Append('\n');
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            text.Append(lines[i + 1]);
            foreach (var s in new[] { r.Value, r.Numerator, r.Denominator, r.YtdValue, r.YtdNumerator, r.YtdDenominator })
            {
                text.Append(',').Append(s?.Code());
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
