using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 1 (contacts) and list 2 (early help): contacts in the window by source; early help assessments (episodes)
/// started, ended and open at the reference date with their length.
/// </summary>
internal static class FrontDoorMeasures
{
    public static void Contacts(InspectionContext ctx)
    {
        const string list = InspectionLists.Contacts;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.Contacts))
        {
            ctx.NotCarriedList(list, "the input has no contacts.");
            return;
        }
        var rows = ctx.Records(ctx.Data.Contacts.Where(c => ctx.InWindow(c.ContactDate)), c => c.ChildId + "|" + IsoFormat.Date(c.ContactDate));
        ctx.CountAndRate(list, KpiIds.Contacts, ctx.Cohort(rows, c => c.ChildId));
        ctx.Count(list, "contacts_records", rows.Count);
        ctx.Mix(list, "contacts_source", [.. rows.Select(c => c.Source)]);
        ctx.Demographics(list, rows.Select(c => (c.ChildId, c.ContactDate)));
    }

    public static void EarlyHelp(InspectionContext ctx)
    {
        const string list = InspectionLists.EarlyHelp;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.EarlyHelp))
        {
            ctx.NotCarriedList(list, "the input has no early help.");
            return;
        }
        var all = ctx.Records(ctx.Data.EarlyHelp, e => e.ChildId + "|" + IsoFormat.Date(e.StartDate));
        var started = all.Where(e => ctx.InWindow(e.StartDate)).ToList();
        var ended = all.Where(e => e.EndDate is { } d && ctx.InWindow(d)).ToList();
        var open = all.Where(e => ctx.OpenAtReference(e.StartDate, e.EndDate)).ToList();
        ctx.CountAndRate(list, "early_help_started", ctx.Cohort(started, e => e.ChildId));
        ctx.Count(list, "early_help_ended", ctx.Cohort(ended, e => e.ChildId));
        ctx.CountAndRate(list, "early_help_open", ctx.Cohort(open, e => e.ChildId));
        ctx.Mix(list, "early_help_open_length", InspectionBins.OpenLength, [.. open.Select(e => ctx.OpenLengthBin(e.StartDate, ctx.Reference))]);
        ctx.Demographics(list, started.Select(e => (e.ChildId, e.StartDate)));
    }
}
