using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Statistics.ChangePoint;

namespace Csc.Analysis.Investigations;

/// <summary>
/// The step tests of the ICPC recording investigation: each series with enough rows and at least one flagged
/// row is tested for a step up in its flagged share (<see cref="BinomialStepTest"/>, one-sided), the p-values
/// are adjusted across every test of the run, and a step is systematic when its adjusted p-value is below α,
/// the share rose by at least <see cref="IcpcRecordingOptions.MinimumShareIncrease"/> and at least
/// <see cref="IcpcRecordingOptions.MinimumFlaggedAfter"/> rows are flagged after it.
/// </summary>
internal static class RecordingStepTests
{
    /// <summary>One pattern per series tested, ordered by rule, grouping id and group.</summary>
    public static IReadOnlyList<RecordingPattern> Run(IReadOnlyList<RecordingSeries> series, IReadOnlyList<ContextEvent> events, IcpcRecordingOptions options)
    {
        var tested = new List<(RecordingSeries Series, StepTestResult Result, int Eligible)>();
        var stepOptions = new StepTestOptions { Direction = StepDirection.Increase, MinimumSegmentLength = options.MinimumSegmentMonths };
        foreach (var s in series)
        {
            var total = s.Eligible.Sum();
            if (total < options.MinimumRowsToTest || s.Flagged.Sum() == 0)
            {
                continue;
            }
            tested.Add((s, BinomialStepTest.Test(s.Flagged, s.Eligible, stepOptions), total));
        }
        tested.Sort((a, b) => string.CompareOrdinal(SortKey(a.Series), SortKey(b.Series)));
        var adjusted = MultipleTesting.Adjust([.. tested.Select(t => t.Result.PValue)], options.Adjustment);

        var patterns = new List<RecordingPattern>(tested.Count);
        for (var k = 0; k < tested.Count; k++)
        {
            var (s, r, total) = tested[k];
            ReportingMonth? start = r.HasSplit ? s.First.PlusMonths(r.ChangeIndex) : null;
            var significant = r.HasSplit && adjusted[k] < options.Alpha
                && r.RateAfter - r.RateBefore >= options.MinimumShareIncrease
                && r.SuccessesAfter >= options.MinimumFlaggedAfter;
            IReadOnlyList<ContextEvent> coinciding = start is { } sm
                ? [.. events.Where(e => Math.Abs(ReportingMonth.Of(e.Date).Index - sm.Index) <= options.EventWindowMonths).OrderBy(e => e.Date)]
                : [];
            patterns.Add(new RecordingPattern
            {
                RuleId = s.RuleId,
                GroupBy = s.GroupBy,
                Group = s.Group,
                StartMonth = start,
                ShareBefore = r.RateBefore,
                ShareAfter = r.RateAfter,
                FlaggedAfter = (int)r.SuccessesAfter,
                EligibleAfter = (int)r.TrialsAfter,
                EligibleTotal = total,
                LikelihoodRatio = r.LikelihoodRatio,
                PValue = r.PValue,
                AdjustedPValue = adjusted[k],
                Systematic = significant,
                CoincidingEvents = coinciding,
            });
        }
        return patterns;
    }

    private static string SortKey(RecordingSeries s) => $"{s.RuleId}|{KpiDimensions.Id(s.GroupBy)}|{s.Group}";
}
