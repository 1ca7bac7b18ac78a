using System.Globalization;
using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>What the recorded-versus-corrected comparison does with the rows a systematic pattern flags.</summary>
public enum RecordingCorrection
{
    /// <summary>The rule's rows do not change the KPI (they are not ICPCs it counts, or it already leaves them out).</summary>
    None,

    /// <summary>The rows are left out of the KPI.</summary>
    Exclude,

    /// <summary>The conference date is estimated from the recording date less the usual conference-to-recording lag.</summary>
    EstimateFromRecordingLag,
}

/// <summary>A named recording-consistency rule with a plain-English description of what it flags.</summary>
public sealed record RecordingRule(string Id, string Description, RecordingCorrection Correction);

/// <summary>
/// One row a rule looked at. <see cref="Flagged"/> says whether the rule flagged it; eligible rows that
/// pass make the denominator of the monthly flagged share. <see cref="Month"/> is the month the row is
/// counted in (the ICPC's month for ICPC rules, the strategy discussion's for a missing ICPC, the
/// plan's start for CP-plan rules).
/// </summary>
public sealed record RuleObservation(
    string RuleId,
    string RecordId,
    string ChildId,
    string Team,
    string Worker,
    ReportingMonth Month,
    bool Flagged,
    DateOnly? StrategyDiscussionDate,
    DateOnly? IcpcDate,
    DateOnly? IcpcRecordedDate,
    DateOnly? CpPlanStartDate,
    string Detail);

/// <summary>Options for the ICPC recording investigation. <see cref="AnalysisDate"/> is injected (the extract date), never the clock.</summary>
public sealed record IcpcRecordingOptions
{
    public required DateOnly AnalysisDate { get; init; }

    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>The KPI catalogue whose icpc_within_15wd_pct is recomputed (its timescale is the rules' timescale).</summary>
    public Kpis.KpiCatalog Catalog { get; init; } = Kpis.KpiCatalog.Default;

    /// <summary>The ICPC timescale in working days, from <see cref="Catalog"/> (15 by default).</summary>
    public int TimescaleWorkingDays => Catalog.Timescales.IcpcWorkingDays;

    /// <summary>An ICPC recorded this many calendar days or fewer after its date counts as "recording date used as conference date" (0: the same day).</summary>
    public int RecordingDateToleranceDays { get; init; }

    /// <summary>A conference recorded more than this many working days after it was held has a long recording lag.</summary>
    public int LongLagWorkingDays { get; init; } = 20;

    /// <summary>A CP plan and an ICPC belong together when their dates are at most this many calendar days apart.</summary>
    public int CpPlanWindowDays { get; init; } = 30;

    /// <summary>Family-wise significance level of the step tests across all rules and groups.</summary>
    public double Alpha { get; init; } = 0.05;

    public Statistics.ChangePoint.PValueAdjustment Adjustment { get; init; } = Statistics.ChangePoint.PValueAdjustment.Holm;

    /// <summary>Months with rows needed on each side of a step.</summary>
    public int MinimumSegmentMonths { get; init; } = 2;

    /// <summary>A step must raise the flagged share by at least this much (0.2 = 20 points) to be a systematic pattern.</summary>
    public double MinimumShareIncrease { get; init; } = 0.2;

    /// <summary>A step must have at least this many flagged rows after it.</summary>
    public int MinimumFlaggedAfter { get; init; } = 5;

    /// <summary>Groups with fewer eligible rows are counted but not tested.</summary>
    public int MinimumRowsToTest { get; init; } = 20;

    /// <summary>Groupings tested: "all" (the whole council), "team", "worker".</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = ["all", "team", "worker"];

    /// <summary>The earliest month in the monthly series (default: the earliest strategy discussion, at most ten years before the analysis month).</summary>
    public ReportingMonth? FirstMonth { get; init; }

    /// <summary>The month the KPI is reported for (default: the last complete month on or before <see cref="AnalysisDate"/>).</summary>
    public ReportingMonth? Month { get; init; }

    /// <summary>A context event coincides with a step when it starts within this many months of it.</summary>
    public int EventWindowMonths { get; init; } = 1;

    /// <summary>Fewest rows for a team's own conference-to-recording lag; otherwise other teams' lag is used.</summary>
    public int MinimumLagSample { get; init; } = 10;

    /// <summary>The last complete month on or before <paramref name="date"/>.</summary>
    public static ReportingMonth LastCompleteMonth(DateOnly date)
    {
        var m = ReportingMonth.Of(date);
        return date == m.LastDay ? m : m.Previous;
    }
}

/// <summary>The ICPC recording-consistency rules. Each evaluates every eligible row in one pass.</summary>
public static class IcpcRecordingRules
{
    public const string IcpcBeforeStrategyDiscussion = "icpc_before_strategy_discussion";
    public const string IcpcOnNonWorkingDay = "icpc_on_weekend_or_bank_holiday";
    public const string IcpcMissingWhenDue = "icpc_missing_when_due";
    public const string IcpcDateIsRecordingDate = "icpc_date_is_recording_date";
    public const string LongRecordingLag = "icpc_long_recording_lag";
    public const string RecordedBeforeHeld = "icpc_recorded_before_held";
    public const string DuplicateIcpc = "icpc_duplicate";
    public const string CpPlanStartDiffers = "cp_plan_start_differs_from_icpc";
    public const string CpPlanWithoutIcpc = "cp_plan_without_icpc";

    public const string NoTeam = "(no team)";
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
