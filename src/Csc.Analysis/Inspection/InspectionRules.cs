using Csc.Analysis.Domain;

namespace Csc.Analysis.Inspection;

/// <summary>The data problems the inspection pack reports (located issues, never exceptions).</summary>
public static class InspectionRules
{
    /// <summary>A duration whose end is before its start (an ICPC before its strategy discussion, an authorisation before the assessment started).</summary>
    public static DataRule DurationNegative { get; } = new("INSP_DURATION_NEGATIVE", IssueSeverity.Warning,
        "A duration whose end is before its start: left out of the timeliness figures under corrected, put in the first bin under chat (as PATCh 014 does).");

    /// <summary>A date outside the working-day calendar's years.</summary>
    public static DataRule DateOutsideCalendar { get; } = new("INSP_DATE_OUTSIDE_CALENDAR", IssueSeverity.Warning,
        "A date outside the working-day calendar's years: the duration is left out.");

    /// <summary>No population for the rates.</summary>
    public static DataRule PopulationMissing { get; } = new("INSP_POPULATION_MISSING", IssueSeverity.Info,
        "No population of children aged 0 to 17 for the as-at year (--population or the extract's population.csv): rates per 10,000 are blank.");

    /// <summary>The population of another year was used.</summary>
    public static DataRule PopulationOtherYear { get; } = new("INSP_POPULATION_OTHER_YEAR", IssueSeverity.Info,
        "The population file has no figure for the as-at year: the latest earlier year (or else the earliest) was used.");

    /// <summary>A row of the population file that cannot be read.</summary>
    public static DataRule PopulationRow { get; } = new("INSP_POPULATION_ROW", IssueSeverity.Error,
        "A row of the population file that cannot be read (a year, age or count that is not a whole number): the row is left out.");

    /// <summary>A list whose data the input does not carry.</summary>
    public static DataRule NotCarried { get; } = new("INSP_NOT_CARRIED", IssueSeverity.Info,
        "The input does not carry the data a list's measures need: those measures are left out (not zero).");

    /// <summary>Every rule, for the registry tests and the docs.</summary>
    public static IReadOnlyList<DataRule> All { get; } = [DurationNegative, DateOutsideCalendar, PopulationMissing, PopulationOtherYear, PopulationRow, NotCarried];

    /// <summary>An issue of <paramref name="rule"/> about <paramref name="file"/>.</summary>
    public static DataIssue Issue(DataRule rule, string file, string? column, string? value, string reason)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new DataIssue(rule.Severity, rule.Id, file, null, column, value, reason);
    }
}
