using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Journeys;

/// <summary>
/// Drift (issue 11 section 2): how long children wait from referral to a CP plan, from referral to being looked after
/// and from a CP plan to being looked after, with the median and quartiles overall, by year and by team; and the plans
/// open beyond their thresholds (a CIN plan over 12 months, a CP plan over 18 months with its category unchanged).
/// </summary>
/// <remarks>
/// Each child gives at most one pair per measure, the first: the child's first CP plan (or first looked-after episode,
/// short breaks V3 and V4 left out) with the latest referral (or CP plan) dated on or before it, else the child's first
/// one, dated after it, which gives a negative wait. Same-day (0) and negative waits are counted in the summary, not
/// hidden. Nothing dated after <see cref="DriftOptions.AsAt"/> counts: the waits are those known at it, and the plans
/// open at it (started on or before it, not ended on or before it) are the ones listed. A later step dated before the data's first referral (or first CP plan) has its earlier step outside the
/// extract: it is left out of the waits and counted in <see cref="DriftResult.BeforeTheData"/>. Pre-proceedings are not in the canonical extract, so their 16-week threshold is not listed. Linear: every
/// table is grouped by child once.
/// </remarks>
public static class Drift
{
    /// <summary>The waits and the long-open plans of <paramref name="data"/>.</summary>
    public static DriftResult Analyse(CaseData data, DriftOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        // The data as it stood at the as-at date: a report for an earlier month than the data's end counts no referral,
        // plan or episode dated after it (open plans are judged at it below).
        var asAt = options.AsAt;
        var referrals = ChildRecords.ByChild(data.Referrals.Where(r => r.ReferralDate <= asAt), r => r.ChildId, r => r.ReferralDate);
        var cp = ChildRecords.ByChild(data.CpPlans.Where(p => p.StartDate <= asAt), p => p.ChildId, p => p.StartDate);
        var lac = ChildRecords.ByChild(data.LacEpisodes.Where(e => e.StartDate <= asAt && e.LegalStatus is not ("V3" or "V4")), e => e.ChildId, e => e.StartDate);

        var pairs = new List<DriftPair>();
        var beforeTheData = new SortedDictionary<DriftMeasure, int>();
        var firstReferral = data.Referrals.Count == 0 ? DateOnly.MaxValue : data.Referrals.Min(r => r.ReferralDate);
        var firstPlan = data.CpPlans.Count == 0 ? DateOnly.MaxValue : data.CpPlans.Min(p => p.StartDate);
        void Pair<TFrom>(DriftMeasure measure, Dictionary<string, List<TFrom>> from, Func<TFrom, DateOnly> fromDate, Func<TFrom, string?> team,
            string child, DateOnly to)
            where TFrom : class
        {
            if (!from.TryGetValue(child, out var list))
            {
                return;
            }
            if (to < (measure == DriftMeasure.CpPlanToLookedAfter ? firstPlan : firstReferral))
            {
                // the later step is dated before the data's first record of the earlier kind: its earlier step is not in the extract
                beforeTheData[measure] = beforeTheData.GetValueOrDefault(measure) + 1;
                return;
            }
            var before = list.LastOrDefault(r => fromDate(r) <= to) ?? list[0];
            pairs.Add(new DriftPair { Measure = measure, ChildId = child, From = fromDate(before), To = to, Team = team(before) });
        }
        foreach (var (child, plans) in cp)
        {
            Pair(DriftMeasure.ReferralToCpPlan, referrals, r => r.ReferralDate, r => r.Team, child, plans[0].StartDate);
        }
        foreach (var (child, episodes) in lac)
        {
            Pair(DriftMeasure.ReferralToLookedAfter, referrals, r => r.ReferralDate, r => r.Team, child, episodes[0].StartDate);
        }
        foreach (var (child, episodes) in lac)
        {
            Pair(DriftMeasure.CpPlanToLookedAfter, cp, p => p.StartDate, p => p.Team, child, episodes[0].StartDate);
        }

        var summaries = new List<DriftSummary>();
        foreach (var byMeasure in pairs.GroupBy(p => p.Measure))
        {
            summaries.Add(Summarise(byMeasure.Key, DriftGrouping.All, string.Empty, byMeasure));
            foreach (var g in byMeasure.GroupBy(p => ReportingMonth.Of(p.To).FinancialYearLabel).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                summaries.Add(Summarise(byMeasure.Key, DriftGrouping.Year, g.Key, g));
            }
            foreach (var g in byMeasure.GroupBy(p => p.Team ?? "(none)").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                summaries.Add(Summarise(byMeasure.Key, DriftGrouping.Team, g.Key, g));
            }
        }

        var cases = new List<DriftCase>();
        var cinFrom = asAt.AddMonths(-options.CinPlanMonths);
        foreach (var p in data.CinPlans)
        {
            if (p.IsOpenAt(asAt) && p.StartDate <= cinFrom)
            {
                cases.Add(new DriftCase { Kind = "cin_plan", RecordId = p.CinPlanId, ChildId = p.ChildId, StartDate = p.StartDate, DaysOpen = asAt.DayNumber - p.StartDate.DayNumber, Team = p.Team, Worker = p.Worker });
            }
        }
        var cpFrom = asAt.AddMonths(-options.CpPlanMonths);
        foreach (var p in data.CpPlans)
        {
            if (p.IsOpenAt(asAt) && p.StartDate <= cpFrom && (p.LatestCategory is null || p.LatestCategory == p.InitialCategory))
            {
                cases.Add(new DriftCase { Kind = "cp_plan", RecordId = p.CpPlanId, ChildId = p.ChildId, StartDate = p.StartDate, DaysOpen = asAt.DayNumber - p.StartDate.DayNumber, Team = p.Team, Worker = p.Worker });
            }
        }
        return new DriftResult
        {
            Options = options,
            Pairs = pairs,
            BeforeTheData = beforeTheData,
            Summaries = summaries,
            Cases = [.. cases.OrderByDescending(c => c.DaysOpen).ThenBy(c => c.RecordId, StringComparer.Ordinal)],
        };
    }

    private static DriftSummary Summarise(DriftMeasure measure, DriftGrouping grouping, string group, IEnumerable<DriftPair> pairs)
    {
        var days = pairs.Select(p => (double)p.Days).ToArray();
        var q = Quantiles.Quantile(days, [0.25, 0.5, 0.75]);
        return new DriftSummary
        {
            Measure = measure,
            GroupBy = grouping,
            Group = group,
            Children = days.Length,
            LowerQuartileDays = q[0],
            MedianDays = q[1],
            UpperQuartileDays = q[2],
            SameDay = days.Count(d => d == 0),
            Negative = days.Count(d => d < 0),
        };
    }
}
