using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>
/// The rules of the issues KPI calculations report (<see cref="KpiResults.Issues"/>). Each leaves the record
/// out of the KPI it cannot be counted in and keeps it elsewhere; none stops the calculation.
/// </summary>
public static class KpiRules
{
    /// <summary>An ICPC before its strategy discussion (shared with the loader and the data-quality check).</summary>
    public static DataRule IcpcBeforeS47 => SharedRules.IcpcBeforeS47;

    /// <summary>An assessment whose referral id matches no referral, with the referral clock configured.</summary>
    public static DataRule AssessmentReferralMissing { get; } = new("ASSESSMENT_REFERRAL_MISSING", IssueSeverity.Warning,
        "With the referral clock (assessment_clock_start: referral), an assessment whose referral_id matches no referral; left out of assessments_within_45wd_pct.");

    /// <summary>A date a working-day KPI needs outside the calendar's years.</summary>
    public static DataRule DateOutsideCalendar { get; } = new("KPI_DATE_OUTSIDE_CALENDAR", IssueSeverity.Warning,
        "A date outside the working-day calendar's years (1995 to 2060); left out of the working-day KPIs.");

    /// <summary>A financial year of the run without a population estimate, with population.csv supplied.</summary>
    public static DataRule PopulationEstimateMissing { get; } = new("POPULATION_ESTIMATE_MISSING", IssueSeverity.Warning,
        "population.csv has no estimate for the mid-year a month of the run uses (mid-year Y for April Y to March Y+1); the rates per 10,000 have no value in that financial year.");

    /// <summary>Every rule, in the order of the docs.</summary>
    public static IReadOnlyList<DataRule> All { get; } = [IcpcBeforeS47, AssessmentReferralMissing, DateOutsideCalendar, PopulationEstimateMissing];

    /// <summary>An issue of <paramref name="rule"/> with its severity.</summary>
    public static DataIssue Issue(DataRule rule, string file, string? column, string? value, string reason)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new DataIssue(rule.Severity, rule.Id, file, null, column, value, reason);
    }
}
