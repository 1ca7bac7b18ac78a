namespace Csc.Analysis.Domain;

/// <summary>An advocate allocated to a child (advocacy.csv).</summary>
/// <param name="AdvocacyId">The allocation's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="StartDate">The day the allocation started.</param>
/// <param name="EndDate">The day it ended (not open on it); null while open.</param>
public sealed record AdvocacyAllocation(
    string AdvocacyId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate) : IOpenEnded, ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>The record's id for <see cref="IOpenEnded"/>: AdvocacyId.</summary>
    string IOpenEnded.RecordId => AdvocacyId;
}
