using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>
/// The step test of one rule in one group: the month the flagged share stepped up
/// (<see cref="StartMonth"/>), the shares before and after, the likelihood-ratio statistic, its
/// p-value and the p-value adjusted across every test of the run. <see cref="Systematic"/> when the
/// adjusted p-value is below α, the share rose by at least the minimum and enough rows are flagged
/// after the start (and the pattern is not explained by a wider group: see <see cref="Note"/>).
/// </summary>
public sealed record RecordingPattern
{
    /// <summary>The rule tested.</summary>
    public required string RuleId { get; init; }

    /// <summary>The grouping: the council, a team or a worker.</summary>
    public required KpiDimension GroupBy { get; init; }

    /// <summary>The group's key (<see cref="KpiGroupKeys.Council"/> for the council).</summary>
    public required string Group { get; init; }

    /// <summary>The first month after the step; null when the test found no split.</summary>
    public required ReportingMonth? StartMonth { get; init; }

    /// <summary>The flagged share before the step (0 to 1).</summary>
    public required double ShareBefore { get; init; }

    /// <summary>The flagged share from the step on (0 to 1).</summary>
    public required double ShareAfter { get; init; }

    /// <summary>Rows flagged from the step on.</summary>
    public required int FlaggedAfter { get; init; }

    /// <summary>Rows eligible from the step on.</summary>
    public required int EligibleAfter { get; init; }

    /// <summary>Rows eligible over the whole series.</summary>
    public required int EligibleTotal { get; init; }

    /// <summary>The likelihood-ratio statistic of the step.</summary>
    public required double LikelihoodRatio { get; init; }

    /// <summary>The step's one-sided p-value.</summary>
    public required double PValue { get; init; }

    /// <summary>The p-value adjusted across every test of the run.</summary>
    public required double AdjustedPValue { get; init; }

    /// <summary>Whether the pattern is a finding (see the type's summary).</summary>
    public required bool Systematic { get; init; }

    /// <summary>Context events within the event window of the start month, by date.</summary>
    public required IReadOnlyList<ContextEvent> CoincidingEvents { get; init; }

    /// <summary>Why a significant step is not a finding of its own (empty otherwise).</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>Whether a row of the rule belongs to this pattern's group.</summary>
    public bool Covers(RuleObservation row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return GroupBy switch
        {
            KpiDimension.Council => true,
            KpiDimension.Team => row.Team == Group,
            _ => row.Worker == Group,
        };
    }
}
