using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Investigations;

/// <summary>
/// The corrections of the ICPC recording investigation: the usual conference-to-recording lag, each
/// "recording date used" pattern's earlier on-time rate, and the KPI recomputed with the rows of systematic
/// patterns dated by their CP plan, lag-estimated, imputed at the earlier rate or left out
/// (<see cref="TimelinessComparisonRow"/>). Every variant goes through the KPI engine's own calculation.
/// </summary>
internal static class IcpcRecordingCorrections
{
    /// <summary>
    /// The usual conference-to-recording lag in working days, per team and overall: the median over
    /// ICPCs with both dates (recorded on or after the conference) that no systematic
    /// "recording date used" pattern covers.
    /// </summary>
    public static LagBase BaseLags(CaseData data, IcpcRecordingOptions options, IReadOnlyList<RecordingPattern> standIn, Func<RecordingPattern, List<RuleObservation>> rows)
    {
        var covered = standIn.SelectMany(rows).Select(o => o.RecordId).ToHashSet(StringComparer.Ordinal);
        var byTeam = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var all = new List<double>();
        foreach (var s in data.Section47Enquiries)
        {
            if (!s.HasIcpc || s.IcpcRecordedDate is not { } rec || covered.Contains(s.S47Id))
            {
                continue;
            }
            var icpc = s.IcpcDate!.Value;
            if (rec < icpc || !IcpcTimeliness.InCalendar(icpc) || !IcpcTimeliness.InCalendar(rec))
            {
                continue;
            }
            double wd = options.Calendar.WorkingDaysBetween(icpc, rec);
            all.Add(wd);
            var team = s.Team ?? IcpcRecordingRules.NoTeam;
            if (!byTeam.TryGetValue(team, out var l))
            {
                byTeam[team] = l = [];
            }
            l.Add(wd);
        }
        return new LagBase(
            byTeam.Where(kv => kv.Value.Count >= options.MinimumLagSample).ToDictionary(kv => kv.Key, kv => (int)Math.Round(Quantiles.Median(kv.Value.ToArray()), MidpointRounding.AwayFromZero), StringComparer.Ordinal),
            all.Count == 0 ? 0 : (int)Math.Round(Quantiles.Median(all.ToArray()), MidpointRounding.AwayFromZero),
            all.Count);
    }

    internal sealed record LagBase(IReadOnlyDictionary<string, int> ByTeam, int Overall, int Sample);

    internal sealed record Corrections(
        IReadOnlyDictionary<ReportingMonth, RateCount> PlanDated,
        int PlanDatedRows,
        IReadOnlyDictionary<ReportingMonth, ImputedCount> Imputed,
        IReadOnlyDictionary<ReportingMonth, RateCount> LagEstimated,
        IReadOnlyDictionary<ReportingMonth, RateCount> Excluded);

    /// <summary>
    /// For each "recording date used" pattern: the share of its group's ICPCs held within timescale in
    /// the 12 months before the pattern started (rows of any such pattern left out), with the size of
    /// that sample; the whole council's share when the group has fewer than <see cref="IcpcRecordingOptions.MinimumLagSample"/>.
    /// </summary>
    public static IReadOnlyDictionary<RecordingPattern, (double Rate, long Sample)> BaseRates(
        IReadOnlyList<KpiContribution> contributions, IReadOnlyList<RecordingPattern> standIn, Func<RecordingPattern, List<RuleObservation>> rows, IcpcRecordingOptions options)
    {
        var covered = standIn.SelectMany(rows).Select(o => o.RecordId).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<RecordingPattern, (double, long)>();
        foreach (var p in standIn)
        {
            var from = p.StartMonth!.Value.PlusMonths(-12);
            var to = p.StartMonth.Value.Previous;
            long n = 0, x = 0, nAll = 0, xAll = 0;
            foreach (var c in contributions)
            {
                if (c.Month < from || c.Month > to || c.Record is not Section47Enquiry s || covered.Contains(s.S47Id) || !c.InDenominator)
                {
                    continue;
                }
                nAll++;
                xAll += c.InNumerator ? 1 : 0;
                var inGroup = p.GroupBy switch
                {
                    KpiDimension.Council => true,
                    KpiDimension.Team => (s.Team ?? IcpcRecordingRules.NoTeam) == p.Group,
                    _ => (s.Worker ?? IcpcRecordingRules.NoWorker) == p.Group,
                };
                if (inGroup)
                {
                    n++;
                    x += c.InNumerator ? 1 : 0;
                }
            }
            result[p] = n >= options.MinimumLagSample ? ((double)x / n, n) : nAll == 0 ? (double.NaN, 0) : ((double)xAll / nAll, nAll);
        }
        return result;
    }

    /// <summary>
    /// The KPI by month with the rows of <paramref name="patterns"/> set aside three ways (imputed,
    /// lag-estimated, excluded; see <see cref="TimelinessComparisonRow"/>). Every variant goes through
    /// the KPI engine's own calculation, so the KPI's definition is used unchanged.
    /// </summary>
    public static Corrections Corrected(
        CaseData data,
        IcpcRecordingOptions options,
        IReadOnlyList<RecordingPattern> patterns,
        IReadOnlyDictionary<string, RecordingRule> rules,
        Func<RecordingPattern, List<RuleObservation>> rows,
        LagBase lags,
        IReadOnlyList<KpiContribution> recordedContributions,
        IReadOnlyDictionary<RecordingPattern, (double Rate, long Sample)> baseRates)
    {
        var estimate = new Dictionary<string, double>(StringComparer.Ordinal);
        var exclude = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            var correction = rules[p.RuleId].Correction;
            if (correction == RecordingCorrection.None)
            {
                continue;
            }
            foreach (var o in rows(p))
            {
                if (correction == RecordingCorrection.Exclude)
                {
                    exclude.Add(o.RecordId);
                }
                else
                {
                    estimate[o.RecordId] = baseRates.TryGetValue(p, out var r) ? r.Rate : double.NaN;
                }
            }
        }
        var imputed = new Dictionary<ReportingMonth, ImputedCount>();
        foreach (var c in recordedContributions)
        {
            if (!c.InDenominator || c.Record is not Section47Enquiry s || exclude.Contains(s.S47Id))
            {
                continue;
            }
            var weight = estimate.TryGetValue(s.S47Id, out var rate) && double.IsFinite(rate) ? rate : c.InNumerator ? 1 : 0;
            var cur = imputed.GetValueOrDefault(c.Month);
            imputed[c.Month] = new ImputedCount(cur.Numerator + weight, cur.Denominator + 1);
        }

        // CP plan start dates by child: a plan started from the conference carries its real date
        var planStarts = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        if (estimate.Count > 0)
        {
            foreach (var p in data.CpPlans)
            {
                if (!planStarts.TryGetValue(p.ChildId, out var l))
                {
                    planStarts[p.ChildId] = l = [];
                }
                l.Add(p.StartDate);
            }
        }
        var lagEstimated = new List<Section47Enquiry>(data.Section47Enquiries.Count);
        var excluded = new List<Section47Enquiry>(data.Section47Enquiries.Count);
        var planDated = new List<Section47Enquiry>(data.Section47Enquiries.Count);
        var planDatedRows = 0;
        foreach (var s in data.Section47Enquiries)
        {
            if (exclude.Contains(s.S47Id))
            {
                continue;
            }
            if (estimate.ContainsKey(s.S47Id))
            {
                if (PlanDate(s, planStarts, options) is { } planDate)
                {
                    planDated.Add(s with { IcpcDate = planDate });
                    planDatedRows++;
                }
                if (s.IcpcRecordedDate is { } rec && IcpcTimeliness.InCalendar(rec))
                {
                    var lag = lags.ByTeam.TryGetValue(s.Team ?? IcpcRecordingRules.NoTeam, out var t) ? t : lags.Overall;
                    var est = options.Calendar.AddWorkingDays(rec, -lag);
                    lagEstimated.Add(s with { IcpcDate = est < s.StrategyDiscussionDate ? s.StrategyDiscussionDate : est });
                }
                else
                {
                    lagEstimated.Add(s);
                }
                continue;
            }
            lagEstimated.Add(s);
            excluded.Add(s);
            planDated.Add(s);
        }
        return new Corrections(
            IcpcTimeliness.ByMonth(IcpcTimeliness.Contributions(data with { Section47Enquiries = planDated }, options.Calendar, options.Catalog)),
            planDatedRows,
            imputed,
            IcpcTimeliness.ByMonth(IcpcTimeliness.Contributions(data with { Section47Enquiries = lagEstimated }, options.Calendar, options.Catalog)),
            IcpcTimeliness.ByMonth(IcpcTimeliness.Contributions(data with { Section47Enquiries = excluded }, options.Calendar, options.Catalog)));
    }

    /// <summary>
    /// The start of the child's CP plan that the conference most likely started: the latest plan start
    /// on or after the strategy discussion and on or before the recorded ICPC date, at most
    /// <see cref="IcpcRecordingOptions.CpPlanWindowDays"/> before it. Null when there is none.
    /// </summary>
    private static DateOnly? PlanDate(Section47Enquiry s, Dictionary<string, List<DateOnly>> planStarts, IcpcRecordingOptions options)
    {
        if (s.CpPlanFromIcpc != true || s.IcpcDate is not { } icpc || !planStarts.TryGetValue(s.ChildId, out var starts))
        {
            return null;
        }
        DateOnly? best = null;
        foreach (var d in starts)
        {
            if (d >= s.StrategyDiscussionDate && d <= icpc && icpc.DayNumber - d.DayNumber <= options.CpPlanWindowDays && (best is null || d > best))
            {
                best = d;
            }
        }
        return best;
    }
}
