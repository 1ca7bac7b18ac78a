using Csc.Analysis.Domain;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 10, adoption. From the looked-after episodes: children adopted in the window (a period of care ending with
/// reason E11 or E12) with the days from entering care to adoption, and children placed for adoption (placement A3 to
/// A6) and on a placement order (legal status E1) at the reference date. From an Annex A list 10: each step dated in
/// the window (decision, placement order, match, placed, adoption order, decision to stop) and the intervals between
/// them: entering care to being placed (the adoption scorecard's A1, with the share placed within 14 months, its
/// threshold), placement order to match (A2), entering care to the decision and decision to match. Every count has its
/// rate per 10,000 children.
/// </summary>
internal static class AdoptionMeasures
{
    /// <summary>Placed less than this many months after entering care (the adoption scorecard's A1 threshold, 426 days).</summary>
    public const int PlacedWithinMonths = 14;

    private static readonly HashSet<string> Adopted = new(StringComparer.Ordinal) { "E11", "E12" };
    private static readonly HashSet<string> PlacedForAdoption = new(StringComparer.Ordinal) { "A3", "A4", "A5", "A6" };

    public static void Measure(InspectionContext ctx)
    {
        var hasEpisodes = ctx.Data.SuppliedOrGuess().Has(CaseTable.LacEpisodes);
        var list10 = ctx.Data.AnnexA is { HasAdoptions: true } annex ? annex.Adoptions : null;
        if (!hasEpisodes && list10 is null)
        {
            ctx.NotCarriedList(InspectionLists.Adoption, "the input has no looked-after episodes to find adoptions in and no Annex A list 10.");
            return;
        }
        if (hasEpisodes)
        {
            FromEpisodes(ctx);
        }
        if (list10 is not null)
        {
            List10(ctx, list10);
        }
    }

    /// <summary>Children adopted in the window, placed for adoption and on a placement order at the reference date.</summary>
    private static void FromEpisodes(InspectionContext ctx)
    {
        const string list = InspectionLists.Adoption;
        var episodes = ctx.Records(ctx.Data.LacEpisodes, e => e.ChildId + "|" + IsoFormat.Date(e.StartDate));
        var adopted = LookedAfterMeasures.Periods(episodes)
            .Where(p => p.End is { } d && ctx.InWindow(d) && p.Episodes[^1].ReasonCeased is { } rc && Adopted.Contains(rc)).ToList();
        ctx.CountAndRate(list, "adoption_adopted", ctx.Cohort(adopted, p => p.ChildId));
        ctx.Percentiles(list, "adoption_days_care_to_adoption", [.. adopted.Select(p => p.End!.Value.DayNumber - p.Start.DayNumber)], InspectionUnit.Days);
        var open = episodes.Where(e => !e.IsShortBreak && ctx.OpenAtReference(e.StartDate, e.EndDate)).ToList();
        ctx.CountAndRate(list, "adoption_placed_for_adoption", ctx.Cohort(open.Where(e => e.PlacementType is { } t && PlacedForAdoption.Contains(t)).ToList(), e => e.ChildId));
        ctx.CountAndRate(list, "adoption_placement_order", ctx.Cohort(open.Where(e => e.LegalStatus == "E1").ToList(), e => e.ChildId));
        ctx.Demographics(list, adopted.Select(p => (p.ChildId, p.End!.Value)));
    }

    /// <summary>The steps of an Annex A list 10 dated in the window and the intervals between them.</summary>
    private static void List10(InspectionContext ctx, IReadOnlyList<AnnexAAdoptionRow> all)
    {
        const string list = InspectionLists.Adoption;
        var rows = ctx.Records(all, a => a.ChildId + "|" + (a.EnteredCare is { } e ? IsoFormat.Date(e) : string.Empty));
        foreach (var (id, date) in new (string, Func<AnnexAAdoptionRow, DateOnly?>)[]
        {
            ("adoption_decisions", a => a.DecisionDate), ("adoption_placement_orders", a => a.PlacementOrderDate), ("adoption_matched", a => a.MatchedDate),
            ("adoption_placed", a => a.PlacedDate), ("adoption_orders", a => a.AdoptionOrderDate), ("adoption_no_longer", a => a.NoLongerDate),
        })
        {
            ctx.CountAndRate(list, id, ctx.Cohort(rows.Where(a => date(a) is { } d && ctx.InWindow(d)).ToList(), a => a.ChildId));
        }
        var careToPlaced = Intervals(ctx, rows, a => a.EnteredCare, a => a.PlacedDate, "placed_date", "placed for adoption");
        ctx.Percentiles(list, "adoption_days_care_to_placed", [.. careToPlaced.Select(i => i.Days)], InspectionUnit.Days);
        // Placed before the 14-month anniversary of entering care (a placement dated before it, kept under chat, is within).
        ctx.Percent(list, "adoption_placed_within_14m_pct", string.Empty,
            careToPlaced.Count(i => i.Row.PlacedDate!.Value < i.Row.EnteredCare!.Value.AddMonths(PlacedWithinMonths)), careToPlaced.Count);
        var orderToMatch = Intervals(ctx, rows, a => a.PlacementOrderDate, a => a.MatchedDate, "matched_date", "matched");
        ctx.Percentiles(list, "adoption_days_order_to_match", [.. orderToMatch.Select(i => i.Days)], InspectionUnit.Days);
        var careToDecision = Intervals(ctx, rows, a => a.EnteredCare, a => a.DecisionDate, "decision_date", "decision for adoption");
        ctx.Percentiles(list, "adoption_days_care_to_decision", [.. careToDecision.Select(i => i.Days)], InspectionUnit.Days);
        var decisionToMatch = Intervals(ctx, rows, a => a.DecisionDate, a => a.MatchedDate, "matched_date", "matched after the decision");
        ctx.Percentiles(list, "adoption_days_decision_to_match", [.. decisionToMatch.Select(i => i.Days)], InspectionUnit.Days);
    }

    /// <summary>
    /// The rows whose later step is dated in the window and whose earlier step is recorded, with the days between them
    /// (<see cref="InspectionContext.Days"/>: an interval ending before it starts is an issue, left out under corrected).
    /// </summary>
    private static List<(AnnexAAdoptionRow Row, int Days)> Intervals(InspectionContext ctx, IEnumerable<AnnexAAdoptionRow> rows,
        Func<AnnexAAdoptionRow, DateOnly?> from, Func<AnnexAAdoptionRow, DateOnly?> to, string column, string what)
    {
        var intervals = new List<(AnnexAAdoptionRow, int)>();
        foreach (var a in rows)
        {
            if (to(a) is { } end && ctx.InWindow(end) && from(a) is { } start
                && ctx.Days(start, end, InspectionLists.Adoption, column, $"child {a.ChildId} {what}") is { } days)
            {
                intervals.Add((a, days));
            }
        }
        return intervals;
    }
}
