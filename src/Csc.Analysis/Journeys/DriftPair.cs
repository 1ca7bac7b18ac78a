namespace Csc.Analysis.Journeys;

/// <summary>One child's wait for one <see cref="DriftMeasure"/>: the two steps' dates and the days between them.</summary>
public sealed record DriftPair
{
    /// <summary>The measure.</summary>
    public required DriftMeasure Measure { get; init; }

    /// <summary>The child.</summary>
    public required string ChildId { get; init; }

    /// <summary>The earlier step's date (the referral or the CP plan's start).</summary>
    public required DateOnly From { get; init; }

    /// <summary>The later step's date (the plan's or the episode's start).</summary>
    public required DateOnly To { get; init; }

    /// <summary>The team of the earlier step's record; null when not recorded.</summary>
    public required string? Team { get; init; }

    /// <summary>Calendar days from <see cref="From"/> to <see cref="To"/>: 0 on the same day, negative when the later step is dated first.</summary>
    public int Days => To.DayNumber - From.DayNumber;
}
