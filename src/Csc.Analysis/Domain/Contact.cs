namespace Csc.Analysis.Domain;

/// <summary>A contact at the front door (contacts.csv).</summary>
/// <param name="ContactId">The contact's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="ContactDate">The day the contact was received.</param>
/// <param name="Source">Who made the contact (police, school, ...), as recorded; null when blank.</param>
/// <param name="BragRating">The BRAG rating given.</param>
/// <param name="Outcome">What the contact led to.</param>
/// <param name="Team">The team that handled it; null when blank.</param>
public sealed record Contact(
    string ContactId,
    string ChildId,
    DateOnly ContactDate,
    string? Source,
    BragRating BragRating,
    ContactOutcome Outcome,
    string? Team) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }
}
