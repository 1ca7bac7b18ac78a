namespace Csc.Analysis.Disclosure;

/// <summary>
/// How public figures are protected. The default follows DfE's children's social care releases:
/// counts from 1 to 5 are suppressed (0 is shown), no rounding.
/// </summary>
public sealed record DisclosureOptions
{
    /// <summary>The largest count that is suppressed: counts in [1, <see cref="Threshold"/>] (inclusive) print as <c>c</c>. At least 1.</summary>
    public int Threshold { get; init; } = 5;

    /// <summary>Rounding applied to every count that is shown, and to the numerators and denominators of the rates computed from them.</summary>
    public DisclosureRounding Rounding { get; init; } = DisclosureRounding.None;

    /// <summary>The DfE default: threshold 5, no rounding.</summary>
    public static DisclosureOptions Default { get; } = new();

    /// <summary>True when <paramref name="count"/> is a small count that must be suppressed (1 to <see cref="Threshold"/>).</summary>
    public bool IsSmall(double count) => count > 0 && count <= Threshold;

    /// <summary>Throws when the options cannot be applied (a threshold below 1).</summary>
    public void Validate()
    {
        Preconditions.CheckArgument(Threshold >= 1, $"The disclosure threshold must be at least 1 (got {Threshold}).");
        Preconditions.CheckArgument(Enum.IsDefined(Rounding), $"Unknown rounding {(int)Rounding}: use none, 5 or 10.");
    }
}
