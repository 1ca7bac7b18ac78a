using System.Globalization;
using System.Text;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.ChangePoint;
using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Investigations;

/// <summary>Eligible and flagged rows of one rule for one group in one month.</summary>
public sealed record RuleMonthCount(string RuleId, string GroupBy, string Group, ReportingMonth Month, int Eligible, int Flagged)
{
    public double Share => Eligible == 0 ? double.NaN : (double)Flagged / Eligible;
}

/// <summary>
/// The step test of one rule in one group: the month the flagged share stepped up
/// (<see cref="StartMonth"/>), the shares before and after, the likelihood-ratio statistic, its
/// p-value and the p-value adjusted across every test of the run. <see cref="Systematic"/> when the
/// adjusted p-value is below α, the share rose by at least the minimum and enough rows are flagged
/// after the start (and the pattern is not explained by a wider group: see <see cref="Note"/>).
/// </summary>
public sealed record RecordingPattern(
    string RuleId,
    string GroupBy,
    string Group,
    ReportingMonth? StartMonth,
    double ShareBefore,
    double ShareAfter,
    int FlaggedAfter,
    int EligibleAfter,
    int EligibleTotal,
    double LikelihoodRatio,
    double PValue,
    double AdjustedPValue,
    bool Systematic,
    IReadOnlyList<ContextEvent> CoincidingEvents,
    string Note);

/// <summary>A systematic pattern with its rows and how much of the KPI's month-on-month change it explains.</summary>
public sealed record RecordingFinding(
    RecordingRule Rule,
    RecordingPattern Pattern,
    int RowsFlagged,
    double ExplainedPoints,
    string Text);

/// <summary>
/// The KPI by month as recorded and three ways of setting the systematic recording problems aside.
/// Corrected (the headline): the conferences of systematic patterns are left out, which is the same as
/// assuming they were on time as often as the month's other conferences. Lag-estimated: the conference
/// date estimated as the recording date less the usual conference-to-recording lag, then the KPI
/// recomputed (a lower reading when the team also recorded late). Prior-rate: each "recording date
/// used" conference counted as on time with the probability its group had in the 12 months before the
/// pattern started (a higher reading: it ignores whatever else changed that month).
/// </summary>
public sealed record TimelinessComparisonRow(
    ReportingMonth Month,
    long RecordedConferences,
    long RecordedWithin,
    double RecordedPct,
    long CorrectedConferences,
    long CorrectedWithin,
    double CorrectedPct,
    long LagEstimatedConferences,
    long LagEstimatedWithin,
    double LagEstimatedPct,
    long PriorRateConferences,
    double PriorRateWithin,
    double PriorRatePct,
    long ExcludedConferences,
    long ExcludedWithin,
    double ExcludedPct);

/// <summary>Everything the ICPC recording investigation produced.</summary>
public sealed record IcpcRecordingResult(
    ReportingMonth Month,
    DateOnly AnalysisDate,
    IReadOnlyList<RecordingRule> Rules,
    IReadOnlyList<RuleObservation> FlaggedRows,
    IReadOnlyList<RuleMonthCount> Counts,
    IReadOnlyList<RecordingPattern> Patterns,
    IReadOnlyList<RecordingFinding> Findings,
    IReadOnlyList<TimelinessComparisonRow> Timeliness,
    double RecordedPct,
    double CorrectedPct,
    double PreviousRecordedPct,
    double PreviousCorrectedPct,
    int TestsRun,
    string Finding)
{
    public ITabular FlaggedRowsTable => Tabular.Of(FlaggedRows,
        ["rule", "record_id", "child_id", "team", "worker", "month", "strategy_discussion_date", "icpc_date", "icpc_recorded_date", "cp_plan_start_date", "detail"],
        r => [r.RuleId, r.RecordId, r.ChildId, r.Team, r.Worker, r.Month, r.StrategyDiscussionDate, r.IcpcDate, r.IcpcRecordedDate, r.CpPlanStartDate, r.Detail]);

    public ITabular CountsTable => Tabular.Of(Counts,
        ["rule", "group_by", "group", "month", "eligible", "flagged", "share"],
        c => [c.RuleId, c.GroupBy, c.Group, c.Month, c.Eligible, c.Flagged, c.Share]);

    public ITabular PatternsTable => Tabular.Of(Patterns,
        ["rule", "group_by", "group", "start_month", "share_before", "share_after", "flagged_after", "eligible_after", "eligible_total", "likelihood_ratio", "p_value", "adjusted_p_value", "systematic", "coinciding_events", "note"],
        p => [p.RuleId, p.GroupBy, p.Group, p.StartMonth, p.ShareBefore, p.ShareAfter, p.FlaggedAfter, p.EligibleAfter, p.EligibleTotal, p.LikelihoodRatio, p.PValue, p.AdjustedPValue, p.Systematic, string.Join("; ", p.CoincidingEvents.Select(e => e.Label)), p.Note]);

    public ITabular FindingsTable => Tabular.Of(Findings,
        ["rule", "description", "group_by", "group", "start_month", "rows_flagged", "explained_points", "finding"],
        f => [f.Rule.Id, f.Rule.Description, f.Pattern.GroupBy, f.Pattern.Group, f.Pattern.StartMonth, f.RowsFlagged, f.ExplainedPoints, f.Text]);

    public ITabular TimelinessTable => Tabular.Of(Timeliness,
        ["month", "recorded_conferences", "recorded_within", "recorded_pct", "corrected_conferences", "corrected_within", "corrected_pct", "lag_estimated_conferences", "lag_estimated_within", "lag_estimated_pct", "prior_rate_conferences", "prior_rate_within", "prior_rate_pct", "excluded_conferences", "excluded_within", "excluded_pct"],
        t => [t.Month, t.RecordedConferences, t.RecordedWithin, t.RecordedPct, t.CorrectedConferences, t.CorrectedWithin, t.CorrectedPct, t.LagEstimatedConferences, t.LagEstimatedWithin, t.LagEstimatedPct, t.PriorRateConferences, t.PriorRateWithin, t.PriorRatePct, t.ExcludedConferences, t.ExcludedWithin, t.ExcludedPct]);
}

/// <summary>
/// Finds systematic ICPC recording problems: evaluates every rule, counts flagged rows by month for
/// the whole council, each team and each worker, tests each series for a step up in the flagged share
/// (<see cref="BinomialStepTest"/>, one-sided, p-values adjusted across all tests of the run), and
/// recomputes icpc_within_15wd_pct with the rows of systematic patterns corrected or left out.
/// </summary>
public static class IcpcRecordingInvestigation
{
    public static IcpcRecordingResult Run(CaseData data, IcpcRecordingOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var g in options.GroupBy)
        {
            if (g is not ("all" or "team" or "worker"))
            {
                throw new ArgumentException($"Unknown grouping '{g}': use all, team or worker.", nameof(options));
            }
        }
        if (options.Alpha is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Alpha, "Alpha must be strictly between 0 and 1, for example 0.05.");
        }
        var month = options.Month ?? IcpcRecordingOptions.LastCompleteMonth(options.AnalysisDate);
        var rules = IcpcRecordingRules.All(options);
        var ruleById = rules.ToDictionary(r => r.Id);
        var observations = IcpcRecordingRules.Evaluate(data, options);

        var first = options.FirstMonth ?? FirstMonth(data, month);
        var last = month;
        var span = last.Index - first.Index + 1;
        if (span < 1)
        {
            throw new ArgumentException($"The first month {first} is after the analysis month {last}.", nameof(options));
        }

        // series per (rule, grouping, group): eligible and flagged counts per month, one pass
        // A missing ICPC is only a settled fact once a late conference would also have been recorded:
        // strategy discussions less than timescale + long-lag working days before the analysis date
        // are flagged but left out of the step tests (otherwise the not-yet-recorded tail looks like a step).
        var matureBefore = IcpcTimeliness.InCalendar(options.AnalysisDate)
            ? options.Calendar.AddWorkingDays(options.AnalysisDate, -(options.TimescaleWorkingDays + options.LongLagWorkingDays))
            : options.AnalysisDate;
        var series = new Dictionary<(string Rule, string By, string Group), (int[] N, int[] X)>();
        foreach (var o in observations)
        {
            var i = o.Month.Index - first.Index;
            if (i < 0 || i >= span || (o.RuleId == IcpcRecordingRules.IcpcMissingWhenDue && o.StrategyDiscussionDate > matureBefore))
            {
                continue;
            }
            foreach (var by in options.GroupBy)
            {
                var group = by switch { "all" => "all", "team" => o.Team, _ => o.Worker };
                var key = (o.RuleId, by, group);
                if (!series.TryGetValue(key, out var s))
                {
                    series[key] = s = (new int[span], new int[span]);
                }
                s.N[i]++;
                if (o.Flagged)
                {
                    s.X[i]++;
                }
            }
        }

        var counts = new List<RuleMonthCount>();
        foreach (var ((rule, by, group), (n, x)) in series.OrderBy(k => k.Key.Rule, StringComparer.Ordinal).ThenBy(k => k.Key.By, StringComparer.Ordinal).ThenBy(k => k.Key.Group, StringComparer.Ordinal))
        {
            for (var i = 0; i < span; i++)
            {
                if (n[i] > 0)
                {
                    counts.Add(new RuleMonthCount(rule, by, group, ReportingMonth.FromIndex(first.Index + i), n[i], x[i]));
                }
            }
        }

        // step tests
        var tested = new List<((string Rule, string By, string Group) Key, StepTestResult Result, int Eligible)>();
        var stepOptions = new StepTestOptions { Direction = StepDirection.Increase, MinimumSegmentLength = options.MinimumSegmentMonths };
        foreach (var (key, (n, x)) in series)
        {
            var total = n.Sum();
            if (total < options.MinimumRowsToTest || x.Sum() == 0)
            {
                continue;
            }
            tested.Add((key, BinomialStepTest.Test(x, n, stepOptions), total));
        }
        tested.Sort((a, b) => string.CompareOrdinal($"{a.Key.Rule}|{a.Key.By}|{a.Key.Group}", $"{b.Key.Rule}|{b.Key.By}|{b.Key.Group}"));
        var adjusted = MultipleTesting.Adjust([.. tested.Select(t => t.Result.PValue)], options.Adjustment);

        // majority team of each worker, to tell a worker's pattern from their team's
        var workerTeam = observations.GroupBy(o => o.Worker, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(o => o.Team, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);

        var raw = new List<RecordingPattern>();
        for (var k = 0; k < tested.Count; k++)
        {
            var ((rule, by, group), r, total) = tested[k];
            ReportingMonth? start = r.HasSplit ? ReportingMonth.FromIndex(first.Index + r.ChangeIndex) : null;
            var significant = r.HasSplit && adjusted[k] < options.Alpha
                && r.RateAfter - r.RateBefore >= options.MinimumShareIncrease
                && r.SuccessesAfter >= options.MinimumFlaggedAfter;
            var events = start is { } sm
                ? data.Events.Where(e => Math.Abs(ReportingMonth.Of(e.Date).Index - sm.Index) <= options.EventWindowMonths).OrderBy(e => e.Date).ToList()
                : [];
            raw.Add(new RecordingPattern(rule, by, group, start, r.RateBefore, r.RateAfter, (int)r.SuccessesAfter, (int)r.TrialsAfter, total,
                r.LikelihoodRatio, r.PValue, adjusted[k], significant, events, string.Empty));
        }

        // nesting: a worker's step inside their team's step (same rule) and a council-wide step driven by teams are not separate findings
        var teamSteps = raw.Where(p => p.Systematic && p.GroupBy == "team").ToLookup(p => (p.RuleId, p.Group));
        var rulesWithTeamSteps = raw.Where(p => p.Systematic && p.GroupBy == "team").Select(p => p.RuleId).ToHashSet(StringComparer.Ordinal);
        var patterns = raw.Select(p =>
        {
            if (!p.Systematic)
            {
                return p;
            }
            if (p.GroupBy == "worker" && workerTeam.TryGetValue(p.Group, out var team) && teamSteps[(p.RuleId, team)].Any())
            {
                return p with { Systematic = false, Note = $"part of team {team}'s pattern" };
            }
            if (p.GroupBy == "all" && rulesWithTeamSteps.Contains(p.RuleId))
            {
                return p with { Systematic = false, Note = "driven by the team pattern(s) listed separately" };
            }
            return p;
        }).ToList();

        var flagged = observations.Where(o => o.Flagged).ToList();
        var systematic = patterns.Where(p => p.Systematic).ToList();

        // rows covered by each systematic pattern (its group, from its start month on)
        List<RuleObservation> Rows(RecordingPattern p) => [.. flagged.Where(o => o.RuleId == p.RuleId && p.StartMonth is { } s && o.Month >= s && o.Month <= last && Matches(o, p))];

        var lagBase = BaseLags(data, options, systematic.Where(p => ruleById[p.RuleId].Correction == RecordingCorrection.EstimateFromRecordingLag).ToList(), Rows);
        var recordedContributions = IcpcTimeliness.Contributions(data, options.Calendar, options.Catalog);
        var recorded = IcpcTimeliness.ByMonth(recordedContributions);
        var standInPatterns = systematic.Where(p => ruleById[p.RuleId].Correction == RecordingCorrection.EstimateFromRecordingLag).ToList();
        var baseRates = BaseRates(recordedContributions, standInPatterns, Rows, options);
        var all = Corrected(data, options, systematic, ruleById, Rows, lagBase, recordedContributions, baseRates);
        var correctedAll = all.PlanDated;

        var findings = new List<RecordingFinding>();
        foreach (var p in systematic)
        {
            var rows = Rows(p);
            var rule = ruleById[p.RuleId];
            var explained = 0.0;
            if (rule.Correction != RecordingCorrection.None)
            {
                var corrected = Corrected(data, options, [p], ruleById, Rows, lagBase, recordedContributions, baseRates).PlanDated;
                var recChange = Change(recorded, month);
                var corChange = corrected.GetValueOrDefault(month).Percent - corrected.GetValueOrDefault(month.Previous).Percent;
                explained = double.IsFinite(recChange) && double.IsFinite(corChange) ? corChange - recChange : 0;
            }
            findings.Add(new RecordingFinding(rule, p, rows.Count, explained, PatternText(rule, p, rows.Count, explained, month)));
        }
        findings.Sort((a, b) => b.ExplainedPoints != a.ExplainedPoints ? b.ExplainedPoints.CompareTo(a.ExplainedPoints) : b.RowsFlagged.CompareTo(a.RowsFlagged));

        var timeliness = new List<TimelinessComparisonRow>();
        for (var i = 0; i < span; i++)
        {
            var m = ReportingMonth.FromIndex(first.Index + i);
            var r = recorded.GetValueOrDefault(m);
            var c = correctedAll.GetValueOrDefault(m);
            var l = all.LagEstimated.GetValueOrDefault(m);
            var pr = all.Imputed.GetValueOrDefault(m);
            var ex = all.Excluded.GetValueOrDefault(m);
            timeliness.Add(new TimelinessComparisonRow(m, r.Denominator, r.Numerator, r.Percent, c.Denominator, c.Numerator, c.Percent, l.Denominator, l.Numerator, l.Percent,
                pr.Denominator, pr.Numerator, pr.Percent, ex.Denominator, ex.Numerator, ex.Percent));
        }

        var recPct = recorded.GetValueOrDefault(month).Percent;
        var corPct = correctedAll.GetValueOrDefault(month).Percent;
        var prevRec = recorded.GetValueOrDefault(month.Previous).Percent;
        var prevCor = correctedAll.GetValueOrDefault(month.Previous).Percent;
        var text = OverallText(month, options, recPct, corPct, prevRec, prevCor, findings, tested.Count, baseRates, all);
        return new IcpcRecordingResult(month, options.AnalysisDate, rules, flagged, counts, patterns, findings, timeliness,
            recPct, corPct, prevRec, prevCor, tested.Count, text);
    }

    private static bool Matches(RuleObservation o, RecordingPattern p) => p.GroupBy switch
    {
        "all" => true,
        "team" => o.Team == p.Group,
        _ => o.Worker == p.Group,
    };

    private static ReportingMonth FirstMonth(CaseData data, ReportingMonth month)
    {
        var floor = month.PlusMonths(-119);
        var min = month;
        foreach (var s in data.Section47Enquiries)
        {
            var m = ReportingMonth.Of(s.StrategyDiscussionDate);
            if (m < min && m >= floor)
            {
                min = m;
            }
        }
        return min;
    }

    /// <summary>The month's percentage minus the previous month's (NaN when either has no conferences).</summary>
    private static double Change(IReadOnlyDictionary<ReportingMonth, RateCount> byMonth, ReportingMonth month)
        => byMonth.GetValueOrDefault(month).Percent - byMonth.GetValueOrDefault(month.Previous).Percent;

    /// <summary>
    /// The usual conference-to-recording lag in working days, per team and overall: the median over
    /// ICPCs with both dates (recorded on or after the conference) that no systematic
    /// "recording date used" pattern covers.
    /// </summary>
    private static LagBase BaseLags(CaseData data, IcpcRecordingOptions options, IReadOnlyList<RecordingPattern> standIn, Func<RecordingPattern, List<RuleObservation>> rows)
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

    private sealed record LagBase(IReadOnlyDictionary<string, int> ByTeam, int Overall, int Sample);

    /// <summary>A percentage with a fractional numerator (imputed outcomes).</summary>
    internal readonly record struct ImputedCount(double Numerator, long Denominator)
    {
        public double Percent => Denominator == 0 ? double.NaN : 100.0 * Numerator / Denominator;
    }

    private sealed record Corrections(
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
    private static IReadOnlyDictionary<RecordingPattern, (double Rate, long Sample)> BaseRates(
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
                if (c.Month < from || c.Month > to || c.Subject is not Section47Enquiry s || covered.Contains(s.S47Id) || !c.Denominator)
                {
                    continue;
                }
                nAll++;
                xAll += c.Numerator ? 1 : 0;
                var inGroup = p.GroupBy switch
                {
                    "all" => true,
                    "team" => (s.Team ?? IcpcRecordingRules.NoTeam) == p.Group,
                    _ => (s.Worker ?? IcpcRecordingRules.NoWorker) == p.Group,
                };
                if (inGroup)
                {
                    n++;
                    x += c.Numerator ? 1 : 0;
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
    private static Corrections Corrected(
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
            if (!c.Denominator || c.Subject is not Section47Enquiry s || exclude.Contains(s.S47Id))
            {
                continue;
            }
            var weight = estimate.TryGetValue(s.S47Id, out var rate) && double.IsFinite(rate) ? rate : c.Numerator ? 1 : 0;
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

    private static string PatternText(RecordingRule rule, RecordingPattern p, int rows, double explained, ReportingMonth month)
    {
        var who = p.GroupBy switch { "all" => "across the council", "team" => $"in team {p.Group}", _ => $"for worker {p.Group}" };
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Capital(who)}, from {Words.Month(p.StartMonth!.Value)} the share of rows flagged by '{rule.Id}' rose from {Words.Pct(p.ShareBefore)} to {Words.Pct(p.ShareAfter)} ");
        sb.Append(CultureInfo.InvariantCulture, $"({Words.Count(p.FlaggedAfter, "row")} of {p.EligibleAfter}; adjusted p {PText(p.AdjustedPValue)}): {rule.Description}");
        if (p.CoincidingEvents.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" It coincides with: {string.Join("; ", p.CoincidingEvents.Select(e => $"{e.Label} ({IsoFormat.Date(e.Date)})"))}.");
        }
        else
        {
            sb.Append(" No recorded context event falls within a month of its start.");
        }
        if (rule.Correction != RecordingCorrection.None)
        {
            sb.Append(CultureInfo.InvariantCulture, $" Correcting these {Words.Count(rows, "row")} changes the {Words.Month(month)} month-on-month movement of {IcpcTimeliness.KpiId} by {Words.Num(explained, "+0.#;-0.#;0")} points.");
        }
        return sb.ToString();
    }

    private static string OverallText(ReportingMonth month, IcpcRecordingOptions options, double rec, double cor, double prevRec, double prevCor,
        IReadOnlyList<RecordingFinding> findings, int tests, IReadOnlyDictionary<RecordingPattern, (double Rate, long Sample)> baseRates, Corrections all)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"In {Words.Month(month)} {Words.Num(rec, "0.#")}% of ICPCs were recorded as held within {options.TimescaleWorkingDays} working days of the strategy discussion");
        sb.Append(double.IsFinite(prevRec) ? string.Create(CultureInfo.InvariantCulture, $" ({Words.Num(prevRec, "0.#")}% in {Words.Month(month.Previous)}). ") : ". ");
        if (findings.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"None of {tests} step tests (every rule for the council, each team and each worker; {options.Adjustment} correction, family-wise α {Words.Pct(options.Alpha)}) found a systematic recording pattern, so recording does not explain the movement; look at capacity and demand instead.");
            return sb.ToString();
        }
        sb.Append(CultureInfo.InvariantCulture, $"{Words.Count(findings.Count, "systematic recording pattern")} stood out from {tests} step tests ({options.Adjustment}, family-wise α {Words.Pct(options.Alpha)}): ");
        sb.Append(string.Join("; ", findings.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"'{f.Rule.Id}' {(f.Pattern.GroupBy == "all" ? "across the council" : $"in {f.Pattern.GroupBy} {f.Pattern.Group}")} from {Words.Month(f.Pattern.StartMonth!.Value)} ({Words.Pct(f.Pattern.ShareBefore)} → {Words.Pct(f.Pattern.ShareAfter)} of rows)"))));
        sb.Append(". ");
        var explained = findings.Where(f => f.Rule.Correction != RecordingCorrection.None).ToList();
        if (explained.Count > 0 && double.IsFinite(cor))
        {
            var fall = prevRec - rec;
            var corFall = prevCor - cor;
            var pts = fall - corFall;
            sb.Append(CultureInfo.InvariantCulture, $"Dating {Words.Count(all.PlanDatedRows, "of those conferences", "of those conferences")} by the start of the CP plan they led to, and setting the rest aside (as if on time as often as the month's other conferences), the figure is {Words.Num(cor, "0.#")}%");
            sb.Append(double.IsFinite(prevCor) ? string.Create(CultureInfo.InvariantCulture, $" ({Words.Num(prevCor, "0.#")}% in {Words.Month(month.Previous)})") : string.Empty);
            if (double.IsFinite(fall) && double.IsFinite(pts))
            {
                sb.Append(fall <= 0
                    ? $": recording moves the month-on-month change by {Words.Num(pts, "+0.#;-0.#;0")} points."
                    : pts >= fall
                        ? $": recording explains all of the {Words.Num(fall, "0.#")}-point fall (correcting it moves the change by {Words.Num(pts, "0.#")} points)."
                        : $": of the {Words.Num(fall, "0.#")}-point fall, about {Words.Num(pts, "0.#")} points are explained by recording.");
            }
            else
            {
                sb.Append('.');
            }
            var lag = all.LagEstimated.GetValueOrDefault(month).Percent;
            var prior = all.Imputed.GetValueOrDefault(month).Percent;
            var setAside = all.Excluded.GetValueOrDefault(month).Percent;
            var rates = string.Join(", ", baseRates.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{Words.Pct(kv.Value.Rate)} for {kv.Key.Group}")));
            sb.Append(CultureInfo.InvariantCulture, $" Two other readings bracket it: dating each conference at the recording date less the usual recording lag gives {Words.Num(lag, "0.#")}% (low when the team also recorded late), and counting them on time at the team's rate before the pattern ({rates}) gives {Words.Num(prior, "0.#")}% (high when timeliness also fell for other reasons); setting all of them aside gives {Words.Num(setAside, "0.#")}%.");
            sb.Append(" The true dates are only in the case files; these are estimates of how much of the movement is recording rather than practice.");
        }
        else
        {
            sb.Append("None of them changes the conference dates the KPI counts, so the KPI is unchanged by correcting them.");
        }
        return sb.ToString();
    }

    private static string PText(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
