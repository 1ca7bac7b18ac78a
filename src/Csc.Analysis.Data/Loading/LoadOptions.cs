namespace Csc.Analysis.Data.Loading;

/// <summary>Options for loading. <see cref="ExtractDate"/> is the day the data was extracted: later dates are errors.</summary>
public sealed record LoadOptions
{
    /// <summary>Dates after this day are reported as future dates. Null: no such check.</summary>
    public DateOnly? ExtractDate { get; init; }

    /// <summary>Largest plausible placement distance in miles (farther is a warning).</summary>
    public double MaxPlausibleDistanceMiles { get; init; } = 600;

    public static LoadOptions Default { get; } = new();
}
