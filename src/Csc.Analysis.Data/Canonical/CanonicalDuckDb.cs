using System.Data;
using System.Data.Common;
using System.Globalization;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;
using DuckDB.NET.Data;

namespace Csc.Analysis.Data.Canonical;

/// <summary>
/// The canonical extract as a DuckDB database file: one table per canonical table in the main schema, named as the
/// CSV file without .csv (children, contacts, ..., population), with the same columns, typed as
/// <see cref="CanonicalParquet"/> types them (VARCHAR, DATE, TIMESTAMP, BOOLEAN, INTEGER, DOUBLE); columns of other
/// text, number or timestamp types are read too. The file is opened read-only. Issues name the table as main.children
/// and the row number in the order the table returns its rows (the first row is 1).
/// </summary>
public static class CanonicalDuckDb
{
    /// <summary>The file extensions recognised as a DuckDB database: .duckdb, .ddb and .db (with DuckDB's header).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".duckdb", ".ddb", ".db"];

    /// <summary>The table name of a canonical table: children for children.csv.</summary>
    public static string TableName(CanonicalTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Path.GetFileNameWithoutExtension(table.FileName);
    }

    /// <summary>True when <paramref name="path"/> is a file with a DuckDB database's header ("DUCK" at byte 8).</summary>
    public static bool IsDatabase(string path)
    {
        if (!File.Exists(path) || !Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            return false;
        }
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[12];
            return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head[8..12].SequenceEqual("DUCK"u8);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes <paramref name="data"/> into a new DuckDB file at <paramref name="path"/> (replaced when it exists): the
    /// tables and columns the CSV writer would write, typed, rows in the order of the lists.
    /// </summary>
    public static void Write(CaseData data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        WriteParts([data], path);
    }

    /// <summary>
    /// Writes a data set that arrives in parts without holding it all: each table holds the parts' rows in order. The
    /// first part decides which optional tables and columns are written.
    /// </summary>
    public static void WriteParts(IEnumerable<CaseData> parts, string path)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.Delete(temporary);
        try
        {
            using (var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = temporary }.ConnectionString))
            {
                connection.Open();
                IReadOnlyList<CanonicalExtractWriter.ChosenTable>? tables = null;
                foreach (var part in parts)
                {
                    if (tables is null)
                    {
                        tables = CanonicalExtractWriter.Choose(part);
                        foreach (var t in tables)
                        {
                            using var create = connection.CreateCommand();
                            create.CommandText = $"CREATE TABLE {Quote(TableName(t.Table))} ({string.Join(", ", t.Columns.Select(c => $"{Quote(c)} {SqlType(c)}"))})";
                            create.ExecuteNonQuery();
                        }
                    }
                    foreach (var t in tables)
                    {
                        Append(connection, TableName(t.Table), [.. t.Columns.Select(CanonicalSchema.KindOf)], t.Rows(part));
                    }
                }
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + ".wal");
        }
    }

    private static void Append(DuckDBConnection connection, string table, CanonicalColumnKind[] kinds, IEnumerable<string?[]> rows)
    {
        using var appender = connection.CreateAppender(table);
        foreach (var row in rows)
        {
            var r = appender.CreateRow();
            for (var c = 0; c < kinds.Length; c++)
            {
                var text = row[c];
                if (text is null)
                {
                    r.AppendNullValue();
                    continue;
                }
                switch (kinds[c])
                {
                    case CanonicalColumnKind.Date:
                        r.AppendValue((DateOnly?)DateOnly.ParseExact(text, IsoFormat.DatePattern, CultureInfo.InvariantCulture));
                        break;
                    case CanonicalColumnKind.DateTime:
                        r.AppendValue((DateTime?)(FieldParsers.TryParseDateTime(text, out var t) ? t : throw new FormatException(text)));
                        break;
                    case CanonicalColumnKind.Flag:
                        r.AppendValue((bool?)(text == "Y"));
                        break;
                    case CanonicalColumnKind.WholeNumber:
                        r.AppendValue((int?)int.Parse(text, CultureInfo.InvariantCulture));
                        break;
                    case CanonicalColumnKind.Number:
                        r.AppendValue((double?)double.Parse(text, CultureInfo.InvariantCulture));
                        break;
                    default:
                        r.AppendValue(text);
                        break;
                }
            }
            r.EndRow();
        }
    }

    /// <summary>The DuckDB type of a canonical column.</summary>
    public static string SqlType(string column) => CanonicalSchema.KindOf(column) switch
    {
        CanonicalColumnKind.Date => "DATE",
        CanonicalColumnKind.DateTime => "TIMESTAMP",
        CanonicalColumnKind.Flag => "BOOLEAN",
        CanonicalColumnKind.WholeNumber => "INTEGER",
        CanonicalColumnKind.Number => "DOUBLE",
        _ => "VARCHAR",
    };

    /// <summary>Opens <paramref name="path"/> read-only.</summary>
    internal static DuckDBConnection Open(string path)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        builder["ACCESS_MODE"] = "READ_ONLY";
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The tables of the main schema, each with its columns and their DuckDB types, in column order.</summary>
    internal static Dictionary<string, List<(string Name, string Type)>> Tables(DbConnection connection)
    {
        var tables = new Dictionary<string, List<(string, string)>>(StringComparer.OrdinalIgnoreCase);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var list))
            {
                tables[table] = list = [];
            }
            list.Add((reader.GetString(1), reader.GetString(2)));
        }
        return tables;
    }

    /// <summary>
    /// Reads one canonical table (<paramref name="name"/>, as the database spells it) through the CSV reader's header
    /// check and row readers. A table that cannot be read is one <see cref="CanonicalRules.TableUnreadable"/> error.
    /// </summary>
    internal static SourceFile Read(DbConnection connection, string databasePath, string name, List<(string Name, string Type)> columns, CanonicalTable table,
        IssueCollector issues, ParseRuleIds rules, DateOnly? extractDate, Action<RowReader> onRow)
    {
        var location = "main." + name;
        var typed = columns.Select(c => new TypedColumn(c.Name, Unreadable(c.Type))).ToList();
        var readable = columns.Where(c => Unreadable(c.Type) is null).Select(c => c.Name).ToList();
        var file = databasePath + "#" + location;
        long rows = 0, rejected = 0;
        var usable = false;
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = readable.Count == 0 ? $"SELECT 1 FROM main.{Quote(name)} LIMIT 0"
                : $"SELECT {string.Join(", ", readable.Select(Quote))} FROM main.{Quote(name)}";
            using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
            (rows, rejected, usable) = TypedTableReader.Read(location, typed, Rows(reader, readable), table.Schema, issues, rules, extractDate, onRow);
        }
        catch (DbException ex)
        {
            issues.Error(CanonicalRules.TableUnreadable, location, rows > 0 ? rows + 1 : null, null, null,
                $"the table cannot be read ({ex.Message}); the {TableName(table)} table is {(rows > 0 ? "cut short" : "empty")}.");
            return new SourceFile(file, string.Empty, 0, rows) { Rejected = rejected, Unusable = rows == 0 };
        }
        return new SourceFile(file, string.Empty, 0, rows) { Rejected = rejected, Unusable = !usable };
    }

    private static IEnumerable<string?[]> Rows(DbDataReader reader, List<string> columns)
    {
        var kinds = columns.Select(c => CanonicalSchema.KindOf(c.Trim().ToLowerInvariant())).ToArray();
        var cells = new string?[columns.Count];
        while (reader.Read())
        {
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = reader.IsDBNull(c) ? null : TypedTableReader.Text(reader.GetValue(c), kinds[c]);
            }
            yield return cells;
        }
    }

    // Null when the kit reads a column of this DuckDB type; else the type, for the issue.
    private static string? Unreadable(string type)
    {
        var t = type.Trim().ToUpperInvariant();
        return t.EndsWith(']') || t.StartsWith("STRUCT", StringComparison.Ordinal) || t.StartsWith("MAP", StringComparison.Ordinal)
            || t.StartsWith("UNION", StringComparison.Ordinal) || t is "BLOB" or "BIT" or "INTERVAL" or "TIME" or "TIME WITH TIME ZONE"
            ? type : null;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
