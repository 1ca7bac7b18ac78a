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

    /// <summary>The defaults: no extract date given, default limits.</summary>
    public static LoadOptions Default { get; } = new();
}
