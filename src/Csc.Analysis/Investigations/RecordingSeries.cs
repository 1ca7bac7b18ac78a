using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>
/// The monthly series of one rule in one group: eligible (<see cref="Eligible"/>) and flagged
/// (<see cref="Flagged"/>) rows per month from <see cref="First"/>, index 0 being that month.
/// </summary>
internal sealed record RecordingSeries(string RuleId, KpiDimension GroupBy, string Group, ReportingMonth First, int[] Eligible, int[] Flagged)
{
    /// <summary>
    /// Every rule's series for every group of every grouping, in one pass over the rows. A missing ICPC is
    /// only a settled fact once a late conference would also have been recorded: strategy discussions after
    /// <paramref name="matureBefore"/> are flagged but left out (otherwise the not-yet-recorded tail looks
    /// like a step). Ordered by rule, grouping id and group (ordinal).
    /// </summary>
    public static IReadOnlyList<RecordingSeries> Build(
        IEnumerable<RuleObservation> observations, ReportingMonth first, ReportingMonth last, IReadOnlyList<KpiDimension> groupings, DateOnly matureBefore)
    {
        var span = last.Index - first.Index + 1;
        var series = new Dictionary<(string Rule, KpiDimension By, string Group), RecordingSeries>();
        foreach (var o in observations)
        {
            var i = o.Month.Index - first.Index;
            if (i < 0 || i >= span || (o.RuleId == IcpcRecordingRules.IcpcMissingWhenDue && o.StrategyDiscussionDate > matureBefore))
            {
                continue;
            }
            foreach (var by in groupings)
            {
                var group = by switch { KpiDimension.Council => KpiGroupKeys.Council, KpiDimension.Team => o.Team, _ => o.Worker };
                var key = (o.RuleId, by, group);
                if (!series.TryGetValue(key, out var s))
                {
                    series[key] = s = new RecordingSeries(o.RuleId, by, group, first, new int[span], new int[span]);
                }
                s.Eligible[i]++;
                if (o.Flagged)
                {
                    s.Flagged[i]++;
                }
            }
        }
        return [.. series.Values
            .OrderBy(s => s.RuleId, StringComparer.Ordinal)
            .ThenBy(s => KpiDimensions.Id(s.GroupBy), StringComparer.Ordinal)
            .ThenBy(s => s.Group, StringComparer.Ordinal)];
    }

    /// <summary>The months with eligible rows, as counts.</summary>
    public IEnumerable<RuleMonthCount> Counts()
    {
        for (var i = 0; i < Eligible.Length; i++)
        {
            if (Eligible[i] > 0)
            {
                yield return new RuleMonthCount(RuleId, GroupBy, Group, First.PlusMonths(i), Eligible[i], Flagged[i]);
            }
        }
    }
}
