namespace Csc.Analysis.Domain;

/// <summary>
/// What a load produced: the usable rows as <see cref="CaseData"/>, every issue found (nothing is
/// dropped silently: each rejected row has an error issue), and the files read. It lives in the
/// core so that reporting and analysis take a load without depending on the loaders.
/// </summary>
public sealed record LoadResult(
    DataFormat Format,
    CaseData Data,
    IReadOnlyList<DataIssue> Issues,
    IReadOnlyList<SourceFile> Files)
{
    /// <summary>The number of issues of <see cref="IssueSeverity.Error"/> severity (rows rejected or values dropped).</summary>
    public int ErrorCount => Issues.Count(i => i.Severity == IssueSeverity.Error);

    /// <summary>The number of issues of <see cref="IssueSeverity.Warning"/> severity (rows kept).</summary>
    public int WarningCount => Issues.Count(i => i.Severity == IssueSeverity.Warning);

    /// <summary>True when at least one issue is an error.</summary>
    public bool HasErrors => ErrorCount > 0;
}
