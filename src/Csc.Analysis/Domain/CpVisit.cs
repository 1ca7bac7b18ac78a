namespace Csc.Analysis.Domain;

/// <summary>A statutory visit to a child on a child protection plan (cp_visits.csv).</summary>
/// <param name="VisitId">The visit's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="VisitDate">The day of the visit.</param>
/// <param name="SeenAlone">Whether the child was seen alone; null when not recorded.</param>
/// <param name="Worker">The visiting worker; null when blank.</param>
public sealed record CpVisit(
    string VisitId,
    string ChildId,
    DateOnly VisitDate,
    bool? SeenAlone,
    string? Worker) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }
}
