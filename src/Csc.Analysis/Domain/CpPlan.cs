namespace Csc.Analysis.Domain;

/// <summary>A child protection plan (cp_plans.csv). Categories of abuse are NEG, PHY, SAB, EMO or MUL.</summary>
/// <param name="CpPlanId">The plan's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="StartDate">The day the plan started.</param>
/// <param name="EndDate">The day it ended (not open on it); null while open.</param>
/// <param name="InitialCategory">The category of abuse at the start; null when blank.</param>
/// <param name="LatestCategory">The latest category of abuse; null when blank.</param>
/// <param name="Team">The team; null when blank.</param>
/// <param name="Worker">The worker; null when blank.</param>
public sealed record CpPlan(
    string CpPlanId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? InitialCategory,
    string? LatestCategory,
    string? Team,
    string? Worker) : IOpenEnded, ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>How many child protection plans the child had before this one (the CIN census's NumberOfPreviousCPP); null when not recorded.</summary>
    public int? PreviousCpPlans { get; init; }

    /// <summary>The record's id for <see cref="IOpenEnded"/>: CpPlanId.</summary>
    string IOpenEnded.RecordId => CpPlanId;
}
