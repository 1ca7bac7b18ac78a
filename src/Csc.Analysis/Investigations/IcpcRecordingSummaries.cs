using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>Summaries of an <see cref="IcpcRecordingResult"/> that the ICPC notebook shows: totals per rule and flagged ICPCs per worker.</summary>
public static class IcpcRecordingSummaries
{
    /// <summary>Each rule's eligible and flagged ICPCs summed over the months of the council-wide counts, in the order of the result's rules.</summary>
    public static IReadOnlyList<IcpcRuleTotal> RuleTotals(IcpcRecordingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var all = result.Counts.Where(c => c.GroupBy == KpiDimension.Council).ToLookup(c => c.RuleId, StringComparer.Ordinal);
        return [.. result.Rules.Where(r => all.Contains(r.Id)).Select(r => new IcpcRuleTotal
        {
            RuleId = r.Id,
            Description = r.Description,
            Eligible = all[r.Id].Sum(c => c.Eligible),
            Flagged = all[r.Id].Sum(c => c.Flagged),
        })];
    }

    /// <summary>
    /// The workers with ICPCs flagged by <paramref name="ruleId"/> from <paramref name="from"/> on,
    /// in <paramref name="team"/> (empty for every team), most flagged first (then by team and worker).
    /// </summary>
    public static IReadOnlyList<FlaggedWorker> FlaggedWorkers(IcpcRecordingResult result, string ruleId, string team, ReportingMonth from)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(team);
        return [.. result.FlaggedRows
            .Where(r => r.Flagged && r.RuleId == ruleId && (team.Length == 0 || r.Team == team) && r.Month >= from)
            .GroupBy(r => (r.Team, r.Worker))
            .Select(g => new FlaggedWorker { Team = g.Key.Team, Worker = g.Key.Worker, Rows = g.Count(), FirstMonth = g.Min(r => r.Month) })
            .OrderByDescending(w => w.Rows).ThenBy(w => w.Team, StringComparer.Ordinal).ThenBy(w => w.Worker, StringComparer.Ordinal)];
    }
}
