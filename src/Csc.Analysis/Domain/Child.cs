namespace Csc.Analysis.Domain;

/// <summary>A child known to children's social care (children.csv).</summary>
/// <param name="ChildId">The child's id, unique in the extract.</param>
/// <param name="Sex">The sex code as recorded (M, F, U, ...); null when blank.</param>
/// <param name="DateOfBirth">The date of birth; null when not recorded (unborn children may have none).</param>
/// <param name="Ethnicity">The DfE ethnicity code; null when blank.</param>
/// <param name="Disability">The disability flag or code as recorded; null when blank.</param>
/// <param name="HomePostcode">The home postcode; null when blank.</param>
public sealed record Child(
    string ChildId,
    string? Sex,
    DateOnly? DateOfBirth,
    string? Ethnicity,
    string? Disability,
    string? HomePostcode) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>True for an unaccompanied asylum-seeking child (children.csv <c>uasc</c> Y), false for N, null when not recorded.</summary>
    public bool? Uasc { get; init; }

    /// <summary>Age in whole years on <paramref name="date"/> (a child born 29 February turns a year older on 1 March in non-leap years).</summary>
    public int? AgeOn(DateOnly date) => DateOfBirth is { } dob ? Ages.WholeYears(dob, date) : null;
}
