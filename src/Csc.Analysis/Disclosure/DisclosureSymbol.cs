namespace Csc.Analysis.Disclosure;

/// <summary>
/// The symbols DfE statistical releases print in place of a number (the GSS/DfE convention).
/// <see cref="DisclosureSymbols.Code"/> gives the printed letter.
/// </summary>
public enum DisclosureSymbol
{
    /// <summary><c>c</c>: suppressed to protect confidentiality (a small count, or a figure that would reveal one).</summary>
    Suppressed,

    /// <summary><c>z</c>: not applicable (the figure cannot exist, e.g. a rate with no cohort).</summary>
    NotApplicable,

    /// <summary><c>x</c>: not available (the data needed is absent or unreliable).</summary>
    NotAvailable,

    /// <summary><c>k</c>: a non-zero percentage below 0.5%, which would otherwise round to 0.</summary>
    BelowHalfPercent,
}
