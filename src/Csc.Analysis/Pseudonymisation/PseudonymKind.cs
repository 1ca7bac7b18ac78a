namespace Csc.Analysis.Pseudonymisation;

/// <summary>
/// What an identifier names. Each kind has its own pseudonym space and printed prefix, so a child id and a
/// record id with the same text get different pseudonyms, and a reader can still tell a child from a plan.
/// </summary>
public enum PseudonymKind
{
    /// <summary>A child (the same pseudonym in every table). Prefix <c>C-</c>.</summary>
    Child,

    /// <summary>A case record: contact, referral, assessment, enquiry, plan, visit, episode, allocation. Prefix <c>R-</c>.</summary>
    Record,

    /// <summary>A social worker's name or code. Prefix <c>W-</c>.</summary>
    Worker,

    /// <summary>Free text from the data (event labels). Prefix <c>T-</c>.</summary>
    FreeText,
}
