using System.Reflection;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Loading;

/// <summary>Loads case data in any supported format, detecting the format when asked to.</summary>
public static class CaseDataLoader
{
    private static readonly Lazy<IReadOnlyList<ICaseDataLoader>> AllLoaders = new(() =>
        [.. typeof(CaseDataLoader).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseDataLoader).IsAssignableFrom(t)
                        && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .Select(t => (ICaseDataLoader)Activator.CreateInstance(t)!)
            .OrderBy(l => l.Format)]);

    /// <summary>The loaders, one per format.</summary>
    public static IReadOnlyList<ICaseDataLoader> Loaders => AllLoaders.Value;

    /// <summary>The format of <paramref name="path"/>, or null when no loader recognises it.</summary>
    public static DataFormat? Detect(string path)
        => Loaders.FirstOrDefault(l => l.CanLoad(path))?.Format;

    /// <summary>
    /// Loads <paramref name="path"/>. With <see cref="DataFormat.Auto"/> the format is detected;
    /// an unknown format or a missing path is a <see cref="DataLoadException"/> with a clear message.
    /// </summary>
    public static LoadResult Load(string path, DataFormat format = DataFormat.Auto, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LoadOptions.Default;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new DataLoadException($"'{path}' does not exist.");
        }
        if (format == DataFormat.Auto)
        {
            format = Detect(path)
                ?? throw new DataLoadException($"Cannot tell the format of '{path}': expected a canonical extract folder (children.csv, ...), SSDA903 CSVs (header.csv, episodes.csv, ...), a CIN census .xml or an Annex A .xlsx. Name it with --format.");
        }
        var loader = Loaders.FirstOrDefault(l => l.Format == format)
            ?? throw new DataLoadException($"No loader for format '{format.Name()}'.");
        return WithDataEndCheck(loader.Load(path, options), options);
    }

    /// <summary>
    /// When neither <paramref name="options"/> nor the data give an extract date, adds a <see cref="SharedRules.DateAfterDataEnd"/>
    /// warning for each date after the day the data's activity ends (<see cref="DataEnd"/>), naming its file, column,
    /// date and record: the dates that would otherwise silently stretch the months reported. Every load path calls it.
    /// </summary>
    public static LoadResult WithDataEndCheck(LoadResult load, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ExtractDate is not null || load.Data.ExtractDate is not null || DataEnd.Find(load.Data) is not { Later.Count: > 0 } end)
        {
            return load;
        }
        var files = load.Files.Where(f => f.Table is not null).GroupBy(f => f.Table!.Value).ToDictionary(g => g.Key, g => Path.GetFileName(g.First().Path));
        var month = ReportingMonth.Of(end.Date);
        var issues = new List<DataIssue>(load.Issues);
        foreach (var late in end.Later)
        {
            var file = files.GetValueOrDefault(late.Table) ?? Canonical.CanonicalSchema.Tables.First(t => t.Kind == late.Table).FileName;
            var date = IsoFormat.Date(late.Date);
            issues.Add(new DataIssue(IssueSeverity.Warning, SharedRules.DateAfterDataEndId, file, null, late.Column, date,
                $"{late.Column} {date} of {late.RecordId} is after the data's activity, which ends on {IsoFormat.Date(end.Date)}: a mistyped date? "
                + $"The record is kept, but the months after {month} are reported only when asked for (--to, or --extract-date)."));
        }
        return load with { Issues = issues };
    }
}

/// <summary>Input that cannot be loaded at all (missing path, unknown format). Row-level problems are issues, not exceptions.</summary>
public sealed class DataLoadException(string message) : Exception(message);
