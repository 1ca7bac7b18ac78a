using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 9: care leavers whose record (about a birthday) falls in the window, in touch, in suitable accommodation and
/// in education, employment or training, for all ages and at 17-18 and 19-21 (categories "17-18", "19-21").
/// </summary>
internal static class CareLeaverMeasures
{
    public static void Measure(InspectionContext ctx)
    {
        const string list = InspectionLists.CareLeavers;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.CareLeavers) && ctx.Data.AnnexA is { HasCareLeavers: true } annex)
        {
            Now(ctx, annex.CareLeavers);
            return;
        }
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.CareLeavers))
        {
            ctx.NotCarriedList(list, "the input has no care leaver records about a birthday (an Annex A list 9 says where a care leaver is now, not at a birthday, and is not loaded; a canonical care_leavers.csv or an SSDA903 OC3 table is).");
            return;
        }
        var rows = ctx.Records(ctx.Data.CareLeavers.Where(c => ctx.InWindow(c.BirthdayDate)), c => c.ChildId + "|" + IsoFormat.Date(c.BirthdayDate));
        ctx.Count(list, "care_leavers", ctx.Cohort(rows, c => c.ChildId));
        foreach (var (group, min, max) in new[] { (string.Empty, 0, 99), ("17-18", 17, 18), ("19-21", 19, 21) })
        {
            // The age filter is applied in both conventions (ChatDifferences.CareLeavers1921).
            var g = group.Length == 0 ? rows : [.. rows.Where(c => ctx.Child(c.ChildId)?.AgeOn(c.BirthdayDate) is { } age && age >= min && age <= max)];
            ctx.Percent(list, CareLeaversInTouchPct.Id, group, g.Count(c => c.InTouch == CareLeaverContact.Yes), g.Count);
            ctx.Percent(list, CareLeaversSuitableAccommodationPct.Id, group, g.Count(c => c.AccommodationSuitable == true), g.Count);
            ctx.Percent(list, CareLeaversEetPct.Id, group, g.Count(c => c.InEducationEmploymentOrTraining), g.Count);
        }
        ctx.Demographics(list, rows.Select(c => (c.ChildId, c.BirthdayDate)));
    }

    /// <summary>
    /// From an Annex A list 9: where each care leaver is now (the return has no birthdays and no dates), for all ages
    /// and at 17-18 and 19-21 by age at the reference date.
    /// </summary>
    private static void Now(InspectionContext ctx, IReadOnlyList<AnnexACareLeaverRow> all)
    {
        const string list = InspectionLists.CareLeavers;
        var rows = ctx.Records(all, c => c.ChildId);
        ctx.Count(list, "care_leavers_now", ctx.Cohort(rows, c => c.ChildId));
        foreach (var (group, min, max) in new[] { (string.Empty, 0, 99), ("17-18", 17, 18), ("19-21", 19, 21) })
        {
            var g = group.Length == 0 ? rows : [.. rows.Where(c => ctx.Child(c.ChildId)?.AgeOn(ctx.Reference) is { } age && age >= min && age <= max)];
            ctx.Percent(list, "care_leavers_in_touch_now_pct", group, g.Count(c => c.IsInTouch), g.Count);
            ctx.Percent(list, "care_leavers_suitable_now_pct", group, g.Count(c => c.IsSuitable), g.Count);
            ctx.Percent(list, "care_leavers_eet_now_pct", group, g.Count(c => c.IsEet), g.Count);
        }
        ctx.Mix(list, "care_leavers_accommodation_now", [.. rows.Select(c => c.Accommodation)]);
        ctx.Mix(list, "care_leavers_activity_now", [.. rows.Select(c => c.Activity)]);
        ctx.Demographics(list, rows.Select(c => (c.ChildId, ctx.Reference)));
    }
}
