namespace Csc.Analysis.Investigations;

/// <summary>A percentage with a fractional numerator: outcomes imputed with a probability.</summary>
/// <param name="Numerator">The expected number within timescale.</param>
/// <param name="Denominator">The conferences counted.</param>
public readonly record struct ImputedCount(double Numerator, long Denominator)
{
    /// <summary>The percentage 0 to 100, NaN when the denominator is 0.</summary>
    public double Percent => Denominator == 0 ? double.NaN : 100.0 * Numerator / Denominator;
}
