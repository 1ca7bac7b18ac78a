namespace Csc.Analysis.Journeys;

/// <summary>The result of <see cref="Drift.Analyse"/>.</summary>
public sealed record DriftResult
{
    /// <summary>The options used.</summary>
    public required DriftOptions Options { get; init; }

    /// <summary>Every child's pair per measure, by measure then child (in order of first appearance).</summary>
    public required IReadOnlyList<DriftPair> Pairs { get; init; }

    /// <summary>Per measure, the children left out because the later step is dated before the data's first referral (or first CP plan for cp_plan_to_looked_after), so the earlier step is not in the extract; measures with none are absent.</summary>
    public required IReadOnlyDictionary<DriftMeasure, int> BeforeTheData { get; init; }

    /// <summary>Per measure: all children, then by year (ascending), then by team (ordinal).</summary>
    public required IReadOnlyList<DriftSummary> Summaries { get; init; }

    /// <summary>Plans open beyond their thresholds, longest first (then by record id).</summary>
    public required IReadOnlyList<DriftCase> Cases { get; init; }
}
