namespace Csc.Analysis.Domain;

/// <summary>
/// Rules raised in more than one place (the loader, the data-quality check and a KPI's calculation): one id
/// and one severity for the same problem wherever it is found.
/// </summary>
public static class SharedRules
{
    /// <summary>The id of <see cref="IcpcBeforeS47"/>.</summary>
    public const string IcpcBeforeS47Id = "ICPC_BEFORE_S47";

    /// <summary>
    /// An ICPC dated before its strategy discussion. A warning: the row is kept and the conference counts in
    /// <c>icpcs</c>, but <c>icpc_within_15wd_pct</c> leaves it out (as the DfE does).
    /// </summary>
    public static DataRule IcpcBeforeS47 { get; } = new(IcpcBeforeS47Id, IssueSeverity.Warning,
        "ICPC date before the strategy discussion. Kept, but the ICPC timeliness KPI excludes it (as the DfE does).");

    /// <summary>The id of <see cref="DateAfterDataEnd"/>.</summary>
    public const string DateAfterDataEndId = "DATE_AFTER_DATA_END";

    /// <summary>
    /// Without an extract date, a date after the day the data's activity ends (<see cref="DataEnd"/>): an isolated date
    /// such as a mistyped year. A warning: the record is kept, but the months after the data's end are reported only
    /// when asked for.
    /// </summary>
    public static DataRule DateAfterDataEnd { get; } = new(DateAfterDataEndId, IssueSeverity.Warning,
        "Without an extract date: a date after the day the data's activity ends (a few isolated dates after it, most often mistyped). Kept; the months after the data's end are reported only when asked for.");

    /// <summary>Every shared rule.</summary>
    public static IReadOnlyList<DataRule> All { get; } = [IcpcBeforeS47, DateAfterDataEnd];
}
