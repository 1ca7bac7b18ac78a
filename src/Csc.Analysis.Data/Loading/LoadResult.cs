using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Loading;

/// <summary>Options for loading. <see cref="ExtractDate"/> is the day the data was extracted: later dates are errors.</summary>
public sealed record LoadOptions
{
    /// <summary>Dates after this day are reported as future dates. Null: no such check.</summary>
    public DateOnly? ExtractDate { get; init; }

    /// <summary>Largest plausible placement distance in miles (farther is a warning).</summary>
    public double MaxPlausibleDistanceMiles { get; init; } = 600;

    public static LoadOptions Default { get; } = new();
}

/// <summary>An input file read, with its SHA-256 (lower-case hex) for the reproducibility footer.</summary>
public sealed record SourceFile(string Path, string Sha256, long Bytes, long Rows);

/// <summary>
/// What a load produced: the usable rows as <see cref="CaseData"/>, every issue found (nothing is
/// dropped silently: each rejected row has an error issue), and the files read.
/// </summary>
public sealed record LoadResult(
    DataFormat Format,
    CaseData Data,
    IReadOnlyList<DataIssue> Issues,
    IReadOnlyList<SourceFile> Files)
{
    public int ErrorCount => Issues.Count(i => i.Severity == IssueSeverity.Error);

    public int WarningCount => Issues.Count(i => i.Severity == IssueSeverity.Warning);

    public bool HasErrors => ErrorCount > 0;
}

/// <summary>One input format's loader. Implementations are found by <see cref="CaseDataLoader"/>.</summary>
public interface ICaseDataLoader
{
    DataFormat Format { get; }

    /// <summary>True when <paramref name="path"/> (a file or folder) looks like this format.</summary>
    bool CanLoad(string path);

    /// <summary>Loads, reporting every problem in the result; throws only for a missing path.</summary>
    LoadResult Load(string path, LoadOptions options);
}
