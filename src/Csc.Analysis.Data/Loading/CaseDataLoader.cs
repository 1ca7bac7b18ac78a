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
        return loader.Load(path, options);
    }
}

/// <summary>Input that cannot be loaded at all (missing path, unknown format). Row-level problems are issues, not exceptions.</summary>
public sealed class DataLoadException(string message) : Exception(message);
