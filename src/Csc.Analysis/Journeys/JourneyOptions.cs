namespace Csc.Analysis.Journeys;

/// <summary>Options for <see cref="ChildJourneys.Analyse"/>.</summary>
public sealed record JourneyOptions
{
    /// <summary>The first referral day of the period (inclusive).</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last referral day of the period (inclusive).</summary>
    public required DateOnly To { get; init; }

    /// <summary>The last day the data covers (inclusive): the extract date, else the latest date in the data.</summary>
    public required DateOnly DataEnd { get; init; }

    /// <summary>Days of follow-up a referral needs to be followed (referral date + this &lt;= <see cref="DataEnd"/>); default 45, the assessment timescale in calendar days.</summary>
    public int FollowUpDays { get; init; } = 45;

    /// <summary>How many days before the referral (inclusive of both ends) a contact about the child counts as the journey's contact; default 30.</summary>
    public int ContactLookbackDays { get; init; } = 30;
}
