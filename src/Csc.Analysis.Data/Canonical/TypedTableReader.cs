using System.Globalization;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Validation;

namespace Csc.Analysis.Data.Canonical;

/// <summary>A column of a typed table (a Parquet file, a database table): its name and, when the kit cannot read its type, the type's name.</summary>
internal sealed record TypedColumn(string Name, string? UnreadableType = null);

/// <summary>
/// Reads a table of typed values (a Parquet file, a DuckDB table) through the same header check and row readers as a
/// CSV file, so that it loads exactly the records the CSV file with the same values would. Each value is first turned
/// into the text the canonical CSV writer gives it (<see cref="Text(object?, CanonicalColumnKind)"/>): a date as
/// yyyy-MM-dd, a timestamp as yyyy-MM-ddTHH:mm:ss, a boolean as Y or N, a number in the invariant culture. A value of
/// the wrong type for its column (a timestamp with a time in a date column, text that is not a date) is then a located
/// issue like a bad CSV field: the table, the row number (the first row is 1), the column and the value.
/// </summary>
internal static class TypedTableReader
{
    /// <summary>
    /// Reads <paramref name="rows"/> (each aligned with the readable columns of <paramref name="columns"/>, in order;
    /// the array may be reused from row to row). A column of a type the kit cannot read is reported
    /// (<see cref="CanonicalRules.ColumnType"/>) and left out. Returns the rows read (rows whose every value is blank are
    /// passed over, as blank CSV lines are), those rejected, and false when the header made the table unusable. Issues
    /// name the row number (the first row is 1), or the line <paramref name="lineOf"/> gives for the row just read.
    /// </summary>
    public static (long Rows, long Rejected, bool Usable) Read(
        string location,
        IReadOnlyList<TypedColumn> columns,
        IEnumerable<string?[]> rows,
        CsvTableSchema schema,
        IssueCollector issues,
        ParseRuleIds rules,
        DateOnly? extractDate,
        Action<RowReader> onRow,
        Func<long>? lineOf = null)
    {
        foreach (var c in columns.Where(c => c.UnreadableType is not null))
        {
            issues.Warning(CanonicalRules.ColumnType, location, null, c.Name, null,
                $"column '{c.Name}' holds {c.UnreadableType} values, which the kit cannot read; its values are ignored. Store it as text, a date, a timestamp, a boolean or a number.");
        }
        var header = columns.Where(c => c.UnreadableType is null).Select(c => c.Name).ToArray();
        var map = CsvTableReader.CheckHeader(header, null, location, schema, issues, rules);
        if (map is null)
        {
            return (0, 0, false);
        }
        var row = new RowReader(location, map, issues, rules, extractDate);
        long number = 0, read = 0, rejected = 0;
        foreach (var cells in rows)
        {
            number++;
            if (Array.TrueForAll(cells, string.IsNullOrWhiteSpace))
            {
                continue;
            }
            read++;
            row.Reset(cells, lineOf?.Invoke() ?? number);
            onRow(row);
            if (row.HasErrors)
            {
                rejected++;
            }
        }
        if (read == 0)
        {
            issues.Info(rules.HeaderOnly, location, null, null, null, "the table has columns but no rows; the table is empty.");
        }
        return (read, rejected, true);
    }

    /// <summary>A typed value as the text the canonical CSV writer gives a column of <paramref name="kind"/> (null for null or DBNull).</summary>
    public static string? Text(object? value, CanonicalColumnKind kind) => value switch
    {
        null or DBNull => null,
        string s => s,
        DateOnly d => Text(d, kind),
        DateTime t => Text(t, kind),
        DateTimeOffset o => Text(o.DateTime, kind),
        bool b => Text(b),
        double d => Text(d),
        float f => Text((double)f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>yyyy-MM-dd; yyyy-MM-ddT00:00 in a date-time column.</summary>
    public static string Text(DateOnly date, CanonicalColumnKind kind)
        => kind == CanonicalColumnKind.DateTime ? IsoFormat.Date(date) + "T00:00" : IsoFormat.Date(date);

    /// <summary>
    /// In a date column, a midnight timestamp is its date (databases and spreadsheets store dates so) and any other
    /// timestamp is written out whole, so the date reader rejects it with the value shown; elsewhere yyyy-MM-ddTHH:mm,
    /// with :ss when the seconds are not zero (fractions of a second dropped, as the CSV writer does).
    /// </summary>
    public static string Text(DateTime value, CanonicalColumnKind kind)
        => kind == CanonicalColumnKind.Date && value.TimeOfDay == TimeSpan.Zero ? IsoFormat.Date(DateOnly.FromDateTime(value))
            : kind == CanonicalColumnKind.Date ? value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : CanonicalExtractWriter.FormatDateTime(value)!;

    /// <summary>Y or N.</summary>
    public static string Text(bool value) => value ? "Y" : "N";

    /// <summary>The shortest round-trip invariant form.</summary>
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The invariant form.</summary>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
