using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>
/// Finds systematic ICPC recording problems: evaluates every rule (<see cref="IcpcRecordingRules"/>), counts
/// flagged rows by month for the whole council, each team and each worker (<see cref="RecordingSeries"/>),
/// tests each series for a step up in the flagged share (<see cref="RecordingStepTests"/>), sets nested
/// patterns aside (<see cref="RecordingNesting"/>) and recomputes icpc_within_15wd_pct with the rows of
/// systematic patterns corrected or left out (<see cref="IcpcRecordingCorrections"/>), then words the
/// findings (<see cref="IcpcRecordingText"/>).
/// </summary>
public static class IcpcRecordingInvestigation
{
    /// <summary>Runs the investigation on <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">A grouping other than the council, team or worker; the first month after the analysis month.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Alpha not strictly between 0 and 1.</exception>
    public static IcpcRecordingResult Run(CaseData data, IcpcRecordingOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var g in options.GroupBy)
        {
            if (!IcpcRecordingOptions.Groupings.Contains(g))
            {
                throw new ArgumentException($"Unknown grouping '{KpiDimensions.Id(g)}': use all, team or worker.", nameof(options));
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
        if (first > month)
        {
            throw new ArgumentException($"The first month {first} is after the analysis month {month}.", nameof(options));
        }

        // rules, series and step tests
        var matureBefore = IcpcTimeliness.InCalendar(options.AnalysisDate)
            ? options.Calendar.AddWorkingDays(options.AnalysisDate, -(options.TimescaleWorkingDays + options.LongLagWorkingDays))
            : options.AnalysisDate;
        var series = RecordingSeries.Build(observations, first, month, options.GroupBy, matureBefore);
        var counts = series.SelectMany(s => s.Counts()).ToList();
        var tested = RecordingStepTests.Run(series, data.Events, options);
        var patterns = RecordingNesting.Apply(tested, observations);

        // corrections
        var flagged = observations.Where(o => o.Flagged).ToList();
        var systematic = patterns.Where(p => p.Systematic).ToList();
        List<RuleObservation> Rows(RecordingPattern p) => [.. flagged.Where(o => o.RuleId == p.RuleId && p.StartMonth is { } s && o.Month >= s && o.Month <= month && p.Covers(o))];
        var standIn = systematic.Where(p => ruleById[p.RuleId].Correction == RecordingCorrection.EstimateFromRecordingLag).ToList();
        var lagBase = IcpcRecordingCorrections.BaseLags(data, options, standIn, Rows);
        var recordedContributions = IcpcTimeliness.Contributions(data, options.Calendar, options.Catalog);
        var recorded = IcpcTimeliness.ByMonth(recordedContributions);
        var baseRates = IcpcRecordingCorrections.BaseRates(recordedContributions, standIn, Rows, options);
        var all = IcpcRecordingCorrections.Corrected(data, options, systematic, ruleById, Rows, lagBase, recordedContributions, baseRates);
        var correctedAll = all.PlanDated;

        var findings = new List<RecordingFinding>();
        foreach (var p in systematic)
        {
            var rows = Rows(p);
            var rule = ruleById[p.RuleId];
            var explained = 0.0;
            if (rule.Correction != RecordingCorrection.None)
            {
                var corrected = IcpcRecordingCorrections.Corrected(data, options, [p], ruleById, Rows, lagBase, recordedContributions, baseRates).PlanDated;
                var recChange = Change(recorded, month);
                var corChange = corrected.GetValueOrDefault(month).Percent - corrected.GetValueOrDefault(month.Previous).Percent;
                explained = double.IsFinite(recChange) && double.IsFinite(corChange) ? corChange - recChange : 0;
            }
            findings.Add(new RecordingFinding(rule, p, rows.Count, explained, IcpcRecordingText.PatternText(rule, p, rows.Count, explained, month)));
        }
        findings.Sort((a, b) => b.ExplainedPoints != a.ExplainedPoints ? b.ExplainedPoints.CompareTo(a.ExplainedPoints) : b.RowsFlagged.CompareTo(a.RowsFlagged));

        var timeliness = new List<TimelinessComparisonRow>();
        for (var m = first; m <= month; m = m.Next)
        {
            timeliness.Add(new TimelinessComparisonRow
            {
                Month = m,
                Recorded = recorded.GetValueOrDefault(m),
                Corrected = correctedAll.GetValueOrDefault(m),
                LagEstimated = all.LagEstimated.GetValueOrDefault(m),
                PriorRate = all.Imputed.GetValueOrDefault(m),
                Excluded = all.Excluded.GetValueOrDefault(m),
            });
        }

        var recPct = recorded.GetValueOrDefault(month).Percent;
        var corPct = correctedAll.GetValueOrDefault(month).Percent;
        var prevRec = recorded.GetValueOrDefault(month.Previous).Percent;
        var prevCor = correctedAll.GetValueOrDefault(month.Previous).Percent;
        return new IcpcRecordingResult
        {
            Month = month,
            AnalysisDate = options.AnalysisDate,
            Rules = rules,
            FlaggedRows = flagged,
            Counts = counts,
            Patterns = patterns,
            Findings = findings,
            Timeliness = timeliness,
            RecordedPct = recPct,
            CorrectedPct = corPct,
            PreviousRecordedPct = prevRec,
            PreviousCorrectedPct = prevCor,
            TestsRun = tested.Count,
            Finding = IcpcRecordingText.OverallText(month, options, recPct, corPct, prevRec, prevCor, findings, tested.Count, baseRates, all),
        };
    }

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
}
