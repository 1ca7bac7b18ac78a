using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Parsing;

/// <summary>
/// Typed access to the fields of the current CSV row by column NAME, reporting every bad value to
/// the <see cref="IssueCollector"/> with the file, line, column and value. Errors mark the row
/// (<see cref="HasErrors"/>): the loader then skips it, and the error says why. Blank values are
/// null; a blank required value is a <see cref="ParseRuleIds.MissingValue"/> error. When an extract
/// date is set, dates after it are <see cref="ParseRuleIds.FutureDate"/> errors.
/// </summary>
public sealed class RowReader
{
    // Values of a column with few distinct values (team, source, codes) are shared, not copied per
    // row: large extracts then keep one "MASH" instead of a million. A column that passes
    // PoolLimit distinct values (an id) stops being pooled. Pools are looked up by span, so a
    // pooled value costs no allocation at all.
    private const int PoolLimit = 4096;
    private readonly IReadOnlyDictionary<string, int> columns;
    private readonly ParseRuleIds rules;
    private readonly DateOnly? extractDate;

    // Column index by the caller's name string. Callers pass the same literals row after row, so a
    // lookup by reference (cheap) answers almost every call; other strings fall back to the
    // case-insensitive header map. -1: no such column.
    private readonly Dictionary<string, int> indexByReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string>?[] pools;
    private readonly bool[] poolFull;

    // The string each column gave in the current row (row number stamped), so that asking twice costs nothing.
    private readonly string?[] values;
    private readonly long[] valueRow;
    private long rowNumber;
    private CsvInput? record;

    // A row given as text fields (a Parquet file or a database table, each value already turned into
    // the text a CSV file would hold) instead of a CSV record.
    private string?[]? cells;

    // One column whose values are looked up in a table of known values (child_id in children.csv):
    // a known value is returned as the table's own string, so it is neither copied nor hashed again.
    private int knownColumn = -1;
    private Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> known;
    private bool knownFound;

    internal RowReader(string file, IReadOnlyDictionary<string, int> columns, IssueCollector issues, ParseRuleIds rules, DateOnly? extractDate)
    {
        File = file;
        this.columns = columns;
        Issues = issues;
        this.rules = rules;
        this.extractDate = extractDate;
        var width = 0;
        foreach (var i in columns.Values)
        {
            width = Math.Max(width, i + 1);
        }
        pools = new Dictionary<string, string>?[width];
        poolFull = new bool[width];
        values = new string?[width];
        valueRow = new long[width];
    }

    /// <summary>The file name used in issues.</summary>
    public string File { get; }

    /// <summary>The physical line the current row starts on.</summary>
    public long Line { get; private set; }

    /// <summary>True when an error was raised for the current row (it should not be used).</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Where the reader records the issues it finds.</summary>
    public IssueCollector Issues { get; }

    // The row's physical line is given: CsvInput counts from where reading (re)started.
    internal void Reset(CsvInput row, long line)
    {
        record = row;
        cells = null;
        Line = line;
        HasErrors = false;
        rowNumber++;
    }

    // A row of text fields, in the order of the column indexes; a null field is blank. The array is read, not kept.
    internal void Reset(string?[] row, long line)
    {
        cells = row;
        record = null;
        Line = line;
        HasErrors = false;
        rowNumber++;
    }

    /// <summary>
    /// Looks the values of <paramref name="column"/> up in <paramref name="values"/> (keys compared
    /// ordinally; not modified while reading): a value found there is returned as the key's own
    /// string, and <see cref="IsKnown"/> tells whether the current row's value was found.
    /// </summary>
    internal void UseKnownValues(string column, Dictionary<string, long> values)
    {
        knownColumn = columns.TryGetValue(column, out var i) ? i : -1;
        known = values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the current row's value of the column given to <see cref="UseKnownValues"/> is among the known values.</summary>
    internal bool IsKnown(string column)
    {
        var value = Text(column);
        return value is not null && (IndexOf(column) == knownColumn ? knownFound : known.Dictionary.ContainsKey(value));
    }

    /// <summary>True when the header has this column.</summary>
    public bool HasColumn(string column) => columns.ContainsKey(column);

    /// <summary>The raw field, or null when the header has no such column.</summary>
    public string? Raw(string column)
    {
        var i = IndexOf(column);
        return i < 0 ? null : new string(Field(i));
    }

    /// <summary>The trimmed value, or null when blank or the column is absent.</summary>
    public string? Text(string column, bool required = false)
    {
        var index = IndexOf(column);
        if (index < 0)
        {
            return Blank(column, index, required);
        }
        if (valueRow[index] == rowNumber)
        {
            // Asked before in this row; a blank required value is reported on every ask, as before.
            return values[index] ?? Blank(column, index, required);
        }
        var raw = Field(index);
        string? value;
        if (raw.IsWhiteSpace())
        {
            value = null;
            if (required)
            {
                Blank(column, index, required);
            }
        }
        else if (index == knownColumn)
        {
            knownFound = known.TryGetValue(raw.Trim(), out value, out _);
            value ??= Pool(index, raw.Trim());
        }
        else
        {
            value = Pool(index, raw.Trim());
        }
        values[index] = value;
        valueRow[index] = rowNumber;
        return value;
    }

    // A blank or absent value: null, and a missing-value error when required (the value shown is the raw blank field).
    private string? Blank(string column, int index, bool required)
    {
        if (required)
        {
            Error(rules.MissingValue, column, index < 0 ? string.Empty : new string(Field(index)), $"{column} is required but blank.");
        }
        return null;
    }

    private int FieldCount => record?.Count ?? cells?.Length ?? throw new InvalidOperationException("No row has been read yet.");

    private ReadOnlySpan<char> Field(int index) => record is not null ? record.Field(index) : cells![index].AsSpan();

    // The column's index in the row, or -1 when the header has no such column.
    private int IndexOf(string column)
    {
        if (!indexByReference.TryGetValue(column, out var index))
        {
            index = columns.TryGetValue(column, out var i) ? i : -1;
            indexByReference[column] = index;
        }
        return index < FieldCount ? index : -1;
    }

    private string Pool(int column, ReadOnlySpan<char> value)
    {
        if (poolFull[column])
        {
            return new string(value);
        }
        var pool = pools[column] ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var shared))
        {
            return shared;
        }
        var text = new string(value);
        if (pool.Count >= PoolLimit)
        {
            poolFull[column] = true;
            pools[column] = null;
            return text;
        }
        pool.Add(text, text);
        return text;
    }

    /// <summary>A date (yyyy-MM-dd or dd/MM/yyyy), null when blank. <paramref name="allowFuture"/> skips the extract-date check (for planned events).</summary>
    public DateOnly? Date(string column, bool required = false, bool allowFuture = false)
    {
        // Parsed straight from the row's characters: a string is made only for a message.
        var index = IndexOf(column);
        if (index < 0 || Field(index).IsWhiteSpace())
        {
            Blank(column, index, required);
            return null;
        }
        if (!FieldParsers.TryParseDateSpan(Field(index), out var date))
        {
            var text = Text(column)!;
            Error(rules.DateFormat, column, text, $"{column} is {FieldParsers.DescribeBadDate(text)}");
            return null;
        }
        if (!allowFuture && extractDate is { } x && date > x)
        {
            Error(rules.FutureDate, column, Text(column), $"{column} {IsoFormat.Date(date)} is after the extract date {IsoFormat.Date(x)}.");
            return null;
        }
        return date;
    }

    /// <summary>A date and time (yyyy-MM-ddTHH:mm, seconds optional, 'T' or space), null when blank.</summary>
    public DateTime? DateTime(string column, bool required = false)
    {
        var text = Text(column, required);
        if (text is null)
        {
            return null;
        }
        if (!FieldParsers.TryParseDateTime(text, out var value))
        {
            Error(rules.DateTimeFormat, column, text, $"{column} is {FieldParsers.DescribeBadDateTime(text)}");
            return null;
        }
        if (extractDate is { } x && DateOnly.FromDateTime(value) > x)
        {
            Error(rules.FutureDate, column, text, $"{column} {IsoFormat.DateTime(value)} is after the extract date {IsoFormat.Date(x)}.");
            return null;
        }
        return value;
    }

    /// <summary>
    /// A yes/no flag in the spellings allowed by <paramref name="styles"/>, null when blank. A value that is not a flag
    /// is an error when the flag is <paramref name="required"/>; otherwise a warning, read as blank, and the row is kept
    /// (one mistyped optional flag does not lose the record).
    /// </summary>
    public bool? Flag(string column, FlagStyles styles, bool required = false)
    {
        var text = Text(column, required);
        if (text is null)
        {
            return null;
        }
        if (!FieldParsers.TryParseFlag(text, styles, out var value))
        {
            if (required)
            {
                Error(rules.FlagFormat, column, text, $"{column} is not a flag; expected {FieldParsers.DescribeFlagStyles(styles)}.");
            }
            else
            {
                Warning(rules.FlagFormat, column, text, $"{column} is not a flag; expected {FieldParsers.DescribeFlagStyles(styles)}. Read as blank; the row is kept.");
            }
            return null;
        }
        return value;
    }

    /// <summary>An invariant number, null when blank.</summary>
    public double? Number(string column, bool required = false)
    {
        var text = Text(column, required);
        if (text is null)
        {
            return null;
        }
        if (!FieldParsers.TryParseDouble(text, out var value))
        {
            Error(rules.NumberFormat, column, text, $"{column} is not a number; expected digits with an optional '.' decimal point (for example 12.5).");
            return null;
        }
        return value;
    }

    /// <summary>An invariant decimal, null when blank.</summary>
    public decimal? DecimalValue(string column, bool required = false)
    {
        var text = Text(column, required);
        if (text is null)
        {
            return null;
        }
        if (!FieldParsers.TryParseDecimal(text, out var value))
        {
            Error(rules.NumberFormat, column, text, $"{column} is not a number; expected digits with an optional '.' decimal point (for example 12.5).");
            return null;
        }
        return value;
    }

    /// <summary>
    /// A code from <paramref name="codes"/> (case-insensitive), returned as spelled in the list; null
    /// when blank. An unknown code raises <paramref name="unknownSeverity"/>: with Error the row is
    /// marked bad and null returned; with Warning the trimmed value is kept and returned.
    /// </summary>
    public string? Code(string column, CodeList codes, bool required = false, IssueSeverity unknownSeverity = IssueSeverity.Error)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var text = Text(column, required);
        if (text is null)
        {
            return null;
        }
        if (codes.TryMatch(text, out var code))
        {
            return code;
        }
        Report(unknownSeverity, rules.UnknownCode, column, text, $"{column} {codes.DescribeUnknown(text)}");
        return unknownSeverity == IssueSeverity.Error ? null : text;
    }

    /// <summary>Records an error for this row (the row is marked bad).</summary>
    public void Error(string ruleId, string? column, string? value, string reason) => Report(IssueSeverity.Error, ruleId, column, value, reason);

    /// <summary>Records a warning for this row (the row is kept).</summary>
    public void Warning(string ruleId, string? column, string? value, string reason) => Report(IssueSeverity.Warning, ruleId, column, value, reason);

    /// <summary>Records an issue for this row; an error marks the row bad.</summary>
    public void Report(IssueSeverity severity, string ruleId, string? column, string? value, string reason)
    {
        if (severity == IssueSeverity.Error)
        {
            HasErrors = true;
        }
        Issues.Add(severity, ruleId, File, Line, column, value, reason);
    }
}
