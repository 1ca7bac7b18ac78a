using System.Globalization;
using System.Text;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.ChangePoint;
using Csc.Analysis.Statistics.Regression;

namespace Csc.Analysis.Investigations;

/// <summary>A data-quality rule: id, the table it checks, severity and what it means.</summary>
public sealed record DataQualityRule(string Id, string Table, IssueSeverity Severity, string Description);

/// <summary>One record breaking one rule. <see cref="Month"/> is the month of the record's main date (null for children).</summary>
public sealed record DataQualityIssue(string RuleId, string Table, IssueSeverity Severity, string RecordId, string ChildId, string Team, ReportingMonth? Month, string Message);

/// <summary>Records of a table (and team) dated in a month, how many broke at least one rule, and the issues by severity.</summary>
public sealed record DataQualityMonth(string Table, string Team, ReportingMonth Month, int Records, int RecordsWithIssues, int Errors, int Warnings)
{
    /// <summary>The share of records with at least one issue (0 to 1); NaN with no records.</summary>
    public double Rate => Records == 0 ? double.NaN : (double)RecordsWithIssues / Records;
}

/// <summary>
/// The trend of the monthly share of records with issues for a table (team "all") or a table and
/// team: Cochran–Armitage slope (points per month), z, p-value and the p-value adjusted (Holm)
/// across every trend tested.
/// </summary>
public sealed record DataQualityTrend(string Table, string Team, ReportingMonth From, ReportingMonth To, int Records, int RecordsWithIssues, double SlopePointsPerMonth, double Z, double PValue, double AdjustedPValue, string Direction);

/// <summary>Options for <see cref="DataQuality.Check"/>. <see cref="AnalysisDate"/> is injected (the extract date).</summary>
public sealed record DataQualityOptions
{
    /// <summary>The analysis date (the extract date), injected: never the clock.</summary>
    public required DateOnly AnalysisDate { get; init; }

    /// <summary>The trend test uses the months from <see cref="AnalysisDate"/>'s last complete month back this many months (24).</summary>
    public int TrendMonths { get; init; } = 24;

    /// <summary>Placement distances above this many miles are implausible.</summary>
    public double MaxPlausibleDistanceMiles { get; init; } = 600;

    /// <summary>Family-wise significance level of the trend tests.</summary>
    public double Alpha { get; init; } = 0.05;
}

/// <summary>Everything the data-quality check found.</summary>
public sealed record DataQualityResult(
    IReadOnlyList<DataQualityRule> Rules,
    IReadOnlyList<DataQualityIssue> Issues,
    IReadOnlyList<DataQualityMonth> Months,
    IReadOnlyList<DataQualityTrend> Trends,
    ReportingMonth Month,
    string Finding)
{
    /// <summary>The issues as a table.</summary>
    public ITabular IssuesTable => Tabular.Of(Issues, ["rule", "table", "severity", "record_id", "child_id", "team", "month", "message"],
        i => [i.RuleId, i.Table, i.Severity.ToString().ToLowerInvariant(), i.RecordId, i.ChildId, i.Team, i.Month, i.Message]);

    /// <summary>Each rule with its issue count, as a table.</summary>
    public ITabular RuleCountsTable => Tabular.Of(Rules, ["rule", "table", "severity", "description", "count"],
        r => [r.Id, r.Table, r.Severity.ToString().ToLowerInvariant(), r.Description, Issues.Count(i => i.RuleId == r.Id)]);

    /// <summary>The monthly counts as a table.</summary>
    public ITabular MonthsTable => Tabular.Of(Months, ["table", "team", "month", "records", "records_with_issues", "errors", "warnings", "rate"],
        m => [m.Table, m.Team, m.Month, m.Records, m.RecordsWithIssues, m.Errors, m.Warnings, m.Rate]);

    /// <summary>The trend tests as a table.</summary>
    public ITabular TrendsTable => Tabular.Of(Trends, ["table", "team", "from", "to", "records", "records_with_issues", "slope_points_per_month", "z", "p_value", "adjusted_p_value", "direction"],
        t => [t.Table, t.Team, t.From, t.To, t.Records, t.RecordsWithIssues, t.SlopePointsPerMonth, t.Z, t.PValue, t.AdjustedPValue, t.Direction]);
}

/// <summary>
/// A data-quality rule set over every table, in the spirit of the DfE CIN census and SSDA903
/// validation rules: dates in order, codes valid, overlapping plans and episodes for the same child,
/// plans without a referral, ages outside 0-17, implausible distances, dates after the extract.
/// Each table is read once; overlaps are found after one sort per child. The monthly share of
/// records with an issue is tested for a trend per table and per team ("is our recording getting worse?").
/// </summary>
public static class DataQuality
{
    /// <summary>The team key of a table's council-wide series.</summary>
    public const string All = "all";

    /// <summary>Every rule the check runs, with its table and severity.</summary>
    public static IReadOnlyList<DataQualityRule> Rules { get; } =
    [
        new("DQ_DATE_AFTER_EXTRACT", "any", IssueSeverity.Error, "A date is after the extract (analysis) date."),
        new("DQ_CHILD_DOB_MISSING", "children", IssueSeverity.Warning, "The child has no date of birth."),
        new("DQ_CHILD_SEX_INVALID", "children", IssueSeverity.Warning, "The child's sex is not a valid code."),
        new("DQ_CHILD_UNKNOWN", "any", IssueSeverity.Warning, "The record's child is not in the children table."),
        new("DQ_AGE_OUT_OF_RANGE", "any", IssueSeverity.Error, "The child is aged 18 or over (or more than 9 months before birth) at the record's start."),
        new("DQ_ASSESSMENT_AUTHORISED_BEFORE_START", "assessments", IssueSeverity.Error, "The assessment is authorised before it started."),
        new("DQ_ASSESSMENT_BEFORE_REFERRAL", "assessments", IssueSeverity.Error, "The assessment starts before the referral it belongs to."),
        new("DQ_ASSESSMENT_REFERRAL_UNKNOWN", "assessments", IssueSeverity.Warning, "The assessment names a referral that is not in the referrals table."),
        new("DQ_END_BEFORE_START", "any", IssueSeverity.Error, "A plan, episode or allocation ends before it starts."),
        new("DQ_CP_PLAN_OVERLAP", "cp_plans", IssueSeverity.Error, "Two CP plans for the same child overlap."),
        new("DQ_CIN_PLAN_OVERLAP", "cin_plans", IssueSeverity.Error, "Two CIN plans for the same child overlap."),
        new("DQ_LAC_EPISODE_OVERLAP", "lac_episodes", IssueSeverity.Error, "Two looked-after episodes for the same child overlap."),
        new("DQ_CIN_PLAN_DURING_CP_PLAN", "cin_plans", IssueSeverity.Warning, "A CIN plan starts while the child is on a CP plan (a CP plan replaces the CIN plan)."),
        new("DQ_PLAN_WITHOUT_REFERRAL", "any", IssueSeverity.Warning, "A CP or CIN plan for a child with no referral on or before the plan's start (plans starting before the extract's first referral are not checked)."),
        new("DQ_S47_WITHOUT_REFERRAL", "s47_enquiries", IssueSeverity.Warning, "A section 47 enquiry for a child with no referral on or before the strategy discussion (checked from the extract's first referral)."),
        new(SharedRules.IcpcBeforeS47Id, "s47_enquiries", SharedRules.IcpcBeforeS47.Severity, "The ICPC is dated before the strategy discussion (the loader and icpc_within_15wd_pct report it with the same id)."),
        new("DQ_ICPC_NOT_REQUIRED_WITH_DATE", "s47_enquiries", IssueSeverity.Warning, "The ICPC is marked not required but has a date."),
        new("DQ_CP_CATEGORY_INVALID", "cp_plans", IssueSeverity.Error, "The CP plan's category of abuse is blank or not NEG, PHY, SAB, EMO or MUL."),
        new("DQ_LAC_LEGAL_STATUS_INVALID", "lac_episodes", IssueSeverity.Error, "The legal status is not an SSDA903 code."),
        new("DQ_LAC_RNE_INVALID", "lac_episodes", IssueSeverity.Error, "The reason for new episode is blank or not an SSDA903 code."),
        new("DQ_LAC_REC_INVALID", "lac_episodes", IssueSeverity.Error, "The reason episode ceased is not an SSDA903 code."),
        new("DQ_LAC_REC_END_MISMATCH", "lac_episodes", IssueSeverity.Error, "An episode has an end date without a reason ceased, or a reason ceased without an end date."),
        new("DQ_DISTANCE_IMPLAUSIBLE", "lac_episodes", IssueSeverity.Warning, "The placement distance is negative or implausibly large."),
        new("DQ_MISSING_END_BEFORE_START", "missing_episodes", IssueSeverity.Error, "The missing episode ends before it starts."),
        new("DQ_RHI_BEFORE_RETURN", "missing_episodes", IssueSeverity.Error, "The return home interview is before the child's return."),
    ];

    /// <summary>Runs every rule of <see cref="Rules"/> over <paramref name="data"/> in one pass and tests each table's (and team's) monthly issue rate for a trend.</summary>
    public static DataQualityResult Check(CaseData data, DataQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var x = options.AnalysisDate;
        var issues = new List<DataQualityIssue>();
        // records per (table, team, month) for the denominators
        var records = new Dictionary<(string Table, string Team, ReportingMonth Month), int>();
        var children = new Dictionary<string, Child>(StringComparer.Ordinal);
        foreach (var c in data.Children)
        {
            children.TryAdd(c.ChildId, c);
        }
        var checkChildren = children.Count > 0;
        var firstReferral = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var referralDates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var r in data.Referrals)
        {
            referralDates.TryAdd(r.ReferralId, r.ReferralDate);
            if (!firstReferral.TryGetValue(r.ChildId, out var f) || r.ReferralDate < f)
            {
                firstReferral[r.ChildId] = r.ReferralDate;
            }
        }
        var checkReferrals = data.Referrals.Count > 0;
        // records that started before the earliest referral in the extract may have their referral outside it
        var referralWindowStart = data.Referrals.Count == 0 ? DateOnly.MaxValue : data.Referrals.Min(r => r.ReferralDate);

        void Count(string table, string? team, DateOnly date)
        {
            var m = ReportingMonth.Of(date);
            var k1 = (table, All, m);
            records[k1] = records.GetValueOrDefault(k1) + 1;
            if (team is not null)
            {
                var k2 = (table, team, m);
                records[k2] = records.GetValueOrDefault(k2) + 1;
            }
        }

        void Issue(string rule, string table, string id, string child, string? team, DateOnly? date, string message)
        {
            var severity = Severity(rule);
            issues.Add(new DataQualityIssue(rule, table, severity, id, child, team ?? IcpcRecordingRules.NoTeam, date is { } d ? ReportingMonth.Of(d) : null, message));
        }

        void Common(string table, string id, string child, string? team, DateOnly start, DateOnly? end, params (string Name, DateOnly? Date)[] dates)
        {
            Count(table, team, start);
            foreach (var (name, d) in dates)
            {
                if (d is { } v && v > x)
                {
                    Issue("DQ_DATE_AFTER_EXTRACT", table, id, child, team, start, $"{table} {id}: {name} {IsoFormat.Date(v)} is after the extract date {IsoFormat.Date(x)}.");
                }
            }
            if (end is { } e && e < start)
            {
                Issue("DQ_END_BEFORE_START", table, id, child, team, start, $"{table} {id}: ends {IsoFormat.Date(e)} before it starts {IsoFormat.Date(start)}.");
            }
            if (checkChildren)
            {
                if (!children.TryGetValue(child, out var c))
                {
                    Issue("DQ_CHILD_UNKNOWN", table, id, child, team, start, $"{table} {id}: child {child} is not in the children table.");
                }
                else if (c.DateOfBirth is { } dob)
                {
                    var age = Ages.WholeYears(dob, start);
                    if (age >= 18 || start < dob.AddDays(-280))
                    {
                        Issue("DQ_AGE_OUT_OF_RANGE", table, id, child, team, start, $"{table} {id}: child {child} born {IsoFormat.Date(dob)} is {(age >= 18 ? $"aged {age}" : "not yet conceived")} on {IsoFormat.Date(start)}.");
                    }
                }
            }
        }

        foreach (var c in data.Children)
        {
            if (c.DateOfBirth is null)
            {
                Issue("DQ_CHILD_DOB_MISSING", "children", c.ChildId, c.ChildId, null, null, $"child {c.ChildId} has no date of birth.");
            }
            else if (c.DateOfBirth.Value > x.AddDays(280))
            {
                Issue("DQ_DATE_AFTER_EXTRACT", "children", c.ChildId, c.ChildId, null, null, $"child {c.ChildId}: date of birth {IsoFormat.Date(c.DateOfBirth.Value)} is more than 40 weeks after the extract date {IsoFormat.Date(x)}.");
            }
            if (c.Sex is { } sex && !Ssda903Codes.Sex.ContainsKey(sex) && sex is not ("M" or "F" or "U"))
            {
                Issue("DQ_CHILD_SEX_INVALID", "children", c.ChildId, c.ChildId, null, null, $"child {c.ChildId}: sex '{sex}' is not a valid code ({string.Join(", ", Ssda903Codes.Sex.Keys)}, M, F or U).");
            }
        }
        foreach (var c in data.Contacts)
        {
            Common("contacts", c.ContactId, c.ChildId, c.Team, c.ContactDate, null, ("contact date", c.ContactDate));
        }
        foreach (var r in data.Referrals)
        {
            Common("referrals", r.ReferralId, r.ChildId, r.Team, r.ReferralDate, null, ("referral date", r.ReferralDate));
        }
        foreach (var a in data.Assessments)
        {
            Common("assessments", a.AssessmentId, a.ChildId, a.Team, a.StartDate, null, ("start date", a.StartDate), ("authorised date", a.AuthorisedDate));
            if (a.AuthorisedDate is { } au && au < a.StartDate)
            {
                Issue("DQ_ASSESSMENT_AUTHORISED_BEFORE_START", "assessments", a.AssessmentId, a.ChildId, a.Team, a.StartDate, $"assessment {a.AssessmentId}: authorised {IsoFormat.Date(au)} before it started {IsoFormat.Date(a.StartDate)}.");
            }
            if (a.ReferralId is { } rid && checkReferrals)
            {
                if (!referralDates.TryGetValue(rid, out var rd))
                {
                    Issue("DQ_ASSESSMENT_REFERRAL_UNKNOWN", "assessments", a.AssessmentId, a.ChildId, a.Team, a.StartDate, $"assessment {a.AssessmentId}: referral {rid} is not in the referrals table.");
                }
                else if (a.StartDate < rd)
                {
                    Issue("DQ_ASSESSMENT_BEFORE_REFERRAL", "assessments", a.AssessmentId, a.ChildId, a.Team, a.StartDate, $"assessment {a.AssessmentId}: starts {IsoFormat.Date(a.StartDate)} before its referral {rid} on {IsoFormat.Date(rd)}.");
                }
            }
        }
        foreach (var s in data.Section47Enquiries)
        {
            Common("s47_enquiries", s.S47Id, s.ChildId, s.Team, s.StrategyDiscussionDate, null, ("strategy discussion", s.StrategyDiscussionDate), ("ICPC date", s.IcpcDate), ("ICPC recorded date", s.IcpcRecordedDate));
            if (s.IcpcDate is { } icpc && icpc < s.StrategyDiscussionDate)
            {
                Issue(SharedRules.IcpcBeforeS47Id, "s47_enquiries", s.S47Id, s.ChildId, s.Team, s.StrategyDiscussionDate, $"s47 {s.S47Id}: ICPC {IsoFormat.Date(icpc)} before the strategy discussion {IsoFormat.Date(s.StrategyDiscussionDate)}.");
            }
            if (s.IcpcNotRequired && s.IcpcDate is not null)
            {
                Issue("DQ_ICPC_NOT_REQUIRED_WITH_DATE", "s47_enquiries", s.S47Id, s.ChildId, s.Team, s.StrategyDiscussionDate, $"s47 {s.S47Id}: marked ICPC not required but has ICPC date {IsoFormat.Date(s.IcpcDate.Value)}.");
            }
            if (checkReferrals && s.StrategyDiscussionDate >= referralWindowStart && (!firstReferral.TryGetValue(s.ChildId, out var f) || f > s.StrategyDiscussionDate))
            {
                Issue("DQ_S47_WITHOUT_REFERRAL", "s47_enquiries", s.S47Id, s.ChildId, s.Team, s.StrategyDiscussionDate, $"s47 {s.S47Id}: child {s.ChildId} has no referral on or before {IsoFormat.Date(s.StrategyDiscussionDate)}.");
            }
        }
        foreach (var p in data.CpPlans)
        {
            Common("cp_plans", p.CpPlanId, p.ChildId, p.Team, p.StartDate, p.EndDate, ("start date", p.StartDate), ("end date", p.EndDate));
            if (p.InitialCategory is not ("NEG" or "PHY" or "SAB" or "EMO" or "MUL"))
            {
                Issue("DQ_CP_CATEGORY_INVALID", "cp_plans", p.CpPlanId, p.ChildId, p.Team, p.StartDate, $"CP plan {p.CpPlanId}: initial category '{p.InitialCategory}' is not NEG, PHY, SAB, EMO or MUL.");
            }
            PlanReferral("cp_plans", p.CpPlanId, p.ChildId, p.Team, p.StartDate);
        }
        foreach (var p in data.CinPlans)
        {
            Common("cin_plans", p.CinPlanId, p.ChildId, p.Team, p.StartDate, p.EndDate, ("start date", p.StartDate), ("end date", p.EndDate));
            PlanReferral("cin_plans", p.CinPlanId, p.ChildId, p.Team, p.StartDate);
        }
        foreach (var e in data.LacEpisodes)
        {
            Common("lac_episodes", e.EpisodeId, e.ChildId, null, e.StartDate, e.EndDate, ("start date", e.StartDate), ("end date", e.EndDate));
            if (!Ssda903Codes.LegalStatus.ContainsKey(e.LegalStatus))
            {
                Issue("DQ_LAC_LEGAL_STATUS_INVALID", "lac_episodes", e.EpisodeId, e.ChildId, null, e.StartDate, $"episode {e.EpisodeId}: legal status '{e.LegalStatus}' is not an SSDA903 code.");
            }
            if (e.ReasonNewEpisode is null || !Ssda903Codes.ReasonNewEpisode.ContainsKey(e.ReasonNewEpisode))
            {
                Issue("DQ_LAC_RNE_INVALID", "lac_episodes", e.EpisodeId, e.ChildId, null, e.StartDate, $"episode {e.EpisodeId}: reason for new episode '{e.ReasonNewEpisode}' is not an SSDA903 code.");
            }
            if (e.ReasonCeased is { } rec && !Ssda903Codes.ReasonCeased.ContainsKey(rec))
            {
                Issue("DQ_LAC_REC_INVALID", "lac_episodes", e.EpisodeId, e.ChildId, null, e.StartDate, $"episode {e.EpisodeId}: reason ceased '{rec}' is not an SSDA903 code.");
            }
            if ((e.EndDate is null) != (e.ReasonCeased is null))
            {
                Issue("DQ_LAC_REC_END_MISMATCH", "lac_episodes", e.EpisodeId, e.ChildId, null, e.StartDate, e.EndDate is null
                    ? $"episode {e.EpisodeId}: reason ceased '{e.ReasonCeased}' but no end date."
                    : $"episode {e.EpisodeId}: ends {IsoFormat.Date(e.EndDate.Value)} with no reason ceased.");
            }
            if (e.PlacementDistanceMiles is { } miles && (miles < 0 || miles > options.MaxPlausibleDistanceMiles))
            {
                Issue("DQ_DISTANCE_IMPLAUSIBLE", "lac_episodes", e.EpisodeId, e.ChildId, null, e.StartDate, string.Create(CultureInfo.InvariantCulture, $"episode {e.EpisodeId}: placement distance {miles} miles is outside 0-{options.MaxPlausibleDistanceMiles}."));
            }
        }
        foreach (var m in data.MissingEpisodes)
        {
            var start = DateOnly.FromDateTime(m.StartDateTime);
            Common("missing_episodes", m.MissingId, m.ChildId, null, start, null, ("start", start), ("end", m.EndDateTime is { } e ? DateOnly.FromDateTime(e) : null));
            if (m.EndDateTime is { } end && end < m.StartDateTime)
            {
                Issue("DQ_MISSING_END_BEFORE_START", "missing_episodes", m.MissingId, m.ChildId, null, start, $"missing episode {m.MissingId}: ends {IsoFormat.ReadableDateTime(end)} before it starts {IsoFormat.ReadableDateTime(m.StartDateTime)}.");
            }
            if (m.RhiCompletedDateTime is { } rhi && m.EndDateTime is { } ret && rhi < ret)
            {
                Issue("DQ_RHI_BEFORE_RETURN", "missing_episodes", m.MissingId, m.ChildId, null, start, $"missing episode {m.MissingId}: interview {IsoFormat.ReadableDateTime(rhi)} before the return {IsoFormat.ReadableDateTime(ret)}.");
            }
        }
        foreach (var a in data.Advocacy)
        {
            Common("advocacy", a.AdvocacyId, a.ChildId, null, a.StartDate, a.EndDate, ("start date", a.StartDate), ("end date", a.EndDate));
        }
        foreach (var e in data.EarlyHelp)
        {
            Common("early_help", e.EarlyHelpId, e.ChildId, null, e.StartDate, e.EndDate, ("start date", e.StartDate), ("end date", e.EndDate));
        }

        Overlaps("cp_plans", "DQ_CP_PLAN_OVERLAP", data.CpPlans.Select(p => (p.CpPlanId, p.ChildId, p.Team, p.StartDate, p.EndDate)));
        Overlaps("cin_plans", "DQ_CIN_PLAN_OVERLAP", data.CinPlans.Select(p => (p.CinPlanId, p.ChildId, p.Team, p.StartDate, p.EndDate)));
        Overlaps("lac_episodes", "DQ_LAC_EPISODE_OVERLAP", data.LacEpisodes.Where(e => !e.IsShortBreak).Select(e => (e.EpisodeId, e.ChildId, (string?)null, e.StartDate, e.EndDate)));
        CinDuringCp();

        var month = IcpcRecordingOptions.LastCompleteMonth(x);
        var (months, trends) = Summarise(issues, records, month, options);
        return new DataQualityResult(Rules, issues, months, trends, month, Text(issues, months, trends, month, options));

        void PlanReferral(string table, string id, string child, string? team, DateOnly start)
        {
            if (checkReferrals && start >= referralWindowStart && (!firstReferral.TryGetValue(child, out var f) || f > start))
            {
                Issue("DQ_PLAN_WITHOUT_REFERRAL", table, id, child, team, start, $"{table} {id}: child {child} has no referral on or before the plan's start {IsoFormat.Date(start)}.");
            }
        }

        void Overlaps(string table, string rule, IEnumerable<(string Id, string Child, string? Team, DateOnly Start, DateOnly? End)> rows)
        {
            var sorted = rows.Where(r => r.End is null || r.End >= r.Start)
                .OrderBy(r => r.Child, StringComparer.Ordinal).ThenBy(r => r.Start).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            // compare each record with the latest-ending earlier record of the same child
            (string Id, string Child, string? Team, DateOnly Start, DateOnly? End)? latest = null;
            foreach (var cur in sorted)
            {
                if (latest is { } p && p.Child == cur.Child)
                {
                    // a record ending on the day the next starts is a hand-over, not an overlap
                    if (p.End is null || p.End.Value > cur.Start)
                    {
                        Issue(rule, table, cur.Id, cur.Child, cur.Team, cur.Start, $"{table} {cur.Id} (from {IsoFormat.Date(cur.Start)}) overlaps {p.Id} ({IsoFormat.Date(p.Start)} to {(p.End is { } e ? IsoFormat.Date(e) : "open")}) for child {cur.Child}.");
                    }
                    if (p.End is not null && (cur.End is null || cur.End.Value > p.End.Value))
                    {
                        latest = cur;
                    }
                }
                else
                {
                    latest = cur;
                }
            }
        }

        void CinDuringCp()
        {
            var cp = data.CpPlans.Where(p => p.EndDate is null || p.EndDate >= p.StartDate).ToLookup(p => p.ChildId, StringComparer.Ordinal);
            foreach (var c in data.CinPlans)
            {
                foreach (var p in cp[c.ChildId])
                {
                    if (p.StartDate < c.StartDate && (p.EndDate is null || p.EndDate.Value > c.StartDate))
                    {
                        Issue("DQ_CIN_PLAN_DURING_CP_PLAN", "cin_plans", c.CinPlanId, c.ChildId, c.Team, c.StartDate, $"CIN plan {c.CinPlanId} starts {IsoFormat.Date(c.StartDate)} while CP plan {p.CpPlanId} is open.");
                        break;
                    }
                }
            }
        }
    }

    private static IssueSeverity Severity(string rule)
    {
        foreach (var r in Rules)
        {
            if (r.Id == rule)
            {
                return r.Severity;
            }
        }
        throw new InvalidOperationException($"Rule {rule} is not in the rule set.");
    }

    private static (IReadOnlyList<DataQualityMonth>, IReadOnlyList<DataQualityTrend>) Summarise(
        List<DataQualityIssue> issues, Dictionary<(string Table, string Team, ReportingMonth Month), int> records, ReportingMonth last, DataQualityOptions options)
    {
        // distinct records with issues per key; errors and warnings counted per issue
        var withIssues = new Dictionary<(string, string, ReportingMonth), HashSet<string>>();
        var errors = new Dictionary<(string, string, ReportingMonth), (int E, int W)>();
        foreach (var i in issues)
        {
            if (i.Month is not { } m || i.Table == "children")
            {
                continue;
            }
            foreach (var team in i.Team == IcpcRecordingRules.NoTeam ? new[] { All } : [All, i.Team])
            {
                var k = (i.Table, team, m);
                if (!withIssues.TryGetValue(k, out var set))
                {
                    withIssues[k] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.Add(i.RecordId);
                var (e, w) = errors.GetValueOrDefault(k);
                errors[k] = i.Severity == IssueSeverity.Error ? (e + 1, w) : (e, w + (i.Severity == IssueSeverity.Warning ? 1 : 0));
            }
        }
        var months = records
            .Select(kv => new DataQualityMonth(kv.Key.Table, kv.Key.Team, kv.Key.Month, kv.Value,
                Math.Min(kv.Value, withIssues.TryGetValue(kv.Key, out var s) ? s.Count : 0),
                errors.GetValueOrDefault(kv.Key).E, errors.GetValueOrDefault(kv.Key).W))
            .OrderBy(m => m.Table, StringComparer.Ordinal).ThenBy(m => m.Team == All ? "" : m.Team, StringComparer.Ordinal).ThenBy(m => m.Month)
            .ToList();

        var first = last.PlusMonths(-(options.TrendMonths - 1));
        var raw = new List<(string Table, string Team, int N, int X, ProportionTrendResult R)>();
        foreach (var g in months.Where(m => m.Month >= first && m.Month <= last).GroupBy(m => (m.Table, m.Team)))
        {
            var x = new int[options.TrendMonths];
            var n = new int[options.TrendMonths];
            foreach (var m in g)
            {
                n[m.Month.Index - first.Index] = m.Records;
                x[m.Month.Index - first.Index] = m.RecordsWithIssues;
            }
            if (n.Sum() < 20 || n.Count(v => v > 0) < 6)
            {
                continue;
            }
            raw.Add((g.Key.Table, g.Key.Team, n.Sum(), x.Sum(), ProportionTrendTest.CochranArmitage(x, n)));
        }
        raw.Sort((a, b) => string.CompareOrdinal($"{a.Table}|{a.Team}", $"{b.Table}|{b.Team}"));
        var adjusted = MultipleTesting.Adjust([.. raw.Select(r => double.IsNaN(r.R.PValue) ? 1 : r.R.PValue)], PValueAdjustment.Holm);
        var trends = raw.Select((r, i) => new DataQualityTrend(r.Table, r.Team, first, last, r.N, r.X, 100 * r.R.Slope, r.R.Z, r.R.PValue, adjusted[i],
            adjusted[i] >= options.Alpha || !double.IsFinite(r.R.Slope) ? "no clear trend" : r.R.Slope > 0 ? "worsening" : "improving")).ToList();
        return (months, trends);
    }

    private static string Text(IReadOnlyList<DataQualityIssue> issues, IReadOnlyList<DataQualityMonth> months, IReadOnlyList<DataQualityTrend> trends, ReportingMonth month, DataQualityOptions options)
    {
        var sb = new StringBuilder();
        var errors = issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = issues.Count(i => i.Severity == IssueSeverity.Warning);
        if (issues.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"All {Rules.Count} data-quality rules pass on every record. ");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"The {Rules.Count} data-quality rules raised {Words.Count(errors, "error")} and {Words.Count(warnings, "warning")}. ");
            var top = issues.GroupBy(i => i.RuleId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ({g.Count()})"));
            sb.Append(CultureInfo.InvariantCulture, $"Most common: {string.Join(", ", top)}. ");
        }
        var thisMonth = months.Where(m => m.Team == All && m.Month == month).ToList();
        if (thisMonth.Count > 0)
        {
            var n = thisMonth.Sum(m => m.Records);
            var k = thisMonth.Sum(m => m.RecordsWithIssues);
            sb.Append(CultureInfo.InvariantCulture, $"In {Words.Month(month)} {k} of {n} records ({Words.Pct(n == 0 ? double.NaN : (double)k / n)}) had at least one issue. ");
        }
        var worse = trends.Where(t => t.Direction == "worsening").OrderBy(t => t.AdjustedPValue).ToList();
        var better = trends.Where(t => t.Direction == "improving").ToList();
        if (worse.Count == 0 && better.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Over the last {options.TrendMonths} months no table or team shows a clear trend in its error rate (Cochran–Armitage, Holm-adjusted across {trends.Count} tests at {Words.Pct(options.Alpha)}): recording is not getting measurably worse.");
        }
        else
        {
            if (worse.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"Recording is getting worse in {string.Join(", ", worse.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Table}{(t.Team == All ? "" : $" ({t.Team})")} ({Words.Num(t.SlopePointsPerMonth, "+0.##;-0.##")} points a month)")))}");
                sb.Append(better.Count > 0 ? "; " : ". ");
            }
            if (better.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{(worse.Count > 0 ? "it" : "Recording")} is improving in {string.Join(", ", better.Select(t => $"{t.Table}{(t.Team == All ? "" : $" ({t.Team})")}"))}. ");
            }
            sb.Append(CultureInfo.InvariantCulture, $"(Cochran–Armitage trend over the last {options.TrendMonths} months, Holm-adjusted across {trends.Count} tests at {Words.Pct(options.Alpha)}.)");
        }
        return sb.ToString().TrimEnd();
    }
}
