using System.Globalization;
using System.Security.Cryptography;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Data.Loading;

/// <summary>
/// A data set opened for analysis: the loaded case data in any format the loaders accept, the KPI
/// config (the one given, else the data folder's <c>kpi-config.json</c>, else the built-in
/// catalogue, and which one it is) and the reporting month chosen as the monthly report chooses it.
/// The <c>report</c> command and the notebooks' set-up cell both open data this way.
/// </summary>
/// <example><code>
/// var set = DataSet.Open("data-samples/havering-like");
/// Console.WriteLine(set.Describe()); // the month, the format, the config and the loading issues
/// </code></example>
public sealed class DataSet
{
    /// <summary>The file name looked for in the data folder.</summary>
    public const string ConfigFileName = "kpi-config.json";

    /// <summary>What was loaded.</summary>
    public required LoadResult Load { get; init; }

    /// <summary>The loaded case data (<see cref="LoadResult.Data"/>).</summary>
    public CaseData Data => Load.Data;

    /// <summary>The KPI config: targets, RAG bands and timescales.</summary>
    public required KpiConfig Config { get; init; }

    /// <summary>Where <see cref="Config"/> came from.</summary>
    public required KpiConfigOrigin ConfigOrigin { get; init; }

    /// <summary>The config file as it is written in sentences (null for the built-in catalogue).</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The SHA-256 of the config file in lower-case hex (null for the built-in catalogue).</summary>
    public string? ConfigSha256 { get; init; }

    /// <summary>The data path as it is written in sentences.</summary>
    public required string DataPath { get; init; }

    /// <summary>The reporting month: the one asked for, else the last complete month of the data; null when the data has no dated records.</summary>
    public ReportingMonth? Month { get; init; }

    /// <summary>The first month with any dated record; null when there is none.</summary>
    public ReportingMonth? FirstMonth { get; init; }

    /// <summary>
    /// Opens <paramref name="path"/> (a folder or file in any supported format).
    /// </summary>
    /// <exception cref="DataLoadException">The path does not exist or its format cannot be told.</exception>
    /// <exception cref="KpiConfigException">A config file exists but cannot be read, or the given one does not exist.</exception>
    public static DataSet Open(string path, DataSetOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new DataSetOptions();
        var load = CaseDataLoader.Load(path, options.Format, options.Load);
        return FromLoad(load, Directory.Exists(path) ? path : null, options with { DisplayPath = options.DisplayPath ?? path });
    }

    /// <summary>
    /// A data set from data already loaded (for example from a database), with the config looked for
    /// in <paramref name="dataFolder"/> when no config is given.
    /// </summary>
    /// <exception cref="KpiConfigException">A config file exists but cannot be read, or the given one does not exist.</exception>
    public static DataSet FromLoad(LoadResult load, string? dataFolder, DataSetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        options ??= new DataSetOptions();
        var display = options.DisplayPath ?? dataFolder ?? "(given in memory)";
        KpiConfigOrigin origin;
        string? configFile;
        string? configDisplay;
        if (options.ConfigPath is not null)
        {
            origin = KpiConfigOrigin.Given;
            configFile = options.ConfigPath;
            configDisplay = options.ConfigDisplayPath ?? options.ConfigPath;
        }
        else if (dataFolder is not null && File.Exists(Path.Combine(dataFolder, ConfigFileName)))
        {
            origin = KpiConfigOrigin.DataFolder;
            configFile = Path.Combine(dataFolder, ConfigFileName);
            configDisplay = display.TrimEnd('/', '\\') + "/" + ConfigFileName;
        }
        else
        {
            origin = KpiConfigOrigin.BuiltIn;
            configFile = null;
            configDisplay = null;
        }
        var config = configFile is null ? KpiConfig.Default : KpiConfig.Load(configFile);
        var sha = configFile is null ? null : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(configFile)));
        var range = new KpiEngineOptions { To = options.Month, Config = config }.ResolveMonths(load.Data);
        return new DataSet
        {
            Load = load,
            Config = config,
            ConfigOrigin = origin,
            ConfigPath = configDisplay,
            ConfigSha256 = sha,
            DataPath = display,
            Month = range?.To,
            FirstMonth = range?.From,
        };
    }

    /// <summary>Which KPI config is in use, as a sentence ("KPI config: the built-in catalogue (no kpi-config.json in the data folder).").</summary>
    public string ConfigSentence() => ConfigOrigin switch
    {
        KpiConfigOrigin.DataFolder => $"KPI config: {ConfigPath}, found in the data folder.",
        KpiConfigOrigin.Given => $"KPI config: {ConfigPath}.",
        _ => $"KPI config: the built-in catalogue and its default targets (no {ConfigFileName} in the data folder; put one there to set the council's own targets).",
    };

    /// <summary>
    /// The data set in two sentences: what was loaded (format, months, record counts, loading issues)
    /// and which KPI config is in use.
    /// </summary>
    public string Describe()
    {
        var d = Data;
        var months = Month is { } m && FirstMonth is { } f
            ? string.Create(CultureInfo.InvariantCulture, $"reporting month {m.ToLongString()}, {m.Index - f.Index + 1} months from {f.ToLongString()}")
            : "no dated records, so no month to report";
        return string.Create(CultureInfo.InvariantCulture,
            $"{DataPath} ({Load.Format.Name()}): {months}. Loaded {d.Children.Count} children, {d.Contacts.Count} contacts, {d.Referrals.Count} referrals, {d.CinPlans.Count} CIN plans, {d.CpPlans.Count} CP plans and {d.LacEpisodes.Count} looked-after episodes; {Load.ErrorCount} loading error(s) and {Load.WarningCount} warning(s). ")
            + ConfigSentence();
    }
}
