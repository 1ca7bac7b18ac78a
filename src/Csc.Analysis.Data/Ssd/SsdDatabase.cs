using System.Data.Common;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// Loads the SSD from a database. The connection string is used only to open the connection: it is never written to an
/// issue, a message or an exception (a provider's error text is passed on with every secret value of the connection
/// string masked).
/// </summary>
public static class SsdDatabase
{
    /// <summary>Reads a provider's command-line name (postgresql, sqlserver, duckdb; case-insensitive).</summary>
    public static bool TryParseProvider(string? text, out SsdProvider provider)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "postgresql" or "postgres":
                provider = SsdProvider.PostgreSql;
                return true;
            case "sqlserver" or "mssql":
                provider = SsdProvider.SqlServer;
                return true;
            case "duckdb":
                provider = SsdProvider.DuckDb;
                return true;
            default:
                provider = SsdProvider.PostgreSql;
                return false;
        }
    }

    /// <summary>
    /// Connects, reads every SSD table the kit knows from <paramref name="schema"/> (the provider's default when null)
    /// and closes. Connection failures are a <see cref="DataLoadException"/> whose message holds no secret.
    /// </summary>
    public static LoadResult Load(SsdProvider provider, string connectionString, string? schema, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        schema ??= SsdDbSource.DefaultSchema(provider);
        if (!SsdDbSource.IsValidSchema(schema))
        {
            throw new DataLoadException($"'{schema}' is not a schema name: letters, digits and underscores, starting with a letter or underscore, at most 63 characters.");
        }
        DbConnection? connection = null;
        try
        {
            connection = Create(provider, connectionString);
            connection.Open();
            using var source = new SsdDbSource(connection, provider, schema);
            return SsdMapper.Map(source, options);
        }
        catch (Exception ex) when (ex is DbException or ArgumentException or InvalidOperationException or IOException)
        {
            throw new DataLoadException($"Cannot read the SSD from the {Name(provider)} database: {Mask(ex.Message, connectionString)}");
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>The command-line name of a provider.</summary>
    public static string Name(SsdProvider provider) => provider switch
    {
        SsdProvider.SqlServer => "sqlserver",
        SsdProvider.DuckDb => "duckdb",
        _ => "postgresql",
    };

    private static DbConnection Create(SsdProvider provider, string connectionString) => provider switch
    {
        SsdProvider.SqlServer => new SqlConnection(connectionString),
        SsdProvider.DuckDb => new DuckDBConnection(connectionString),
        _ => new NpgsqlConnection(connectionString),
    };

    /// <summary><paramref name="message"/> with the connection string and each of its password-like values replaced by ***.</summary>
    public static string Mask(string message, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(connectionString);
        var secrets = new List<string> { connectionString };
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (string key in builder.Keys)
            {
                if (key.Contains("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase)
                    || key.Contains("token", StringComparison.OrdinalIgnoreCase) || key.Contains("secret", StringComparison.OrdinalIgnoreCase))
                {
                    if (builder[key]?.ToString() is { Length: > 0 } v)
                    {
                        secrets.Add(v);
                    }
                }
            }
        }
        catch (ArgumentException)
        {
            // not parseable: the whole string is still masked
        }
        foreach (var s in secrets.OrderByDescending(s => s.Length))
        {
            if (s.Length > 0)
            {
                message = message.Replace(s, "***", StringComparison.Ordinal);
            }
        }
        return message;
    }
}
