namespace Csc.Analysis.Journeys;

/// <summary>One step taken by children in <see cref="JourneyResult"/>: how many, and the median days from the one state's date to the next.</summary>
public sealed record JourneyTransition
{
    /// <summary>The state the step leaves.</summary>
    public required JourneyState From { get; init; }

    /// <summary>The state the step reaches.</summary>
    public required JourneyState To { get; init; }

    /// <summary>Children who took the step (each child's first referral of the period).</summary>
    public required int Children { get; init; }

    /// <summary>The median of the days from the <see cref="From"/> date to the <see cref="To"/> date (negative when the later step is dated first, as recorded); null for an end (closed, open) that has no date.</summary>
    public required double? MedianDays { get; init; }
}
