namespace Csc.Analysis.Domain;

/// <summary>A child in need plan (cin_plans.csv).</summary>
/// <param name="CinPlanId">The plan's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="StartDate">The day the plan started.</param>
/// <param name="EndDate">The day it ended (not open on it); null while open.</param>
/// <param name="Team">The team; null when blank.</param>
/// <param name="Worker">The worker; null when blank.</param>
public sealed record CinPlan(
    string CinPlanId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? Team,
    string? Worker) : IOpenEnded, ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>The record's id for <see cref="IOpenEnded"/>: CinPlanId.</summary>
    string IOpenEnded.RecordId => CinPlanId;
}
