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
        "shows health assessments as 100% whatever the data says (it keeps only the children whose check is in date), and looks for a health assessment in the 6 months before the reference date at every age",
        "children looked after for 12 months or more at the reference date with a health assessment (dental check) in the 12 months before it");

    /// <summary>014 inverts absent episodes.</summary>
    public static ChatDifference MissingAbsent { get; } = new("missing_absent", "lac_missing_children, lac_absent_children",
        "inverts the absent flag, so children absent are counted as missing and children missing as absent",
        "missing (M) and absent (A) episodes are counted under their own type");

    /// <summary>014's look-back window has no end.</summary>
    public static ChatDifference WindowEnd { get; } = new("window_end", "every count and share of events in the window",
        "takes an event as in the window when it is dated on or after the reference date less 6 months, with no end: events dated on or after the reference date are counted too",
        "the window ends the day before the reference date (chat) or on the as-at date (corrected)");

    /// <summary>014 takes a blank end date as open.</summary>
    public static ChatDifference OpenAtReference { get; } = new("open_at_reference", "cin_plans, cp_plans, lac and the shares of open items",
        "takes a plan or period of care as open when its end date is blank: one that ended after the reference date is not open, one that started after it is",
        "open at the reference date: started on or before it and not ended on or before it");

    /// <summary>014's time-since-review bins mislabel and drop the oldest reviews.</summary>
    public static ChatDifference ReviewBins { get; } = new("review_bins", "cp_review_since, lac_review_since",
        "bins the days since the last review as 0-91, 92-182, 183-273 and 274-365 (labelled \"12+ Months\"), and gives a review more than a year old no bin, so it drops out of the shares",
        "0-91, 92-182 and 183+ days, with no review recorded as its own group: every open item is in the denominator");

    /// <summary>014 has no adoption measures.</summary>
    public static ChatDifference Adoption { get; } = new("adoption_list_10", "adoption_*",
        "measures no list 10, and its file-name test (\"list_1\" in the name) can take a list_10 or list_11 file for list 1",
        "measures list 10 (each step, its rate and the intervals between steps) and the adoptions in the looked-after episodes; each list is read as itself");

    /// <summary>Every difference, in the order the report lists them.</summary>
    public static IReadOnlyList<ChatDifference> All { get; } = [Population, LongTermStability, CareLeavers1921, HealthChecks, MissingAbsent, WindowEnd, OpenAtReference, ReviewBins, Adoption];
}
