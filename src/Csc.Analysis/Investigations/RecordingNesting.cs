using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>
/// Nested patterns are not separate findings: a worker's step inside their team's step (same rule) is part of
/// the team's pattern, and a council-wide step of a rule that also stepped in a team is driven by the team.
/// A worker's team is the team of most of their rows (ties: the first team by ordinal order).
/// </summary>
internal static class RecordingNesting
{
    /// <summary>The patterns with the nested ones marked not systematic, with a note saying why.</summary>
    public static IReadOnlyList<RecordingPattern> Apply(IReadOnlyList<RecordingPattern> patterns, IEnumerable<RuleObservation> observations)
    {
        var workerTeam = observations.GroupBy(o => o.Worker, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(o => o.Team, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key,
                StringComparer.Ordinal);
        var teamSteps = patterns.Where(p => p.Systematic && p.GroupBy == KpiDimension.Team).ToLookup(p => (p.RuleId, p.Group));
        var rulesWithTeamSteps = patterns.Where(p => p.Systematic && p.GroupBy == KpiDimension.Team).Select(p => p.RuleId).ToHashSet(StringComparer.Ordinal);
        return [.. patterns.Select(p =>
        {
            if (!p.Systematic)
            {
                return p;
            }
            if (p.GroupBy == KpiDimension.Worker && workerTeam.TryGetValue(p.Group, out var team) && teamSteps[(p.RuleId, team)].Any())
            {
                return p with { Systematic = false, Note = $"part of team {team}'s pattern" };
            }
            if (p.GroupBy == KpiDimension.Council && rulesWithTeamSteps.Contains(p.RuleId))
            {
                return p with { Systematic = false, Note = "driven by the team pattern(s) listed separately" };
            }
            return p;
        })];
    }
}
