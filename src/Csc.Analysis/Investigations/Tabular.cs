using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>
/// Anything that renders as a table: named columns and rows of cell values (strings, numbers, dates,
/// months, booleans or null), each row as long as <see cref="Columns"/>. Every investigation result
/// exposes its parts this way so the reporting layer can render any of them.
/// </summary>
public interface ITabular
{
    /// <summary>The column names.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, one value per column.</summary>
    IEnumerable<object?[]> Rows { get; }
}

/// <summary>A table of typed rows projected to cells. Immutable.</summary>
public sealed class Table<T> : ITabular
{
    private readonly IReadOnlyList<T> items;
    private readonly Func<T, object?[]> project;

    /// <summary>A table of <paramref name="items"/>, each projected to a row by <paramref name="project"/>.</summary>
    public Table(IReadOnlyList<string> columns, IReadOnlyList<T> items, Func<T, object?[]> project)
    {
        Columns = columns ?? throw new ArgumentNullException(nameof(columns));
        this.items = items ?? throw new ArgumentNullException(nameof(items));
        this.project = project ?? throw new ArgumentNullException(nameof(project));
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The typed rows.</summary>
    public IReadOnlyList<T> Items => items;

    /// <summary>The rows, one value per column.</summary>
    public IEnumerable<object?[]> Rows
    {
        get
        {
            foreach (var item in items)
            {
                var row = project(item);
                if (row.Length != Columns.Count)
                {
                    throw new InvalidOperationException($"A row has {row.Length} cells but the table has {Columns.Count} columns ({string.Join(", ", Columns)}).");
                }
                yield return row;
            }
        }
    }
}

/// <summary>Helpers for <see cref="ITabular"/>: invariant cell text and CSV.</summary>
public static class Tabular
{
    /// <summary>A table of <paramref name="items"/> with <paramref name="columns"/>, each item projected to a row.</summary>
    public static Table<T> Of<T>(IReadOnlyList<T> items, IReadOnlyList<string> columns, Func<T, object?[]> project) => new(columns, items, project);

    /// <summary>A cell as invariant text: dates yyyy-MM-dd, months yyyy-MM, numbers round-trip, booleans true/false, null empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => IsoFormat.Date(d),
        ReportingMonth m => m.ToString(),
        bool b => b ? "true" : "false",
        double x => double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Writes the table as CSV: a header row, then one row per item with typed cells (see <see cref="CsvOutput.Cell"/>).</summary>
    public static void WriteCsv(ITabular table, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(table.Columns);
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                csv.Cell(cell);
            }
            csv.EndRow();
        }
    }

    /// <summary>The table as CSV text for a spreadsheet (see <see cref="CsvAudience.Spreadsheet"/>).</summary>
    public static string ToCsv(ITabular table) => CsvOutput.ToText(CsvAudience.Spreadsheet, csv => WriteCsv(table, csv));
}

/// <summary>Small text helpers used by the findings: invariant numbers and plurals.</summary>
internal static class Words
{
    public static string Pct(double fraction) => double.IsFinite(fraction)
        ? (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"
        : "n/a";

    public static string Num(double value, string format = "0.#") => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    public static string Count(long n, string singular, string? plural = null)
        => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    public static string Month(ReportingMonth m) => new DateOnly(m.Year, m.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
