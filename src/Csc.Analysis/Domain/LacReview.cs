namespace Csc.Analysis.Domain;

/// <summary>A looked-after child's statutory review (lac_reviews.csv; the SSDA903 reviews table).</summary>
/// <param name="LacReviewId">The review's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="ReviewDate">The day the review was held.</param>
public sealed record LacReview(string LacReviewId, string ChildId, DateOnly ReviewDate) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }
}
