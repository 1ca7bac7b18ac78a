using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 5: section 47 enquiries (strategy discussions) in the window; ICPCs held in it, the share within 15 working
/// days of the strategy discussion with the duration bins and percentiles; ICPCs leading to a plan; ICPCs not required.
/// </summary>
internal static class Section47Measures
{
    /// <summary>The Working Together timescale for an ICPC.</summary>
    public const int TimescaleWorkingDays = 15;

    public static void Measure(InspectionContext ctx)
    {
        const string list = InspectionLists.Section47;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.Section47))
        {
            ctx.NotCarriedList(list, "the input has no section 47 enquiries.");
            return;
        }
        var all = ctx.Records(ctx.Data.Section47Enquiries, s => s.ChildId + "|" + IsoFormat.Date(s.StrategyDiscussionDate));
        var enquiries = all.Where(s => ctx.InWindow(s.StrategyDiscussionDate)).ToList();
        var icpcs = all.Where(s => s.HasIcpc && ctx.InWindow(s.IcpcDate!.Value)).ToList();
        ctx.CountAndRate(list, KpiIds.S47Enquiries, ctx.Cohort(enquiries, s => s.ChildId), S47RatePer10k.Id);
        ctx.CountAndRate(list, KpiIds.Icpcs, ctx.Cohort(icpcs, s => s.ChildId), IcpcRatePer10k.Id);
        ctx.Percent(list, "s47_icpc_not_required_pct", string.Empty, enquiries.Count(s => s.IcpcNotRequired), enquiries.Count);

        var durations = new List<int>(icpcs.Count);
        foreach (var s in icpcs)
        {
            if (ctx.WorkingDays(s.StrategyDiscussionDate, s.IcpcDate!.Value, list, "icpc_date", $"ICPC of child {s.ChildId} after the strategy discussion of {IsoFormat.Date(s.StrategyDiscussionDate)}") is { } wd)
            {
                durations.Add(wd);
            }
        }
        ctx.Percent(list, KpiIds.IcpcWithin15WdPct, string.Empty, durations.Count(d => d <= TimescaleWorkingDays), durations.Count);
        ctx.Durations(list, "s47_icpc_duration", InspectionBins.Icpc, durations, InspectionUnit.WorkingDays);
        var withOutcome = icpcs.Where(s => s.CpPlanFromIcpc is not null).ToList();
        ctx.Percent(list, IcpcToCpPlanPct.Id, string.Empty, withOutcome.Count(s => s.CpPlanFromIcpc == true), withOutcome.Count);
        ctx.Demographics(list, enquiries.Select(s => (s.ChildId, s.StrategyDiscussionDate)));
    }
}
