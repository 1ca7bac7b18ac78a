using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// SSD tables in a database, read with plain read-only SELECTs naming their columns (those of <see cref="SsdTable.Columns"/>
/// that the table has, found in information_schema.columns with the schema and table as parameters), streamed through a
/// <see cref="DbDataReader"/>. The schema name is checked against <see cref="SchemaPattern"/> before it is put in a query;
/// table and column names come from <see cref="SsdSchema"/> only. The connection string is never kept in an issue.
/// </summary>
public sealed partial class SsdDbSource : ISsdRowSource
{
    private readonly DbConnection connection;
    private readonly SsdProvider provider;
    private readonly string schema;
    private readonly List<(SsdTable Table, SsdDbRowReader Reader)> opened = [];
    private Dictionary<string, HashSet<string>>? columns;

    /// <summary>Reads from <paramref name="connection"/> (opened, and owned by the caller) in <paramref name="schema"/>.</summary>
    public SsdDbSource(DbConnection connection, SsdProvider provider, string schema)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsValidSchema(schema))
        {
            throw new ArgumentException($"'{schema}' is not a schema name: letters, digits and underscores, starting with a letter or underscore, at most 63.", nameof(schema));
        }
        this.connection = connection;
        this.provider = provider;
        this.schema = schema;
    }

    /// <summary>What a schema name may be: an unquoted SQL identifier.</summary>
    public const string SchemaPattern = "^[A-Za-z_][A-Za-z0-9_]{0,62}$";

    /// <summary>True when <paramref name="schema"/> matches <see cref="SchemaPattern"/>.</summary>
    public static bool IsValidSchema(string? schema) => schema is not null && SchemaRegex().IsMatch(schema);

    [GeneratedRegex(SchemaPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SchemaRegex();

    /// <summary>The default schema of a provider: public (PostgreSQL), dbo (SQL Server), main (DuckDB).</summary>
    public static string DefaultSchema(SsdProvider provider) => provider switch
    {
        SsdProvider.SqlServer => "dbo",
        SsdProvider.DuckDb => "main",
        _ => "public",
    };

    /// <inheritdoc />
    public string Location(SsdTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"{schema}.{table.Name}";
    }

    /// <inheritdoc />
    public IReadOnlyList<SourceFile> Files => [.. opened.Select(o => new SourceFile(Location(o.Table), string.Empty, 0, o.Reader.Line))];

    /// <inheritdoc />
    public ISsdRowReader? Open(SsdTable table, IssueCollector issues)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(issues);
        columns ??= ReadColumns();
        if (!columns.TryGetValue(table.Name, out var present))
        {
            return null;
        }
        var selected = table.Columns.Where(present.Contains).ToList();
        if (selected.Count == 0)
        {
            return null;
        }
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", selected.Select(Quote))} FROM {Quote(schema)}.{Quote(table.Name)} ORDER BY {Quote(selected[0])}";
        try
        {
            var reader = command.ExecuteReader(System.Data.CommandBehavior.SequentialAccess);
            var rows = new SsdDbRowReader(command, reader, selected);
            opened.Add((table, rows));
            return rows;
        }
        catch (DbException ex)
        {
            command.Dispose();
            issues.Error(StatutoryRules.FileUnreadable, Location(table), null, null, null, $"The table cannot be read: {ex.GetType().Name}.");
            return null;
        }
    }

    /// <summary>Every table of the schema whose name starts ssd_, with its columns (lower case).</summary>
    private Dictionary<string, HashSet<string>> ReadColumns()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        using var command = connection.CreateCommand();
        var p = provider == SsdProvider.DuckDb ? "$schema" : "@schema";
        command.CommandText = $"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = {p}";
        var parameter = command.CreateParameter();
        parameter.ParameterName = provider == SsdProvider.DuckDb ? "schema" : "@schema";
        parameter.Value = schema;
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var table = reader.GetString(0);
            if (!map.TryGetValue(table, out var set))
            {
                map[table] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }
            set.Add(reader.GetString(1));
        }
        return map;
    }

    private string Quote(string identifier) => provider == SsdProvider.SqlServer ? $"[{identifier}]" : $"\"{identifier}\"";

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (_, reader) in opened)
        {
            reader.Dispose();
        }
    }

    /// <summary>A database value as the text a CSV drop would hold.</summary>
    internal static string? Text(object value) => value switch
    {
        DBNull => null,
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => IsoFormat.Date(d),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
