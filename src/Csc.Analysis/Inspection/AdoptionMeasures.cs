using Csc.Analysis.Domain;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 10, from the looked-after episodes (the Annex A list 10 itself is not loaded): children adopted in the window
/// (a period of care ending with reason E11 or E12) and the days from entering care to adoption; children placed for
/// adoption (placement A3 to A6) and children on a placement order (legal status E1) at the reference date.
/// </summary>
internal static class AdoptionMeasures
{
    private static readonly HashSet<string> Adopted = new(StringComparer.Ordinal) { "E11", "E12" };
    private static readonly HashSet<string> PlacedForAdoption = new(StringComparer.Ordinal) { "A3", "A4", "A5", "A6" };

    public static void Measure(InspectionContext ctx)
    {
        const string list = InspectionLists.Adoption;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.LacEpisodes))
        {
            ctx.NotCarriedList(list, "the input has no looked-after episodes to find adoptions in.");
            return;
        }
        var episodes = ctx.Records(ctx.Data.LacEpisodes, e => e.ChildId + "|" + IsoFormat.Date(e.StartDate));
        var periods = LookedAfterMeasures.Periods(episodes);
        var adopted = periods.Where(p => p.End is { } d && ctx.InWindow(d) && p.Episodes[^1].ReasonCeased is { } rc && Adopted.Contains(rc)).ToList();
        ctx.Count(list, "adoption_adopted", ctx.Cohort(adopted, p => p.ChildId));
        ctx.Percentiles(list, "adoption_days_care_to_adoption", [.. adopted.Select(p => p.End!.Value.DayNumber - p.Start.DayNumber)], InspectionUnit.Days);
        var open = episodes.Where(e => !e.IsShortBreak && ctx.OpenAtReference(e.StartDate, e.EndDate)).ToList();
        ctx.Count(list, "adoption_placed_for_adoption", ctx.Cohort(open.Where(e => e.PlacementType is { } t && PlacedForAdoption.Contains(t)).ToList(), e => e.ChildId));
        ctx.Count(list, "adoption_placement_order", ctx.Cohort(open.Where(e => e.LegalStatus == "E1").ToList(), e => e.ChildId));
        ctx.Demographics(list, adopted.Select(p => (p.ChildId, p.End!.Value)));
        if (ctx.Data.AnnexA is { HasAdoptions: true } annex)
        {
            List10(ctx, annex.Adoptions);
        }
    }

    /// <summary>
    /// From an Annex A list 10: the adoption steps dated in the window (decision, placement order, match, placed,
    /// adoption order, decision to stop) and the days from entering care to being placed and from the placement order
    /// to the match (DfE's A1 and A2 intervals).
    /// </summary>
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
            ctx.Count(list, id, ctx.Cohort(rows.Where(a => date(a) is { } d && ctx.InWindow(d)).ToList(), a => a.ChildId));
        }
        var careToPlaced = new List<int>();
        foreach (var a in rows.Where(a => a.PlacedDate is { } d && ctx.InWindow(d) && a.EnteredCare is not null))
        {
            if (ctx.Days(a.EnteredCare!.Value, a.PlacedDate!.Value, list, "placed_date", $"child {a.ChildId} placed for adoption") is { } n)
            {
                careToPlaced.Add(n);
            }
        }
        ctx.Percentiles(list, "adoption_days_care_to_placed", careToPlaced, InspectionUnit.Days);
        var orderToMatch = new List<int>();
        foreach (var a in rows.Where(a => a.MatchedDate is { } d && ctx.InWindow(d) && a.PlacementOrderDate is not null))
        {
            if (ctx.Days(a.PlacementOrderDate!.Value, a.MatchedDate!.Value, list, "matched_date", $"child {a.ChildId} matched") is { } n)
            {
                orderToMatch.Add(n);
            }
        }
        ctx.Percentiles(list, "adoption_days_order_to_match", orderToMatch, InspectionUnit.Days);
    }
}
