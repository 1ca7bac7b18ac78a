namespace Csc.Analysis.Domain;

/// <summary>An early help episode (early_help.csv).</summary>
/// <param name="EarlyHelpId">The episode's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="StartDate">The day the episode started.</param>
/// <param name="EndDate">The day it ended (not open on it); null while open.</param>
/// <param name="Route">How the child came to early help.</param>
public sealed record EarlyHelpEpisode(
    string EarlyHelpId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate,
    EarlyHelpRoute Route) : IOpenEnded, ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>The record's id for <see cref="IOpenEnded"/>: EarlyHelpId.</summary>
    string IOpenEnded.RecordId => EarlyHelpId;
}
