namespace Csc.Analysis.Journeys;

/// <summary>Options for <see cref="Drift.Analyse"/>.</summary>
public sealed record DriftOptions
{
    /// <summary>
    /// The day the drift is measured at (inclusive): the extract date, else the latest date in the data, or the last day of an earlier
    /// month reported. Nothing dated after it is counted; plans open at it are listed.
    /// </summary>
    public required DateOnly AsAt { get; init; }

    /// <summary>A CIN plan open at <see cref="AsAt"/> that started this many months or more before it is listed; default 12.</summary>
    public int CinPlanMonths { get; init; } = 12;

    /// <summary>A CP plan open at <see cref="AsAt"/> that started this many months or more before it, with its category unchanged, is listed; default 18.</summary>
    public int CpPlanMonths { get; init; } = 18;
}
