namespace Csc.Analysis.Journeys;

/// <summary>The journeys of <see cref="ChildJourneys.Analyse"/>: the steps with their counts, and who was followed.</summary>
public sealed record JourneyResult
{
    /// <summary>The options used.</summary>
    public required JourneyOptions Options { get; init; }

    /// <summary>The steps, in a fixed order (by the state left, then the state reached, in <see cref="JourneyState"/> order).</summary>
    public required IReadOnlyList<JourneyTransition> Transitions { get; init; }

    /// <summary>Children followed: those with a referral in the period and at least <see cref="JourneyOptions.FollowUpDays"/> days of data after it.</summary>
    public required int Children { get; init; }

    /// <summary>Children with a referral in the period left out because the data ends less than <see cref="JourneyOptions.FollowUpDays"/> days after it.</summary>
    public required int ShortFollowUp { get; init; }

    /// <summary>Followed children whose referral's child in need episode is still open at the end of the data (no closure date); null when the data records no closure dates.</summary>
    public required int? StillOpen { get; init; }

    /// <summary><see cref="StillOpen"/> as a percentage of <see cref="Children"/>; null when unknown or no child was followed.</summary>
    public double? StillOpenPct => StillOpen is { } n && Children > 0 ? 100.0 * n / Children : null;
}
