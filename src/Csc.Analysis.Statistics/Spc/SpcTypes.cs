namespace Csc.Analysis.Statistics.Spc;

/// <summary>Which direction of change is an improvement.</summary>
public enum ImprovementDirection
{
    /// <summary>Higher values are better.</summary>
    Higher,

    /// <summary>Lower values are better.</summary>
    Lower,

    /// <summary>Neither: special causes are reported as neutral high or low.</summary>
    Neutral,
}

/// <summary>Whether points beyond the process limits count towards the "2 of 3 beyond 2 sigma" rule.</summary>
public enum TwoOfThreeMode
{
    /// <summary>Only points between a 2-sigma line and the process limit on its side count (NHSRplotthedots; Making Data Count before late 2023).</summary>
    ExcludeBeyondLimits,

    /// <summary>Every point beyond a 2-sigma line counts, including points beyond the process limit (Making Data Count since late 2023). The default.</summary>
    IncludeBeyondLimits,
}

/// <summary>
/// Point classification; <see cref="SpcCodes.Code(SpcPointType)"/> gives the NHSRplotthedots names. Whether a special-cause
/// point is "high" or "low" follows the rule that decides it (<see cref="SpcPoint.DecidingRule"/>): its side of the mean,
/// except for a trend point, which takes the trend's direction.
/// </summary>
public enum SpcPointType
{
    /// <summary>No rule triggered: variation the process shows by itself (<c>common_cause</c>).</summary>
    CommonCause,

    /// <summary>Special cause in the better direction: high when higher is better, low when lower is better.</summary>
    SpecialCauseImprovement,

    /// <summary>Special cause in the worse direction: low when higher is better, high when lower is better.</summary>
    SpecialCauseConcern,

    /// <summary>Special cause, high, for a measure with no better direction (<see cref="ImprovementDirection.Neutral"/>).</summary>
    SpecialCauseNeutralHigh,

    /// <summary>Special cause, low, for a measure with no better direction.</summary>
    SpecialCauseNeutralLow,
}

/// <summary>The special-cause rules a point triggered.</summary>
[Flags]
public enum SpcRule
{
    /// <summary>No rule: a common-cause point.</summary>
    None = 0,

    /// <summary>The point is above the upper or below the lower process limit (strictly).</summary>
    OutsideLimits = 1,

    /// <summary>The point belongs to a run of RunLength or more consecutive points on one side of the mean.</summary>
    Run = 2,

    /// <summary>The point belongs to a trend of TrendLength or more consecutive points each higher (or each lower) than the one before.</summary>
    Trend = 4,

    /// <summary>The point is beyond a 2-sigma line and 2 of 3 consecutive points containing it are beyond the same line.</summary>
    TwoOfThree = 8,
}

/// <summary>Making Data Count variation icon, from a point's type and whether it is high or low.</summary>
public enum VariationIcon
{
    /// <summary>Common cause: no special-cause rule at the point.</summary>
    CommonCause,

    /// <summary>Special cause, improvement, high (higher is better).</summary>
    ImprovementHigh,

    /// <summary>Special cause, improvement, low (lower is better).</summary>
    ImprovementLow,

    /// <summary>Special cause, concern, high (lower is better).</summary>
    ConcernHigh,

    /// <summary>Special cause, concern, low (higher is better).</summary>
    ConcernLow,

    /// <summary>Special cause, high, on a neutral measure.</summary>
    NeutralHigh,

    /// <summary>Special cause, low, on a neutral measure.</summary>
    NeutralLow,
}

/// <summary>Making Data Count assurance icon: where the target lies relative to the process limits.</summary>
public enum AssuranceIcon
{
    /// <summary>No target, or the measure has no improvement direction.</summary>
    None,

    /// <summary>The whole band between the process limits is on the passing side of the target.</summary>
    ConsistentlyPassing,

    /// <summary>The whole band between the process limits is on the failing side of the target.</summary>
    ConsistentlyFailing,

    /// <summary>The target lies between the process limits (inclusive): the process will sometimes pass and sometimes fail.</summary>
    HitAndMiss,
}

/// <summary>
/// Options for <see cref="XmrChart"/>. Defaults follow NHS England's Making Data Count: runs and trends of 7,
/// 2-of-3 counting points beyond the limits, no rebasing, limits from all points of each segment.
/// </summary>
public sealed record SpcOptions
{
    /// <summary>Which direction is better; default <see cref="ImprovementDirection.Higher"/>.</summary>
    public ImprovementDirection Improvement { get; init; } = ImprovementDirection.Higher;

    /// <summary>Target for the assurance icon; null for none.</summary>
    public double? Target { get; init; }

    /// <summary>0-based indices where a new segment (rebased mean and limits) starts; strictly increasing, each in [1, n − 1].</summary>
    public IReadOnlyList<int> RebaseAt { get; init; } = [];

    /// <summary>When set, each segment's mean and limits come from its first FixAfter points only (a baseline, at least 2).</summary>
    public int? FixAfter { get; init; }

    /// <summary>Points in a run on one side of the mean that signal special cause; default 7 (6 is common too).</summary>
    public int RunLength { get; init; } = 7;

    /// <summary>Points in a consecutively rising or falling trend that signal special cause; default 7.</summary>
    public int TrendLength { get; init; } = 7;

    /// <summary>Whether points beyond the process limits count for the 2-of-3 rule; default <see cref="TwoOfThreeMode.IncludeBeyondLimits"/>.</summary>
    public TwoOfThreeMode TwoOfThree { get; init; } = TwoOfThreeMode.IncludeBeyondLimits;

    /// <summary>
    /// When true, a window of 3 counts for the 2-of-3 rule only if all three points are strictly on the same side of the mean,
    /// as NHSRplotthedots 0.2.2 requires; default false (Western Electric's rule: the third point may be anywhere).
    /// </summary>
    public bool TwoOfThreeWindowOneSide { get; init; }

    /// <summary>Screen large moving ranges: drop moving ranges of 3.267 × the average or more and average again (once), as NHSRplotthedots' screen_outliers.</summary>
    public bool ScreenOutliers { get; init; }
}

/// <summary>One point of an XmR chart, with the mean and limits of the point's segment and the rules it triggered.</summary>
/// <param name="T">0-based position in the series.</param>
/// <param name="Value">The value charted.</param>
/// <param name="Mean">Mean of the segment's baseline points (the centre line).</param>
/// <param name="LowerProcessLimit">Mean − 2.66 × average moving range.</param>
/// <param name="UpperProcessLimit">Mean + 2.66 × average moving range.</param>
/// <param name="Lower2Sigma">Mean − 2 × (average moving range / 1.128).</param>
/// <param name="Upper2Sigma">Mean + 2 × (average moving range / 1.128).</param>
/// <param name="SpecialCause">True when any rule triggered (<paramref name="Rules"/> is not <see cref="SpcRule.None"/>).</param>
/// <param name="PointType">Common cause, or the special cause's improvement / concern / neutral reading.</param>
/// <param name="Rules">Every rule the point triggered (flags).</param>
public readonly record struct SpcPoint(
    int T,
    double Value,
    double Mean,
    double LowerProcessLimit,
    double UpperProcessLimit,
    double Lower2Sigma,
    double Upper2Sigma,
    bool SpecialCause,
    SpcPointType PointType,
    SpcRule Rules)
{
    /// <summary>
    /// The one rule that decides the point's reading, by NHSRplotthedots 0.2.2's precedence: outside limits, then trend,
    /// then 2 of 3, then run; <see cref="SpcRule.None"/> for a common-cause point.
    /// </summary>
    public SpcRule DecidingRule => Rules switch
    {
        var r when (r & SpcRule.OutsideLimits) != 0 => SpcRule.OutsideLimits,
        var r when (r & SpcRule.Trend) != 0 => SpcRule.Trend,
        var r when (r & SpcRule.TwoOfThree) != 0 => SpcRule.TwoOfThree,
        var r when (r & SpcRule.Run) != 0 => SpcRule.Run,
        _ => SpcRule.None,
    };
}

/// <summary>An evaluated chart: every point, plus the icons for the latest point.</summary>
/// <param name="Points">One point per value, in series order.</param>
/// <param name="Variation">The latest point's variation icon.</param>
/// <param name="Assurance">The latest point's assurance icon against the target (none without a target).</param>
public sealed record SpcResult(IReadOnlyList<SpcPoint> Points, VariationIcon Variation, AssuranceIcon Assurance);

/// <summary>Text codes used in CSV output (stable contracts: NHSRplotthedots' and Making Data Count's names).</summary>
public static class SpcCodes
{
    /// <summary>common_cause, special_cause_improvement, special_cause_concern, special_cause_neutral_high, special_cause_neutral_low.</summary>
    public static string Code(this SpcPointType type) => type switch
    {
        SpcPointType.CommonCause => "common_cause",
        SpcPointType.SpecialCauseImprovement => "special_cause_improvement",
        SpcPointType.SpecialCauseConcern => "special_cause_concern",
        SpcPointType.SpecialCauseNeutralHigh => "special_cause_neutral_high",
        SpcPointType.SpecialCauseNeutralLow => "special_cause_neutral_low",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>common_cause, improvement_high, improvement_low, concern_high, concern_low, neutral_high, neutral_low.</summary>
    public static string Code(this VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "common_cause",
        VariationIcon.ImprovementHigh => "improvement_high",
        VariationIcon.ImprovementLow => "improvement_low",
        VariationIcon.ConcernHigh => "concern_high",
        VariationIcon.ConcernLow => "concern_low",
        VariationIcon.NeutralHigh => "neutral_high",
        VariationIcon.NeutralLow => "neutral_low",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, null),
    };

    /// <summary>"" (none), consistently_passing, consistently_failing, hit_and_miss.</summary>
    public static string Code(this AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.None => "",
        AssuranceIcon.ConsistentlyPassing => "consistently_passing",
        AssuranceIcon.ConsistentlyFailing => "consistently_failing",
        AssuranceIcon.HitAndMiss => "hit_and_miss",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, null),
    };
}
