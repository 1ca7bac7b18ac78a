using System.Globalization;
using System.Security.Cryptography;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;
using Parquet;
using Parquet.Schema;

namespace Csc.Analysis.Data.Canonical;

/// <summary>
/// The canonical extract as a folder of Parquet files: one <c>&lt;table&gt;.parquet</c> per table (children.parquet,
/// contacts.parquet, ...), with the same columns as the CSV files, typed (<see cref="CanonicalSchema.KindOf"/>): text
/// as strings, dates as DATE, date-times as TIMESTAMP (wall-clock, not adjusted to UTC), flags as BOOLEAN, whole
/// numbers as INT32 and distances as DOUBLE. Columns stored as text (or as another number or timestamp type) are read
/// too, as the CSV reader would read the same text.
/// </summary>
public static class CanonicalParquet
{
    /// <summary>The file extension of a table.</summary>
    public const string Extension = ".parquet";

    private const int RowGroupSize = 1 << 20;

    /// <summary>The Parquet file name of a table: children.parquet for children.csv.</summary>
    public static string FileName(CanonicalTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Path.GetFileNameWithoutExtension(table.FileName) + Extension;
    }

    /// <summary>
    /// Writes <paramref name="data"/> as Parquet files in <paramref name="folder"/> (created): the tables and columns the
    /// CSV writer would write, in the same order, rows in the order of the lists. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Write(CaseData data, string folder)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteParts([data], folder);
    }

    /// <summary>
    /// Writes a data set that arrives in parts (the units of a large synthetic council) without holding it all: each
    /// part's rows are a row group (or several, of at most a million rows) of each table's file, so the files hold the
    /// parts' tables concatenated. The first part decides which optional tables and columns are written.
    /// </summary>
    public static IReadOnlyList<string> WriteParts(IEnumerable<CaseData> parts, string folder)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        return WritePartsAsync(parts, folder).GetAwaiter().GetResult();
    }

    private static async Task<IReadOnlyList<string>> WritePartsAsync(IEnumerable<CaseData> parts, string folder)
    {
        using var each = parts.GetEnumerator();
        var first = each.MoveNext() ? each.Current : CaseData.Empty;
        var tables = CanonicalExtractWriter.Choose(first);
        var paths = tables.Select(t => Path.Combine(folder, FileName(t.Table))).ToArray();
        var streams = new FileStream?[tables.Count];
        var writers = new ParquetWriter?[tables.Count];
        var fields = tables.Select(t => t.Columns.Select(Field).ToArray()).ToArray();
        var kinds = tables.Select(t => t.Columns.Select(CanonicalSchema.KindOf).ToArray()).ToArray();
        var written = new bool[tables.Count];
        var done = false;
        try
        {
            for (var i = 0; i < tables.Count; i++)
            {
                streams[i] = File.Create(paths[i] + ".tmp");
                writers[i] = await ParquetWriter.CreateAsync(new ParquetSchema(fields[i]), streams[i]!).ConfigureAwait(false);
            }
            for (var part = first; part is not null; part = each.MoveNext() ? each.Current : null)
            {
                for (var i = 0; i < tables.Count; i++)
                {
                    var batch = new List<string?[]>();
                    foreach (var row in tables[i].Rows(part))
                    {
                        batch.Add(row);
                        if (batch.Count == RowGroupSize)
                        {
                            await WriteGroupAsync(writers[i]!, fields[i], kinds[i], batch).ConfigureAwait(false);
                            batch.Clear();
                            written[i] = true;
                        }
                    }
                    if (batch.Count > 0)
                    {
                        await WriteGroupAsync(writers[i]!, fields[i], kinds[i], batch).ConfigureAwait(false);
                        written[i] = true;
                    }
                }
            }
            for (var i = 0; i < tables.Count; i++)
            {
                if (!written[i])
                {
                    // An empty table is one empty row group, so every reader sees its columns.
                    await WriteGroupAsync(writers[i]!, fields[i], kinds[i], []).ConfigureAwait(false);
                }
            }
            done = true;
        }
        finally
        {
            for (var i = 0; i < tables.Count; i++)
            {
                if (writers[i] is { } w)
                {
                    await w.DisposeAsync().ConfigureAwait(false);
                }
                if (streams[i] is { } s)
                {
                    await s.DisposeAsync().ConfigureAwait(false);
                }
                if (done)
                {
                    File.Move(paths[i] + ".tmp", paths[i], overwrite: true);
                }
                else
                {
                    File.Delete(paths[i] + ".tmp");
                }
            }
        }
        return paths;
    }

    /// <summary>The Parquet field of a canonical column.</summary>
    internal static DataField Field(string column) => CanonicalSchema.KindOf(column) switch
    {
        CanonicalColumnKind.Date => new DataField<DateOnly?>(column),
        CanonicalColumnKind.DateTime => new DateTimeDataField(column, DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Millis, isNullable: true),
        CanonicalColumnKind.Flag => new DataField<bool?>(column),
        CanonicalColumnKind.WholeNumber => new DataField<int?>(column),
        CanonicalColumnKind.Number => new DataField<double?>(column),
        _ => new DataField<string>(column, nullable: true),
    };

    private static async Task WriteGroupAsync(ParquetWriter writer, DataField[] fields, CanonicalColumnKind[] kinds, List<string?[]> rows)
    {
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var f = fields[c];
            var column = c;
            switch (kinds[c])
            {
                case CanonicalColumnKind.Date:
                    await group.WriteAsync<DateOnly>(f, Values(rows, column, t => DateOnly.ParseExact(t, IsoFormat.DatePattern, CultureInfo.InvariantCulture))).ConfigureAwait(false);
                    break;
                case CanonicalColumnKind.DateTime:
                    await group.WriteAsync<DateTime>(f, Values(rows, column, t => FieldParsers.TryParseDateTime(t, out var v) ? v : throw new FormatException(t))).ConfigureAwait(false);
                    break;
                case CanonicalColumnKind.Flag:
                    await group.WriteAsync<bool>(f, Values(rows, column, t => t == "Y")).ConfigureAwait(false);
                    break;
                case CanonicalColumnKind.WholeNumber:
                    await group.WriteAsync<int>(f, Values(rows, column, t => int.Parse(t, CultureInfo.InvariantCulture))).ConfigureAwait(false);
                    break;
                case CanonicalColumnKind.Number:
                    await group.WriteAsync<double>(f, Values(rows, column, t => double.Parse(t, CultureInfo.InvariantCulture))).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(f, rows.Select(r => r[column]).ToArray()).ConfigureAwait(false);
                    break;
            }
        }
    }

    // The column's values as the writer formatted them, parsed back to their type (the text is the writer's own, so it parses).
    private static ReadOnlyMemory<T?> Values<T>(List<string?[]> rows, int column, Func<string, T> parse)
        where T : struct
    {
        var values = new T?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = rows[i][column] is { } t ? parse(t) : null;
        }
        return values;
    }

    /// <summary>
    /// Reads one table's Parquet file through the CSV reader's header check and row readers; issues name the file and
    /// the row number (the first row is 1). A file that cannot be read as Parquet is one <see cref="CanonicalRules.TableUnreadable"/> error.
    /// </summary>
    internal static SourceFile Read(string path, CanonicalTable table, IssueCollector issues, ParseRuleIds rules, DateOnly? extractDate, Action<RowReader> onRow)
    {
        var name = Path.GetFileName(path);
        long rows = 0, rejected = 0;
        var usable = false;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var reader = ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
            using var close = new Closing(reader);
            var fields = reader.Schema.Fields;
            var columns = fields.Select(f => new TypedColumn(f.Name, Unreadable(f))).ToList();
            var readable = fields.Where(f => Unreadable(f) is null).Cast<DataField>().ToArray();
            var counted = new CountingRows(Rows(reader, readable));
            try
            {
                (rows, rejected, usable) = TypedTableReader.Read(name, columns, counted, table.Schema, issues, rules, extractDate, onRow);
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                issues.Error(CanonicalRules.TableUnreadable, name, counted.Count + 1, null, null,
                    $"the Parquet file cannot be read from row {counted.Count + 1} on ({ex.Message}); the rows after it are not loaded.");
                rejected++;
            }
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            issues.Error(CanonicalRules.TableUnreadable, name, null, null, null,
                $"the file cannot be read as Parquet ({ex.Message}); the {Path.GetFileNameWithoutExtension(table.FileName)} table is empty.");
            return new SourceFile(path, Sha256(path), new FileInfo(path).Length, 0) { Unusable = true };
        }
        return new SourceFile(path, Sha256(path), new FileInfo(path).Length, rows) { Rejected = rejected, Unusable = !usable };
    }

    private static bool IsReadFailure(Exception ex)
        => ex is IOException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException or InvalidCastException;

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // Null when the kit reads the field; else how to name its type in the issue.
    private static string? Unreadable(Field field) => field switch
    {
        DataField { IsArray: true } => "list",
        DataField d when ReadableTypes.Contains(d.ClrType) => null,
        DataField d when d.ClrType == typeof(byte[]) || d.ClrType == typeof(ReadOnlyMemory<byte>) => "binary",
        DataField d when d.ClrType == typeof(TimeSpan) || d.ClrType == typeof(TimeOnly) => "time-of-day",
        DataField d => d.ClrType.Name,
        _ => field.SchemaType.ToString().ToLowerInvariant(),
    };

    private static readonly HashSet<Type> ReadableTypes =
    [
        typeof(string), typeof(ReadOnlyMemory<char>), typeof(DateOnly), typeof(DateTime), typeof(bool), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal),
    ];

    private static IEnumerable<string?[]> Rows(ParquetReader reader, DataField[] fields)
    {
        var kinds = fields.Select(f => CanonicalSchema.KindOf(f.Name.Trim().ToLowerInvariant())).ToArray();
        var cells = new string?[fields.Length];
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var columns = new Func<int, string?>[fields.Length];
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c] = ReadColumnAsync(group, fields[c], kinds[c], n).GetAwaiter().GetResult();
            }
            for (var i = 0; i < n; i++)
            {
                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c] = columns[c](i);
                }
                yield return cells;
            }
        }
    }

    private static async Task<Func<int, string?>> ReadColumnAsync(ParquetRowGroupReader group, DataField field, CanonicalColumnKind kind, int n)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[n];
            await group.ReadAsync(field, text.AsMemory()).ConfigureAwait(false);
            return i => text[i];
        }
        if (type == typeof(DateOnly))
        {
            var a = await ValuesAsync<DateOnly>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } d ? TypedTableReader.Text(d, kind) : null;
        }
        if (type == typeof(DateTime))
        {
            var a = await ValuesAsync<DateTime>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } d ? TypedTableReader.Text(d, kind) : null;
        }
        if (type == typeof(bool))
        {
            var a = await ValuesAsync<bool>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } b ? TypedTableReader.Text(b) : null;
        }
        if (type == typeof(double))
        {
            var a = await ValuesAsync<double>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } d ? TypedTableReader.Text(d) : null;
        }
        if (type == typeof(float))
        {
            var a = await ValuesAsync<float>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } d ? TypedTableReader.Text((double)d) : null;
        }
        if (type == typeof(int))
        {
            var a = await ValuesAsync<int>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } v ? TypedTableReader.Text(v) : null;
        }
        if (type == typeof(long))
        {
            var a = await ValuesAsync<long>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } v ? TypedTableReader.Text(v) : null;
        }
        if (type == typeof(short))
        {
            var a = await ValuesAsync<short>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } v ? TypedTableReader.Text(v) : null;
        }
        if (type == typeof(sbyte))
        {
            var a = await ValuesAsync<sbyte>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } v ? TypedTableReader.Text(v) : null;
        }
        if (type == typeof(byte))
        {
            var a = await ValuesAsync<byte>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } v ? TypedTableReader.Text(v) : null;
        }
        if (type == typeof(ushort))
        {
            var a = await ValuesAsync<ushort>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } v ? TypedTableReader.Text(v) : null;
        }
        if (type == typeof(uint))
        {
            var a = await ValuesAsync<uint>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } v ? TypedTableReader.Text(v) : null;
        }
        if (type == typeof(ulong))
        {
            var a = await ValuesAsync<ulong>(group, field, n).ConfigureAwait(false);
            return i => a[i] is { } v ? v.ToString(CultureInfo.InvariantCulture) : null;
        }
        var m = await ValuesAsync<decimal>(group, field, n).ConfigureAwait(false);
        return i => m[i] is { } v ? v.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static async Task<T?[]> ValuesAsync<T>(ParquetRowGroupReader group, DataField field, int n)
        where T : struct
    {
        var values = new T?[n];
        if (field.IsNullable)
        {
            await group.ReadAsync<T>(field, values.AsMemory()).ConfigureAwait(false);
            return values;
        }
        var plain = new T[n];
        await group.ReadAsync<T>(field, plain.AsMemory()).ConfigureAwait(false);
        for (var i = 0; i < n; i++)
        {
            values[i] = plain[i];
        }
        return values;
    }

    /// <summary>Disposes the reader (asynchronous only) when the synchronous read ends.</summary>
    private sealed class Closing(ParquetReader reader) : IDisposable
    {
        public void Dispose() => reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Counts the rows handed on, so a failure part way names the row it stopped at.</summary>
    private sealed class CountingRows(IEnumerable<string?[]> rows) : IEnumerable<string?[]>
    {
        public long Count { get; private set; }

        public IEnumerator<string?[]> GetEnumerator()
        {
            foreach (var row in rows)
            {
                yield return row;
                Count++;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
