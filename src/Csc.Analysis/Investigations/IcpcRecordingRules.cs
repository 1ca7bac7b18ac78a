using System.Globalization;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>The ICPC recording-consistency rules. Each evaluates every eligible row in one pass.</summary>
public static class IcpcRecordingRules
{
    /// <summary>Rule: the ICPC is dated before the strategy discussion.</summary>
    public const string IcpcBeforeStrategyDiscussion = "icpc_before_strategy_discussion";
    /// <summary>Rule: the ICPC is dated on a weekend or bank holiday.</summary>
    public const string IcpcOnNonWorkingDay = "icpc_on_weekend_or_bank_holiday";
    /// <summary>Rule: no ICPC recorded once the timescale has passed.</summary>
    public const string IcpcMissingWhenDue = "icpc_missing_when_due";
    /// <summary>Rule: the ICPC date is the day it was recorded (the recording date used as the conference date).</summary>
    public const string IcpcDateIsRecordingDate = "icpc_date_is_recording_date";
    /// <summary>Rule: the ICPC was recorded long after it was held.</summary>
    public const string LongRecordingLag = "icpc_long_recording_lag";
    /// <summary>Rule: the ICPC was recorded before the day it was held.</summary>
    public const string RecordedBeforeHeld = "icpc_recorded_before_held";
    /// <summary>Rule: more than one ICPC for the same child and strategy discussion (every one after the first).</summary>
    public const string DuplicateIcpc = "icpc_duplicate";
    /// <summary>Rule: the ICPC decided on a CP plan, but the child's plan starts on another day (or there is none within the window).</summary>
    public const string CpPlanStartDiffers = "cp_plan_start_differs_from_icpc";
    /// <summary>Rule: a CP plan with no ICPC for the child within the window of its start.</summary>
    public const string CpPlanWithoutIcpc = "cp_plan_without_icpc";

    /// <summary>The group of rows without a team.</summary>
    public const string NoTeam = "(no team)";
    /// <summary>The group of rows without a worker.</summary>
    public const string NoWorker = "(no worker)";

    /// <summary>The rules with descriptions that state the parameters in use.</summary>
    public static IReadOnlyList<RecordingRule> All(IcpcRecordingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tol = options.RecordingDateToleranceDays == 0
            ? "the same day as"
            : string.Create(CultureInfo.InvariantCulture, $"within {options.RecordingDateToleranceDays} days after");
        return
        [
            new(IcpcBeforeStrategyDiscussion, "The ICPC is dated before the strategy discussion that started the section 47 enquiry (impossible; the KPI leaves it out).", RecordingCorrection.None),
            new(IcpcOnNonWorkingDay, "The ICPC is dated on a Saturday, Sunday or bank holiday, when conferences are not normally held.", RecordingCorrection.Exclude),
            new(IcpcMissingWhenDue, string.Create(CultureInfo.InvariantCulture, $"No ICPC date and not marked 'ICPC not required', although more than {options.TimescaleWorkingDays} working days have passed since the strategy discussion (as of {IsoFormat.Date(options.AnalysisDate)})."), RecordingCorrection.None),
            new(IcpcDateIsRecordingDate, $"The ICPC date is {tol} the day the ICPC was entered on the case-management system: the recording date may be standing in for the conference date.", RecordingCorrection.EstimateFromRecordingLag),
            new(LongRecordingLag, string.Create(CultureInfo.InvariantCulture, $"The ICPC was entered on the system more than {options.LongLagWorkingDays} working days after the conference."), RecordingCorrection.Exclude),
            new(RecordedBeforeHeld, "The ICPC was entered on the system before the date of the conference (impossible unless the date is wrong).", RecordingCorrection.Exclude),
            new(DuplicateIcpc, "More than one ICPC for the same child and the same strategy discussion (every one after the first is flagged).", RecordingCorrection.Exclude),
            new(CpPlanStartDiffers, string.Create(CultureInfo.InvariantCulture, $"The ICPC decided on a CP plan, but the child's CP plan starts on a different date (or there is no plan within {options.CpPlanWindowDays} days)."), RecordingCorrection.None),
            new(CpPlanWithoutIcpc, string.Create(CultureInfo.InvariantCulture, $"A CP plan with no ICPC for the child within {options.CpPlanWindowDays} days of its start."), RecordingCorrection.None),
        ];
    }

    /// <summary>Every eligible row of every rule, in one pass over the tables (per-child lookups built once).</summary>
    public static IReadOnlyList<RuleObservation> Evaluate(CaseData data, IcpcRecordingOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var cal = options.Calendar;
        var obs = new List<RuleObservation>(data.Section47Enquiries.Count * 4);

        var plansByChild = new Dictionary<string, List<CpPlan>>(StringComparer.Ordinal);
        foreach (var p in data.CpPlans)
        {
            if (!plansByChild.TryGetValue(p.ChildId, out var l))
            {
                plansByChild[p.ChildId] = l = [];
            }
            l.Add(p);
        }
        var icpcsByChild = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        var seen = new Dictionary<(string, DateOnly), string>();
        var ordered = data.Section47Enquiries
            .OrderBy(s => s.ChildId, StringComparer.Ordinal)
            .ThenBy(s => s.StrategyDiscussionDate)
            .ThenBy(s => s.IcpcDate ?? DateOnly.MaxValue)
            .ThenBy(s => s.S47Id, StringComparer.Ordinal);

        foreach (var s in ordered)
        {
            var team = s.Team ?? NoTeam;
            var worker = s.Worker ?? NoWorker;
            var sd = s.StrategyDiscussionDate;
            RuleObservation O(string rule, ReportingMonth month, bool flagged, string detail, DateOnly? plan = null)
                => new(rule, s.S47Id, s.ChildId, team, worker, month, flagged, sd, s.IcpcDate, s.IcpcRecordedDate, plan, detail);

            if (!s.HasIcpc)
            {
                if (!s.IcpcNotRequired && s.IcpcDate is null && IcpcTimeliness.InCalendar(sd) && sd <= options.AnalysisDate
                    && cal.WorkingDaysBetween(sd, options.AnalysisDate) > options.TimescaleWorkingDays)
                {
                    var due = cal.AddWorkingDays(sd, options.TimescaleWorkingDays);
                    obs.Add(O(IcpcMissingWhenDue, ReportingMonth.Of(sd), true, $"strategy discussion {IsoFormat.Date(sd)}; ICPC due by {IsoFormat.Date(due)}; no ICPC date and not marked not required"));
                }
                continue;
            }
            var icpc = s.IcpcDate!.Value;
            var month = ReportingMonth.Of(icpc);
            if (!icpcsByChild.TryGetValue(s.ChildId, out var dates))
            {
                icpcsByChild[s.ChildId] = dates = [];
            }
            dates.Add(icpc);

            // a due S47 that did get an ICPC is an eligible, unflagged row of the missing rule
            if (IcpcTimeliness.InCalendar(sd) && sd <= options.AnalysisDate && cal.WorkingDaysBetween(sd, options.AnalysisDate) > options.TimescaleWorkingDays)
            {
                obs.Add(O(IcpcMissingWhenDue, ReportingMonth.Of(sd), false, string.Empty));
            }

            obs.Add(O(IcpcBeforeStrategyDiscussion, month, icpc < sd, icpc < sd ? $"ICPC {IsoFormat.Date(icpc)} is {sd.DayNumber - icpc.DayNumber} days before the strategy discussion {IsoFormat.Date(sd)}" : string.Empty));

            if (IcpcTimeliness.InCalendar(icpc))
            {
                var holiday = cal.ClosureOn(icpc);
                var weekend = icpc.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                var flagged = weekend || holiday is not null;
                obs.Add(O(IcpcOnNonWorkingDay, month, flagged, !flagged ? string.Empty
                    : weekend ? $"ICPC {IsoFormat.Date(icpc)} is a {icpc.DayOfWeek}" : $"ICPC {IsoFormat.Date(icpc)} is a bank holiday ({holiday!.Name})"));
            }

            if (s.IcpcRecordedDate is { } rec)
            {
                var gap = rec.DayNumber - icpc.DayNumber;
                var standIn = gap >= 0 && gap <= options.RecordingDateToleranceDays;
                obs.Add(O(IcpcDateIsRecordingDate, month, standIn, standIn ? $"ICPC {IsoFormat.Date(icpc)} recorded {IsoFormat.Date(rec)} ({gap} days later)" : string.Empty));
                obs.Add(O(RecordedBeforeHeld, month, gap < 0, gap < 0 ? $"recorded {IsoFormat.Date(rec)}, {-gap} days before the ICPC date {IsoFormat.Date(icpc)}" : string.Empty));
                if (gap >= 0 && IcpcTimeliness.InCalendar(icpc) && IcpcTimeliness.InCalendar(rec))
                {
                    var wd = cal.WorkingDaysBetween(icpc, rec);
                    var longLag = wd > options.LongLagWorkingDays;
                    obs.Add(O(LongRecordingLag, month, longLag, longLag ? $"ICPC {IsoFormat.Date(icpc)} recorded {IsoFormat.Date(rec)}, {wd} working days later" : string.Empty));
                }
            }

            var key = (s.ChildId, sd);
            var duplicateOf = seen.GetValueOrDefault(key);
            seen.TryAdd(key, s.S47Id);
            obs.Add(O(DuplicateIcpc, month, duplicateOf is not null, duplicateOf is null ? string.Empty : $"second ICPC for child {s.ChildId} and strategy discussion {IsoFormat.Date(sd)}; first is {duplicateOf}"));

            if (s.CpPlanFromIcpc == true)
            {
                CpPlan? nearest = null;
                foreach (var p in plansByChild.GetValueOrDefault(s.ChildId) ?? [])
                {
                    var d = Math.Abs(p.StartDate.DayNumber - icpc.DayNumber);
                    if (d <= options.CpPlanWindowDays && (nearest is null || d < Math.Abs(nearest.StartDate.DayNumber - icpc.DayNumber)))
                    {
                        nearest = p;
                    }
                }
                var differs = nearest is null || nearest.StartDate != icpc;
                obs.Add(O(CpPlanStartDiffers, month, differs,
                    nearest is null ? $"ICPC {IsoFormat.Date(icpc)} decided on a CP plan; no CP plan starts within {options.CpPlanWindowDays} days"
                    : differs ? $"ICPC {IsoFormat.Date(icpc)}; CP plan {nearest.CpPlanId} starts {IsoFormat.Date(nearest.StartDate)} ({nearest.StartDate.DayNumber - icpc.DayNumber:+0;-0} days)" : string.Empty,
                    nearest?.StartDate));
            }
        }

        foreach (var p in data.CpPlans)
        {
            var has = false;
            foreach (var d in icpcsByChild.GetValueOrDefault(p.ChildId) ?? [])
            {
                if (Math.Abs(d.DayNumber - p.StartDate.DayNumber) <= options.CpPlanWindowDays)
                {
                    has = true;
                    break;
                }
            }
            obs.Add(new RuleObservation(CpPlanWithoutIcpc, p.CpPlanId, p.ChildId, p.Team ?? NoTeam, p.Worker ?? NoWorker, ReportingMonth.Of(p.StartDate), !has,
                null, null, null, p.StartDate, has ? string.Empty : $"CP plan starting {IsoFormat.Date(p.StartDate)} has no ICPC for the child within {options.CpPlanWindowDays} days"));
        }
        return obs;
    }
}
