using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Parsing;

/// <summary>
/// Collects the <see cref="DataIssue"/>s of one load and counts them by severity and by rule.
/// Not thread-safe: one collector per load. Values longer than <see cref="MaxValueLength"/>
/// characters are shortened in the issue (the reason still says what was wrong). Reasons and values repeated from issue
/// to issue (a million rows with the same bad date) are kept once, so the issues of a file whose every row is rejected
/// do not each hold their own copy of the same text.
/// </summary>
public sealed class IssueCollector
{
    /// <summary>Longest value copied into an issue; longer ones are cut and end with "...".</summary>
    public const int MaxValueLength = 200;

    private readonly List<DataIssue> issues = [];
    private readonly Dictionary<string, int> byRule = new(StringComparer.Ordinal);
    private readonly int[] bySeverity = new int[3];

    // Reasons and values already held, each kept once; a collector stops adding to it at SharedLimit distinct texts.
    private const int SharedLimit = 1 << 14;
    private readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);

    /// <summary>Every issue in the order it was recorded.</summary>
    public IReadOnlyList<DataIssue> Issues => issues;

    /// <summary>Issues per rule id.</summary>
    public IReadOnlyDictionary<string, int> CountsByRule => byRule;

    /// <summary>Errors recorded.</summary>
    public int ErrorCount => bySeverity[(int)IssueSeverity.Error];

    /// <summary>Warnings recorded.</summary>
    public int WarningCount => bySeverity[(int)IssueSeverity.Warning];

    /// <summary>Notes recorded.</summary>
    public int InfoCount => bySeverity[(int)IssueSeverity.Info];

    /// <summary>Issues raised by <paramref name="ruleId"/> (0 when none).</summary>
    public int CountOf(string ruleId) => byRule.GetValueOrDefault(ruleId);

    /// <summary>Records an issue as given.</summary>
    public DataIssue Add(DataIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        issues.Add(issue);
        byRule[issue.RuleId] = byRule.GetValueOrDefault(issue.RuleId) + 1;
        bySeverity[(int)issue.Severity]++;
        return issue;
    }

    /// <summary>Records an issue, shortening a very long value.</summary>
    public DataIssue Add(IssueSeverity severity, string ruleId, string file, long? line, string? column, string? value, string reason)
        => Add(new DataIssue(severity, ruleId, file, line, column, Share(Shorten(value)), Share(reason)!));

    /// <summary>An error: the row (or file) it is about is not used.</summary>
    public DataIssue Error(string ruleId, string file, long? line, string? column, string? value, string reason)
        => Add(IssueSeverity.Error, ruleId, file, line, column, value, reason);

    /// <summary>A warning: the row is kept.</summary>
    public DataIssue Warning(string ruleId, string file, long? line, string? column, string? value, string reason)
        => Add(IssueSeverity.Warning, ruleId, file, line, column, value, reason);

    /// <summary>Information (an absent optional table, for example).</summary>
    public DataIssue Info(string ruleId, string file, long? line, string? column, string? value, string reason)
        => Add(IssueSeverity.Info, ruleId, file, line, column, value, reason);

    private string? Share(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (shared.TryGetValue(text, out var held))
        {
            return held;
        }
        if (shared.Count < SharedLimit)
        {
            shared.Add(text, text);
        }
        return text;
    }

    private static string? Shorten(string? value)
        => value is { Length: > MaxValueLength } ? string.Concat(value.AsSpan(0, MaxValueLength), "...") : value;
}
