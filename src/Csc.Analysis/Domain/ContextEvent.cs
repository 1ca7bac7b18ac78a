namespace Csc.Analysis.Domain;

/// <summary>An organisational change that charts annotate ("IRO post vacant", "new Group Manager") (events.csv).</summary>
/// <param name="Date">The day it started.</param>
/// <param name="EndDate">The day it ended; null for a one-off change or one still in effect.</param>
/// <param name="Label">What happened, as a short label (free text from the data).</param>
/// <param name="Category">A category (staffing, process, season, ...); null when blank.</param>
public sealed record ContextEvent(
    DateOnly Date,
    DateOnly? EndDate,
    string Label,
    string? Category) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }
}
