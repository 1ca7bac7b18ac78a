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
    }
}
