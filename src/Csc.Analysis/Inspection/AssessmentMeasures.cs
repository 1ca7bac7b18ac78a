using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 4: assessments started and completed (authorised) in the window; of those completed, the share within 45
/// working days of the start, the duration bins and percentiles, and the outcome; assessments open at the reference date.
/// </summary>
internal static class AssessmentMeasures
{
    /// <summary>The DfE timescale for a child and family assessment.</summary>
    public const int TimescaleWorkingDays = 45;

    public static void Measure(InspectionContext ctx)
    {
        const string list = InspectionLists.Assessments;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.Assessments))
        {
            ctx.NotCarriedList(list, "the input has no assessments.");
            return;
        }
        var all = ctx.Records(ctx.Data.Assessments, a => a.ChildId + "|" + IsoFormat.Date(a.StartDate) + "|" + (a.AuthorisedDate is { } d ? IsoFormat.Date(d) : string.Empty));
        var started = all.Where(a => ctx.InWindow(a.StartDate)).ToList();
        var completed = all.Where(a => a.AuthorisedDate is { } d && ctx.InWindow(d)).ToList();
        var open = all.Where(a => ctx.OpenAtReference(a.StartDate, a.AuthorisedDate)).ToList();
        ctx.CountAndRate(list, "assessments_started", ctx.Cohort(started, a => a.ChildId));
        ctx.CountAndRate(list, "assessments_completed", ctx.Cohort(completed, a => a.ChildId));
        ctx.Count(list, "assessments_open", ctx.Cohort(open, a => a.ChildId));

        var durations = new List<int>(completed.Count);
        foreach (var a in completed)
        {
            if (ctx.WorkingDays(a.StartDate, a.AuthorisedDate!.Value, list, "authorisation_date", $"assessment of child {a.ChildId} started {IsoFormat.Date(a.StartDate)}") is { } wd)
            {
                durations.Add(wd);
            }
        }
        ctx.Percent(list, KpiIds.AssessmentsWithin45WdPct, string.Empty, durations.Count(d => d <= TimescaleWorkingDays), durations.Count);
        ctx.Durations(list, "assessments_duration", InspectionBins.Assessment, durations, InspectionUnit.WorkingDays);
        var withOutcome = completed.Where(a => a.Outcome is not null).ToList();
        if (withOutcome.Count > 0)
        {
            ctx.Percent(list, KpiIds.AssessmentsNfaPct, string.Empty, withOutcome.Count(a => a.Outcome == AssessmentOutcome.Nfa), withOutcome.Count);
            ctx.Mix(list, "assessments_outcome", [.. withOutcome.Select(a => a.Outcome!.Value.ToString().ToLowerInvariant())]);
        }
        ctx.Demographics(list, completed.Select(a => (a.ChildId, a.AuthorisedDate!.Value)));
    }
}
