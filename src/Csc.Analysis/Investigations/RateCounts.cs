using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>A numerator and denominator for a percentage KPI in one month (or group).</summary>
public readonly record struct RateCount(long Numerator, long Denominator)
{
    /// <summary>The percentage 0..100, NaN when the denominator is 0.</summary>
    public double Percent => Denominator == 0 ? double.NaN : 100.0 * Numerator / Denominator;

    public RateCount Add(bool numerator, bool denominator) => new(Numerator + (numerator ? 1 : 0), Denominator + (denominator ? 1 : 0));
}

/// <summary>One record's contribution to a percentage KPI: the month it counts in and whether it is in the numerator and denominator.</summary>
public sealed record KpiContribution(ReportingMonth Month, bool Numerator, bool Denominator, object Subject);
