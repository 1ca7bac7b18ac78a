using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 7: child protection plans open at the reference date (category, length, 2 years or more, time since the last
/// visit and review), started in the window (second or subsequent plans, initial category) and ended in it (length,
/// 2 years or more).
/// </summary>
internal static class ChildProtectionMeasures
{
    public static void Measure(InspectionContext ctx)
    {
        const string list = InspectionLists.ChildProtection;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.CpPlans))
        {
            ctx.NotCarriedList(list, "the input has no child protection plans.");
            return;
        }
        var all = ctx.Records(ctx.Data.CpPlans, p => p.ChildId + "|" + IsoFormat.Date(p.StartDate));
        var open = all.Where(p => ctx.OpenAtReference(p.StartDate, p.EndDate)).ToList();
        var started = all.Where(p => ctx.InWindow(p.StartDate)).ToList();
        var ended = all.Where(p => p.EndDate is { } d && ctx.InWindow(d)).ToList();
        ctx.CountAndRate(list, KpiIds.CpPlans, ctx.Cohort(open, p => p.ChildId));
        ctx.CountAndRate(list, CpPlansStarted.Id, ctx.Cohort(started, p => p.ChildId));
        ctx.Count(list, CpPlansEnded.Id, ctx.Cohort(ended, p => p.ChildId));
        ctx.Mix(list, "cp_category", [.. open.Select(p => p.LatestCategory ?? p.InitialCategory)]);
        ctx.Mix(list, "cp_initial_category", [.. started.Select(p => p.InitialCategory)]);
        ctx.Mix(list, "cp_open_length", InspectionBins.OpenLength, [.. open.Select(p => ctx.OpenLengthBin(p.StartDate, ctx.Reference))]);
        ctx.Mix(list, "cp_ended_length", InspectionBins.OpenLength, [.. ended.Select(p => ctx.OpenLengthBin(p.StartDate, p.EndDate!.Value))]);
        ctx.Percent(list, CpPlansOpen2yPlusPct.Id, string.Empty, open.Count(p => p.StartDate <= ctx.Reference.AddYears(-2)), open.Count);
        ctx.Percent(list, CpPlansEnded2yPlusPct.Id, string.Empty, ended.Count(p => p.EndDate!.Value >= p.StartDate.AddYears(2)), ended.Count);

        // Second or subsequent: the child has a plan with an earlier start in the data, or previous_cp_plans >= 1.
        var firstStart = all.GroupBy(p => p.ChildId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(p => p.StartDate), StringComparer.Ordinal);
        ctx.Percent(list, CpPlansSecondOrSubsequentPct.Id, string.Empty,
            started.Count(p => firstStart[p.ChildId] < p.StartDate || p.PreviousCpPlans >= 1), started.Count);

        if (ctx.Data.SuppliedOrGuess().Has(CaseTable.CpVisits))
        {
            var visits = ctx.Data.CpVisits.GroupBy(v => v.ChildId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(v => v.VisitDate).Order().ToArray(), StringComparer.Ordinal);
            var since = new List<string>(open.Count);
            foreach (var p in open)
            {
                var last = LastOnOrBefore(visits.GetValueOrDefault(p.ChildId), p.StartDate, ctx.Reference);
                since.Add(last is { } v && ctx.WorkingDays(v, ctx.Reference, list, "visit_date", $"last visit to child {p.ChildId}") is { } wd
                    ? InspectionBins.BinOf(InspectionBins.VisitWorkingDays, wd, ctx.Chat).Label
                    : "no visit recorded");
            }
            ctx.Mix(list, "cp_visit_since", [.. InspectionBins.VisitWorkingDays.Select(b => b.Label), "no visit recorded"], since);
        }
        if (ctx.Data.SuppliedOrGuess().Has(CaseTable.CpReviews))
        {
            var reviews = ctx.Data.CpReviews.GroupBy(r => r.ChildId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r.ReviewDate).Order().ToArray(), StringComparer.Ordinal);
            var since = open.Select(p => LastOnOrBefore(reviews.GetValueOrDefault(p.ChildId), p.StartDate, ctx.Reference) is { } r
                ? InspectionBins.BinOf(InspectionBins.ReviewDays, ctx.Reference.DayNumber - r.DayNumber, ctx.Chat).Label
                : "no review recorded").ToList();
            ctx.Mix(list, "cp_review_since", [.. InspectionBins.ReviewDays.Select(b => b.Label), "no review recorded"], since);
        }
        ctx.Demographics(list, open.Select(p => (p.ChildId, ctx.Reference)));
    }

    /// <summary>The latest date in [from, to] of a sorted array; null when none.</summary>
    public static DateOnly? LastOnOrBefore(DateOnly[]? sorted, DateOnly from, DateOnly to)
    {
        if (sorted is null)
        {
            return null;
        }
        for (var i = sorted.Length - 1; i >= 0; i--)
        {
            if (sorted[i] <= to)
            {
                return sorted[i] >= from ? sorted[i] : null;
            }
        }
        return null;
    }
}
