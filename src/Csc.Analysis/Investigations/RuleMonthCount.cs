using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>Eligible and flagged rows of one rule for one group in one month.</summary>
/// <param name="RuleId">The rule (<see cref="IcpcRecordingRules"/>).</param>
/// <param name="GroupBy">The grouping: the council, a team or a worker.</param>
/// <param name="Group">The group's key (<see cref="KpiGroupKeys.Council"/> for the council).</param>
/// <param name="Month">The month the rows are counted in.</param>
/// <param name="Eligible">Rows the rule looked at.</param>
/// <param name="Flagged">Rows it flagged.</param>
public sealed record RuleMonthCount(string RuleId, KpiDimension GroupBy, string Group, ReportingMonth Month, int Eligible, int Flagged)
{
    /// <summary>Flagged rows as a share of eligible rows (0 to 1), NaN when none were eligible.</summary>
    public double Share => Eligible == 0 ? double.NaN : (double)Flagged / Eligible;
}
