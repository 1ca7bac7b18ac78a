using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 8: children looked after at the reference date (short breaks V3/V4 left out) by legal status, placement,
/// category of need and time in care; periods of care started and ended in the window; stability (3 or more
/// placements in 12 months, long-term stability), health assessments and dental checks, missing and absent episodes
/// with return interviews offered, time since the last review, UASC.
/// </summary>
internal static class LookedAfterMeasures
{
    private static readonly HashSet<string> PlacementReasons = new(StringComparer.Ordinal) { "S", "P", "B", "T", "U" };

    /// <summary>A period of care: the chain of a child's episodes each starting on or before the day the previous ended.</summary>
    internal sealed record Period(string ChildId, DateOnly Start, DateOnly? End, IReadOnlyList<LacEpisode> Episodes);

    /// <summary>Each child's periods of care, short breaks left out.</summary>
    internal static List<Period> Periods(IEnumerable<LacEpisode> episodes)
    {
        var periods = new List<Period>();
        foreach (var g in episodes.Where(e => !e.IsShortBreak).GroupBy(e => e.ChildId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            List<LacEpisode>? current = null;
            DateOnly start = default;
            DateOnly? end = null;
            foreach (var e in g.OrderBy(e => e.StartDate).ThenBy(e => e.EpisodeId, StringComparer.Ordinal))
            {
                if (current is not null && (end is null || e.StartDate <= end))
                {
                    current.Add(e);
                    end = end is null || e.EndDate is null ? null : e.EndDate > end ? e.EndDate : end;
                    continue;
                }
                if (current is not null)
                {
                    periods.Add(new Period(g.Key, start, end, current));
                }
                current = [e];
                start = e.StartDate;
                end = e.EndDate;
            }
            if (current is not null)
            {
                periods.Add(new Period(g.Key, start, end, current));
            }
        }
        return periods;
    }

    public static void Measure(InspectionContext ctx)
    {
        const string list = InspectionLists.LookedAfter;
        var supplied = ctx.Data.SuppliedOrGuess();
        if (!supplied.Has(CaseTable.LacEpisodes))
        {
            ctx.NotCarriedList(list, "the input has no looked-after episodes.");
            return;
        }
        var r = ctx.Reference;
        var episodes = ctx.Records(ctx.Data.LacEpisodes, e => e.ChildId + "|" + IsoFormat.Date(e.StartDate));
        var periods = Periods(episodes);
        var openPeriods = periods.Where(p => ctx.OpenAtReference(p.Start, p.End)).ToList();
        var openEpisodes = episodes.Where(e => !e.IsShortBreak && ctx.OpenAtReference(e.StartDate, e.EndDate)).ToList();
        ctx.CountAndRate(list, KpiIds.Lac, ctx.Cohort(openEpisodes, e => e.ChildId));
        ctx.Count(list, LacStarted.Id, ctx.Cohort(periods.Where(p => ctx.InWindow(p.Start)).ToList(), p => p.ChildId));
        var ceased = periods.Where(p => p.End is { } d && ctx.InWindow(d)).ToList();
        ctx.Count(list, LacCeased.Id, ctx.Cohort(ceased, p => p.ChildId));
        ctx.Mix(list, "lac_legal_status", [.. openEpisodes.Select(e => e.LegalStatus)]);
        ctx.Mix(list, "lac_placement_type", [.. openEpisodes.Select(e => e.PlacementType)]);
        ctx.Mix(list, "lac_placement_provider", [.. openEpisodes.Select(e => e.PlacementProvider)]);
        ctx.Mix(list, "lac_category_of_need", [.. openEpisodes.Select(e => e.CategoryOfNeed)]);
        if (openEpisodes.Any(e => e.PlacementInsideLa is not null))
        {
            ctx.Mix(list, "lac_placement_location", ["inside", "outside", "not recorded"],
                [.. openEpisodes.Select(e => e.PlacementInsideLa switch { true => "inside", false => "outside", null => "not recorded" })]);
        }
        ctx.Mix(list, "lac_reason_ceased", [.. ceased.Select(p => p.Episodes[^1].ReasonCeased)]);
        ctx.Mix(list, "lac_open_length", InspectionBins.OpenLength, [.. openPeriods.Select(p => ctx.OpenLengthBin(p.Start, r))]);

        // 3 or more placements in the 12 months to r: placement starts in (w, r] plus one when an episode is open at w.
        var w = r.AddMonths(-12);
        var byChild = episodes.Where(e => !e.IsShortBreak).GroupBy(e => e.ChildId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var threePlus = openPeriods.Count(p =>
        {
            var eps = byChild[p.ChildId];
            var n = eps.Count(e => e.StartDate > w && e.StartDate <= r && (e.ReasonNewEpisode is null || PlacementReasons.Contains(e.ReasonNewEpisode)));
            n += eps.Any(e => OpenEnded.IsOpenAt(e.StartDate, e.EndDate, w)) ? 1 : 0;
            return n >= 3;
        });
        ctx.Percent(list, Lac3PlusPlacementsPct.Id, string.Empty, threePlus, openPeriods.Count);

        // Long-term stability (the DfE cohort in both conventions: ChatDifferences.LongTermStability).
        var stabilityCohort = openPeriods.Where(p => ctx.Child(p.ChildId)?.AgeOn(r) is < 16 && p.Start <= r.AddMonths(-30)).ToList();
        var stable = stabilityCohort.Count(p => PlacementStart(p, r) <= r.AddYears(-2));
        ctx.Percent(list, LacLongTermStabilityPct.Id, string.Empty, stable, stabilityCohort.Count);

        // Health assessments and dental checks (computed in both conventions: ChatDifferences.HealthChecks).
        if (supplied.Has(CaseTable.LacHealth))
        {
            var healthCohort = openPeriods.Where(p => p.Start <= r.AddYears(-1)).ToList();
            var checks = ctx.Data.LacHealth.Where(h => h.Status == HealthCheckStatus.Completed && h.CheckDate > r.AddYears(-1) && h.CheckDate <= r)
                .Select(h => (h.ChildId, h.CheckType)).ToHashSet();
            ctx.Percent(list, LacHealthAssessmentPct.Id, string.Empty, healthCohort.Count(p => checks.Contains((p.ChildId, HealthCheckType.HealthAssessment))), healthCohort.Count);
            ctx.Percent(list, LacDentalCheckPct.Id, string.Empty, healthCohort.Count(p => checks.Contains((p.ChildId, HealthCheckType.DentalCheck))), healthCohort.Count);
        }

        // Missing and absent episodes starting in the window while looked after (types kept apart: ChatDifferences.MissingAbsent).
        if (supplied.Has(CaseTable.MissingEpisodes))
        {
            var missing = ctx.Records(ctx.Data.MissingEpisodes.Where(m =>
                {
                    var day = DateOnly.FromDateTime(m.StartDateTime);
                    return ctx.InWindow(day) && byChild.TryGetValue(m.ChildId, out var eps) && eps.Any(e => e.StartDate <= day && (e.EndDate is null || e.EndDate >= day));
                }), m => m.ChildId + "|" + m.StartDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "|" + m.MissingOrAbsent);
            var m = missing.Where(x => x.MissingOrAbsent == MissingType.Missing).ToList();
            var a = missing.Where(x => x.MissingOrAbsent == MissingType.Absent).ToList();
            ctx.Count(list, "lac_missing_children", ctx.Cohort(m, x => x.ChildId));
            ctx.Count(list, "lac_missing_episodes", m.Count);
            ctx.Count(list, "lac_absent_children", ctx.Cohort(a, x => x.ChildId));
            ctx.Count(list, "lac_absent_episodes", a.Count);
            var known = m.Where(x => x.RhiOffered is not null).ToList();
            ctx.Percent(list, "lac_missing_rhi_offered_pct", string.Empty, known.Count(x => x.RhiOffered == true), known.Count);
        }
        else if (ctx.Data.AnnexA is { HasMissing: true } annex)
        {
            MissingSummaries(ctx, annex.Missing);
        }
        else
        {
            ctx.Issue(InspectionRules.NotCarried, list, "missing", null,
                $"{InspectionLists.Title(list)}: the input has no dated missing episodes (an Annex A gives only the last episode's counts), so the missing and return interview measures are left out.");
        }

        if (supplied.Has(CaseTable.LacReviews))
        {
            var reviews = ctx.Data.LacReviews.GroupBy(x => x.ChildId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.ReviewDate).Order().ToArray(), StringComparer.Ordinal);
            var since = openPeriods.Select(p => ChildProtectionMeasures.LastOnOrBefore(reviews.GetValueOrDefault(p.ChildId), p.Start, r) is { } d
                ? InspectionBins.BinOf(InspectionBins.ReviewDays, r.DayNumber - d.DayNumber, ctx.Chat).Label
                : "no review recorded").ToList();
            ctx.Mix(list, "lac_review_since", [.. InspectionBins.ReviewDays.Select(b => b.Label), "no review recorded"], since);
        }
        if (supplied.Has(OptionalField.ChildUasc))
        {
            ctx.Count(list, UascLac.Id, ctx.Cohort(openEpisodes.Where(e => ctx.Child(e.ChildId)?.Uasc == true).ToList(), e => e.ChildId));
        }
        ctx.Demographics(list, openEpisodes.Select(e => (e.ChildId, r)));
    }

    /// <summary>
    /// From an Annex A list 8: missing and absent counts over the 12 months before the return and the return interview
    /// after the last missing episode. Corrected: each child once (its largest count); chat: every row (counts summed).
    /// Missing and absent are kept apart in both (<see cref="ChatDifferences.MissingAbsent"/>).
    /// </summary>
    private static void MissingSummaries(InspectionContext ctx, IReadOnlyList<AnnexAMissingRow> all)
    {
        const string list = InspectionLists.LookedAfter;
        var rows = ctx.Chat ? all : [.. all.GroupBy(m => m.ChildId, StringComparer.Ordinal).Select(g => new AnnexAMissingRow(g.Key,
            g.Max(m => m.MissingCount), g.Max(m => m.AbsentCount), g.Select(m => m.RhiOffered).FirstOrDefault(o => o is not null), g.Select(m => m.RhiAccepted).FirstOrDefault(o => o is not null)))];
        var missing = rows.Where(m => m.MissingCount > 0).ToList();
        ctx.Count(list, "lac_missing_children_12m", missing.Count);
        ctx.Count(list, "lac_missing_episodes_12m", rows.Sum(m => (long)(m.MissingCount ?? 0)));
        ctx.Count(list, "lac_absent_children_12m", rows.Count(m => m.AbsentCount > 0));
        ctx.Count(list, "lac_absent_episodes_12m", rows.Sum(m => (long)(m.AbsentCount ?? 0)));
        var offered = missing.Where(m => m.RhiOffered is not null).ToList();
        ctx.Percent(list, "lac_missing_rhi_offered_last_pct", string.Empty, offered.Count(m => m.RhiOffered == true), offered.Count);
        var accepted = missing.Where(m => m.RhiOffered == true && m.RhiAccepted is not null).ToList();
        ctx.Percent(list, "lac_missing_rhi_accepted_last_pct", string.Empty, accepted.Count(m => m.RhiAccepted == true), accepted.Count);
    }

    /// <summary>The start of the placement open at <paramref name="date"/>: the latest episode up to it not started for a legal status change (L), else the period's start.</summary>
    internal static DateOnly PlacementStart(Period period, DateOnly date)
    {
        var start = period.Start;
        foreach (var e in period.Episodes)
        {
            if (e.StartDate <= date && e.ReasonNewEpisode != "L")
            {
                start = e.StartDate;
            }
        }
        return start;
    }
}
