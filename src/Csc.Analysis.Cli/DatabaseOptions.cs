using System.CommandLine;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Mapping;
using Csc.Analysis.Data.Ssd;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Cli;

/// <summary>
/// The options that point a command at an SSD database instead of files: <c>--provider postgresql|sqlserver|duckdb</c>,
/// <c>--connection-env NAME</c> or <c>--connection-file F</c> (the connection string is never taken from the command
/// line, and never printed) and <c>--schema NAME</c>. Used with <c>--data ssd</c> or <c>--format ssd</c>.
/// </summary>
internal sealed class DatabaseOptions
{
    /// <summary>The <c>--data</c> value that names a database source.</summary>
    public const string DataName = "ssd";

    private readonly Option<string?> provider = new("--provider") { Description = "Read the SSD from a database: postgresql, sqlserver (untested here) or duckdb. Use with --data ssd." };
    private readonly Option<string?> connectionEnv = new("--connection-env") { Description = "The environment variable holding the database connection string (never printed)." };
    private readonly Option<string?> connectionFile = new("--connection-file") { Description = "A file holding the database connection string (never printed)." };
    private readonly Option<string?> schema = new("--schema") { Description = "The database schema of the ssd_* tables (default: public, dbo or main), for example ssd_development." };

    /// <summary>Adds the four options to <paramref name="command"/>.</summary>
    public static DatabaseOptions AddTo(Command command)
    {
        var o = new DatabaseOptions();
        foreach (var option in new Option[] { o.provider, o.connectionEnv, o.connectionFile, o.schema })
        {
            command.Options.Add(option);
        }
        return o;
    }

    /// <summary>The database the command line names, or null when it names none (then --data is a path).</summary>
    public DatabaseSource? Read(ParseResult parse)
    {
        var p = parse.GetValue(provider);
        var envName = parse.GetValue(connectionEnv);
        var file = parse.GetValue(connectionFile);
        var s = parse.GetValue(schema);
        if (p is null && envName is null && file is null && s is null)
        {
            return null;
        }
        if (p is null)
        {
            throw new CliException("--connection-env, --connection-file and --schema need --provider postgresql, sqlserver or duckdb.");
        }
        if (!SsdDatabase.TryParseProvider(p, out var kind))
        {
            throw new CliException($"--provider '{p}' is not a database: use postgresql, sqlserver or duckdb.");
        }
        if ((envName is null) == (file is null))
        {
            throw new CliException("Give the connection string with exactly one of --connection-env NAME or --connection-file FILE.");
        }
        if (s is not null && !SsdDbSource.IsValidSchema(s))
        {
            throw new CliException($"--schema '{s}' is not a schema name: letters, digits and underscores, starting with a letter or underscore.");
        }
        return new DatabaseSource(kind, envName, file, s);
    }

    /// <summary>
    /// Loads the case data: from the database when <paramref name="database"/> is given (then --data must be ssd or
    /// absent and --format ssd or auto), else from the path with <see cref="CaseDataLoader"/>.
    /// </summary>
    public static LoadResult Load(CliEnvironment env, DatabaseSource? database, string? dataText, DataFormat format, LoadOptions? options = null, string? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        using var stage = env.Progress.Stage($"Loading {database?.Display ?? dataText ?? "."}");
        try
        {
            if (mapping is not null)
            {
                if (database is not null)
                {
                    throw new CliException("--mapping reads the council's own files; it cannot be used with --provider.");
                }
                if (format is not (DataFormat.Auto or DataFormat.Canonical))
                {
                    throw new CliException($"--mapping maps files onto the canonical tables: --format must be canonical (or auto), not {format.Name()}.");
                }
                var folder = dataText is not null && Directory.Exists(env.Resolve(dataText)) ? env.Resolve(dataText) : null;
                if (dataText is not null && folder is null)
                {
                    throw new CliException($"--data '{dataText}' is not a folder: with --mapping, --data is the folder holding the files the mapping names.");
                }
                return CaseDataLoader.WithDataEndCheck(CanonicalExtractLoader.Load(ExtractMapping.Load(mapping, folder), options ?? LoadOptions.Default), options ?? LoadOptions.Default);
            }
            if (database is null)
            {
                if (dataText is not null && string.Equals(dataText, DataName, StringComparison.OrdinalIgnoreCase) && !Directory.Exists(env.Resolve(dataText)))
                {
                    throw new CliException("--data ssd reads a database: add --provider postgresql|sqlserver|duckdb and --connection-env NAME or --connection-file FILE (or give the folder of an SSD CSV drop).");
                }
                return CaseDataLoader.Load(env.Resolve(dataText ?? "."), format, options);
            }
            if (dataText is not null && !string.Equals(dataText, DataName, StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"--provider reads a database, so --data must be '{DataName}' (or left out), not '{dataText}'.");
            }
            if (format is not (DataFormat.Auto or DataFormat.Ssd))
            {
                throw new CliException($"--provider reads the SSD tables: --format must be ssd (or auto), not {format.Name()}.");
            }
            return CaseDataLoader.WithDataEndCheck(SsdDatabase.Load(database.Provider, database.ConnectionString(env), database.Schema, options ?? LoadOptions.Default), options ?? LoadOptions.Default);
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
