namespace Csc.Analysis.Domain;

/// <summary>How bad a data issue is. Errors make a row unusable; warnings keep the row.</summary>
public enum IssueSeverity
{
    /// <summary>For the record: nothing is wrong with the data.</summary>
    Info,
    /// <summary>The row is kept; a value may be treated as unknown or a KPI may leave the record out.</summary>
    Warning,
    /// <summary>The row (or file) is not loaded.</summary>
    Error,
}

/// <summary>
/// One problem found in input data, located precisely: the file, the 1-based line (or the XML
/// line, or the spreadsheet row), the column, the offending value and the reason. <see cref="RuleId"/>
/// names the rule that raised it (for example "DATE_FORMAT" or <see cref="SharedRules.IcpcBeforeS47Id"/>), so issues can be
/// counted by rule.
/// </summary>
public sealed record DataIssue(
    IssueSeverity Severity,
    string RuleId,
    string File,
    long? Line,
    string? Column,
    string? Value,
    string Reason)
{
    /// <summary>"file:line column 'value': reason" for people.</summary>
    public override string ToString()
    {
        var where = Line is { } l ? $"{File}:{l}" : File;
        var col = Column is null ? string.Empty : $" column {Column}";
        var val = Value is null ? string.Empty : $" value '{Value}'";
        return $"{Severity.ToString().ToLowerInvariant()} {RuleId} {where}{col}{val}: {Reason}";
    }
}
