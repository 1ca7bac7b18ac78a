namespace Csc.Analysis.Inspection;

/// <summary>A place where PATCh 014 is wrong and the chat convention still does the right thing.</summary>
/// <param name="Id">A stable id (each has a regression test).</param>
/// <param name="Measures">The measures it changes.</param>
/// <param name="Patch014">What 014 does.</param>
/// <param name="Kit">What the kit does in both conventions.</param>
public sealed record ChatDifference(string Id, string Measures, string Patch014, string Kit);

/// <summary>
/// The departures of the chat convention from PATCh 014: where 014 is simply wrong the kit does not copy it, and the
/// report lists each one so a council reconciling with its spreadsheet knows why a figure differs.
/// </summary>
public static class ChatDifferences
{
    /// <summary>014's "0-17" population sums ages 0 to 21.</summary>
    public static ChatDifference Population { get; } = new("population_0_17", "every rate_per_10k",
        "its \"0-17\" population sums the single-year ages 0 to 21, so every rate is too low",
        "sums ages 0 to 17 (a population file by single year of age is summed over 0 to 17; a year,aged_0_17 file is taken as it is)");

    /// <summary>014's long-term stability has no under-16 or 2.5-year filters.</summary>
    public static ChatDifference LongTermStability { get; } = new("long_term_stability", "lac_long_term_stability_pct",
        "counts every child looked after, of any age and time in care, in its long-term stability denominator",
        "the DfE cohort: children under 16 looked after for 2.5 years or more (30 months) at the reference date; of those, the ones in the same placement for 2 years or more");

    /// <summary>014's 19-21 care-leaver filter selects everyone.</summary>
    public static ChatDifference CareLeavers1921 { get; } = new("care_leavers_19_21", "care_leavers_* at 19-21",
        "its 19-21 filter selects every care leaver, so the 19-21 figures repeat the all-ages figures",
        "care leavers whose record is about their 19th, 20th or 21st birthday");

    /// <summary>014 forces health checks to 100%.</summary>
    public static ChatDifference HealthChecks { get; } = new("health_checks", "lac_health_assessment_pct, lac_dental_check_pct",
        "shows health assessments and dental checks as 100% whatever the data says",
        "children looked after for 12 months or more at the reference date with a health assessment (dental check) in the 12 months before it");

    /// <summary>014 inverts absent episodes.</summary>
    public static ChatDifference MissingAbsent { get; } = new("missing_absent", "lac_missing_children, lac_absent_children",
        "inverts the absent flag, so children absent are counted as missing and children missing as absent",
        "missing (M) and absent (A) episodes are counted under their own type");

    /// <summary>Every difference, in the order the report lists them.</summary>
    public static IReadOnlyList<ChatDifference> All { get; } = [Population, LongTermStability, CareLeavers1921, HealthChecks, MissingAbsent];
}
