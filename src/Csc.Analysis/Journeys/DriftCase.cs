namespace Csc.Analysis.Journeys;

/// <summary>A plan open beyond its threshold at <see cref="DriftOptions.AsAt"/> (internal audience: it names the child).</summary>
public sealed record DriftCase
{
    /// <summary>cin_plan or cp_plan.</summary>
    public required string Kind { get; init; }

    /// <summary>The plan's id.</summary>
    public required string RecordId { get; init; }

    /// <summary>The child.</summary>
    public required string ChildId { get; init; }

    /// <summary>The plan's start.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Calendar days from the start to <see cref="DriftOptions.AsAt"/>.</summary>
    public required int DaysOpen { get; init; }

    /// <summary>The plan's team; null when not recorded.</summary>
    public required string? Team { get; init; }

    /// <summary>The plan's worker; null when not recorded.</summary>
    public required string? Worker { get; init; }
}
