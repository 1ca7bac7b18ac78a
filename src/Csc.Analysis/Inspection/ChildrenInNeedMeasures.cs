using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 6: child in need plans open at the reference date, started and ended in the window, how long the open ones
/// have lasted and the share open 12 months or more.
/// </summary>
internal static class ChildrenInNeedMeasures
{
    public static void Measure(InspectionContext ctx)
    {
        const string list = InspectionLists.ChildrenInNeed;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.CinPlans))
        {
            ctx.NotCarriedList(list, "the input has no child in need plans.");
            return;
        }
        var all = ctx.Records(ctx.Data.CinPlans, p => p.ChildId + "|" + IsoFormat.Date(p.StartDate));
        var open = all.Where(p => ctx.OpenAtReference(p.StartDate, p.EndDate)).ToList();
        var started = all.Where(p => ctx.InWindow(p.StartDate)).ToList();
        var ended = all.Where(p => p.EndDate is { } d && ctx.InWindow(d)).ToList();
        ctx.CountAndRate(list, KpiIds.CinPlans, ctx.Cohort(open, p => p.ChildId));
        ctx.Count(list, "cin_plans_started", ctx.Cohort(started, p => p.ChildId));
        ctx.Count(list, "cin_plans_ended", ctx.Cohort(ended, p => p.ChildId));
        ctx.Mix(list, "cin_open_length", InspectionBins.OpenLength, [.. open.Select(p => ctx.OpenLengthBin(p.StartDate, ctx.Reference))]);
        ctx.Percent(list, KpiIds.CinPlansOver12mPct, string.Empty, open.Count(p => p.StartDate <= ctx.Reference.AddMonths(-12)), open.Count);
        if (ctx.Data.SuppliedOrGuess().Has(OptionalField.ReferralClosureDate))
        {
            // Children in need as DfE counts them: a referral (CIN episode) open at the reference date.
            var openReferrals = ctx.Records(ctx.Data.Referrals, r => r.ChildId + "|" + IsoFormat.Date(r.ReferralDate))
                .Where(r => ctx.OpenAtReference(r.ReferralDate, r.ClosureDate)).ToList();
            ctx.CountAndRate(list, ChildrenInNeed.Id, ctx.Cohort(openReferrals, r => r.ChildId), CinRatePer10k.Id);
        }
        ctx.Demographics(list, open.Select(p => (p.ChildId, ctx.Reference)));
    }
}
