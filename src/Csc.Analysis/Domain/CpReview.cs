namespace Csc.Analysis.Domain;

/// <summary>A child protection review conference held for a plan (cp_reviews.csv; the CIN census's CPPreviewDate).</summary>
/// <param name="CpReviewId">The review's id.</param>
/// <param name="CpPlanId">The plan the review is about.</param>
/// <param name="ChildId">The child.</param>
/// <param name="ReviewDate">The day the review conference was held.</param>
public sealed record CpReview(string CpReviewId, string CpPlanId, string ChildId, DateOnly ReviewDate) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }
}
