namespace Csc.Analysis.Domain;

/// <summary>
/// A referral to children's social care (referrals.csv): the start of a child in need episode, as in the CIN census
/// (as <see cref="IOpenEnded"/>: from the referral date to the closure date).
/// </summary>
/// <param name="ReferralId">The referral's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="ReferralDate">The day the referral was received.</param>
/// <param name="Source">The referral source, as recorded; null when blank.</param>
/// <param name="Nfa">True when the referral ended in no further action.</param>
/// <param name="Team">The team; null when blank.</param>
/// <param name="Worker">The allocated worker; null when blank.</param>
public sealed record Referral(
    string ReferralId,
    string ChildId,
    DateOnly ReferralDate,
    string? Source,
    bool Nfa,
    string? Team,
    string? Worker) : IOpenEnded, ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>The day the child in need episode this referral starts closed; null while open (or when not recorded).</summary>
    public DateOnly? ClosureDate { get; init; }

    /// <summary>The CIN census reason for closure, RC1 to RC9; null while open or not recorded.</summary>
    public string? ReasonForClosure { get; init; }

    /// <summary>The CIN census primary need code, N0 to N9; null when not recorded.</summary>
    public string? PrimaryNeedCode { get; init; }

    /// <summary>The child in need episode starts on the referral date.</summary>
    DateOnly IOpenEnded.StartDate => ReferralDate;

    /// <summary>The child in need episode ends on its closure date (null while open).</summary>
    DateOnly? IOpenEnded.EndDate => ClosureDate;

    /// <summary>The record's id for <see cref="IOpenEnded"/>: ReferralId.</summary>
    string IOpenEnded.RecordId => ReferralId;
}
