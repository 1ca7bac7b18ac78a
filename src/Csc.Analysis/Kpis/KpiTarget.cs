namespace Csc.Analysis.Kpis;

/// <summary>
/// A KPI's default target: the value, the width of the amber band on the wrong side of it, and why
/// that target (shown in docs/kpis.md). It is read with the definition's polarity (see
/// <see cref="RagRule.FromTarget"/>).
/// </summary>
public sealed record KpiTarget
{
    /// <summary>The target value (in the KPI's unit).</summary>
    public required double Value { get; init; }

    /// <summary>The width of the amber band below (higher is better) or above (lower is better) the target; 0 for none.</summary>
    public required double AmberBand { get; init; }

    /// <summary>Why this is the default: the evidence or the convention it follows.</summary>
    public required string Reason { get; init; }

    /// <summary>The rating rule of this target read with <paramref name="polarity"/>.</summary>
    public RagRule RuleFor(KpiPolarity polarity) => RagRule.FromTarget(Value, polarity, AmberBand);
}
