namespace Csc.Analysis.Investigations;

/// <summary>A numerator and denominator for a percentage KPI in one month (or group).</summary>
public readonly record struct RateCount(long Numerator, long Denominator)
{
    /// <summary>The percentage 0..100, NaN when the denominator is 0.</summary>
    public double Percent => Denominator == 0 ? double.NaN : 100.0 * Numerator / Denominator;

    /// <summary>This count with one record added, in the numerator and/or the denominator.</summary>
    public RateCount Add(bool numerator, bool denominator) => new(Numerator + (numerator ? 1 : 0), Denominator + (denominator ? 1 : 0));
}
