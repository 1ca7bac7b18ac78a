namespace Csc.Analysis.Domain;

/// <summary>A child and family (single) assessment (assessments.csv).</summary>
/// <param name="AssessmentId">The assessment's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="ReferralId">The referral it belongs to; null when not recorded.</param>
/// <param name="StartDate">The day the assessment started.</param>
/// <param name="AuthorisedDate">The day it was authorised (completed); null while open.</param>
/// <param name="Outcome">The outcome; null while open or when blank.</param>
/// <param name="Team">The team; null when blank.</param>
/// <param name="Worker">The worker; null when blank.</param>
public sealed record Assessment(
    string AssessmentId,
    string ChildId,
    string? ReferralId,
    DateOnly StartDate,
    DateOnly? AuthorisedDate,
    AssessmentOutcome? Outcome,
    string? Team,
    string? Worker) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }
}
