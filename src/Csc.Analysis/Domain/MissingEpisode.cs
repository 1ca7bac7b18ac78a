namespace Csc.Analysis.Domain;

/// <summary>A missing or absent episode with its return home interview (RHI) (missing_episodes.csv).</summary>
/// <param name="MissingId">The episode's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="StartDateTime">When the child went missing.</param>
/// <param name="EndDateTime">When the child returned; null while still missing.</param>
/// <param name="MissingOrAbsent">Missing or absent.</param>
/// <param name="RhiOffered">Whether a return home interview was offered; null when not recorded.</param>
/// <param name="RhiCompletedDateTime">When the return home interview took place; null when none.</param>
public sealed record MissingEpisode(
    string MissingId,
    string ChildId,
    DateTime StartDateTime,
    DateTime? EndDateTime,
    MissingType MissingOrAbsent,
    bool? RhiOffered,
    DateTime? RhiCompletedDateTime) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }
}
