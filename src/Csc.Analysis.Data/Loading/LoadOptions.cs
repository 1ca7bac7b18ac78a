namespace Csc.Analysis.Data.Loading;

/// <summary>Options for loading. <see cref="ExtractDate"/> is the day the data was extracted: later dates are errors.</summary>
public sealed record LoadOptions
{
    /// <summary>Dates after this day are reported as future dates. Null: no such check.</summary>
    public DateOnly? ExtractDate { get; init; }

    /// <summary>Largest plausible placement distance in miles (farther is a warning).</summary>
    public double MaxPlausibleDistanceMiles { get; init; } = 600;

    /// <summary>
    /// The year an SSDA903 return covers, named by the 31 March it ends on (2017 = April 2016 to March 2017): OC2 health
    /// checks are dated 31 March of it and OC3 birthdays fall in it. Null: the year ending 31 March that holds the latest
    /// episode or review date.
    /// </summary>
    public int? CollectionYear { get; init; }

    /// <summary>
    /// The largest share of a table's rows whose <c>child_id</c> may be missing from children.csv (0.1: 10%) before the
    /// table is said not to join (<c>CAN_CHILD_IDS_DO_NOT_JOIN</c>, an error naming the tables and example ids): a few
    /// orphans are ordinary, most of a table means its ids were changed on the way (leading zeros lost, another system's
    /// ids). Judged only on tables of at least 20 rows with a child id.
    /// </summary>
    public double MaxOrphanChildShare { get; init; } = 0.1;

    /// <summary>The defaults: no extract date given, default limits.</summary>
    public static LoadOptions Default { get; } = new();
}
