using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// Collects the issues one statutory load finds. Every issue is located (file, line, column,
/// value) and carries the rule id that raised it; nothing a loader drops goes unrecorded.
/// </summary>
internal sealed class IssueSink
{
    private readonly List<DataIssue> issues = [];

    public IReadOnlyList<DataIssue> Issues => issues;

    public int ErrorCount { get; private set; }

    public void Add(DataIssue issue)
    {
        issues.Add(issue);
        if (issue.Severity == IssueSeverity.Error)
        {
            ErrorCount++;
        }
    }

    public void Error(string rule, string file, long? line, string? column, string? value, string reason)
        => Add(new DataIssue(IssueSeverity.Error, rule, file, line, column, value, reason));

    public void Warning(string rule, string file, long? line, string? column, string? value, string reason)
        => Add(new DataIssue(IssueSeverity.Warning, rule, file, line, column, value, reason));

    public void Info(string rule, string file, long? line, string? column, string? value, string reason)
        => Add(new DataIssue(IssueSeverity.Info, rule, file, line, column, value, reason));
}
