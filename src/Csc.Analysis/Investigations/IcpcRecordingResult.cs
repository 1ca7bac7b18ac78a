using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>Everything the ICPC recording investigation produced.</summary>
public sealed record IcpcRecordingResult
{
    /// <summary>The month the KPI is reported for.</summary>
    public required ReportingMonth Month { get; init; }

    /// <summary>The analysis (extract) date.</summary>
    public required DateOnly AnalysisDate { get; init; }

    /// <summary>The rules evaluated.</summary>
    public required IReadOnlyList<RecordingRule> Rules { get; init; }

    /// <summary>Every row a rule flagged.</summary>
    public required IReadOnlyList<RuleObservation> FlaggedRows { get; init; }

    /// <summary>Eligible and flagged rows per rule, group and month.</summary>
    public required IReadOnlyList<RuleMonthCount> Counts { get; init; }

    /// <summary>Every step test run, with the nesting applied.</summary>
    public required IReadOnlyList<RecordingPattern> Patterns { get; init; }

    /// <summary>The systematic patterns, most explaining first.</summary>
    public required IReadOnlyList<RecordingFinding> Findings { get; init; }

    /// <summary>The KPI by month, recorded and corrected.</summary>
    public required IReadOnlyList<TimelinessComparisonRow> Timeliness { get; init; }

    /// <summary>The KPI in <see cref="Month"/> as recorded (NaN without conferences).</summary>
    public required double RecordedPct { get; init; }

    /// <summary>The KPI in <see cref="Month"/> corrected.</summary>
    public required double CorrectedPct { get; init; }

    /// <summary>The KPI in the month before as recorded.</summary>
    public required double PreviousRecordedPct { get; init; }

    /// <summary>The KPI in the month before corrected.</summary>
    public required double PreviousCorrectedPct { get; init; }

    /// <summary>The number of step tests (the size of the multiple-testing family).</summary>
    public required int TestsRun { get; init; }

    /// <summary>The finding in a paragraph.</summary>
    public required string Finding { get; init; }

    /// <summary>The flagged rows as a table.</summary>
    public ITabular FlaggedRowsTable => Tabular.Of(FlaggedRows,
        ["rule", "record_id", "child_id", "team", "worker", "month", "strategy_discussion_date", "icpc_date", "icpc_recorded_date", "cp_plan_start_date", "detail"],
        r => [r.RuleId, r.RecordId, r.ChildId, r.Team, r.Worker, r.Month, r.StrategyDiscussionDate, r.IcpcDate, r.IcpcRecordedDate, r.CpPlanStartDate, r.Detail]);

    /// <summary>The monthly counts as a table.</summary>
    public ITabular CountsTable => Tabular.Of(Counts,
        ["rule", "group_by", "group", "month", "eligible", "flagged", "share"],
        c => [c.RuleId, KpiDimensions.Id(c.GroupBy), c.Group, c.Month, c.Eligible, c.Flagged, c.Share]);

    /// <summary>The step tests as a table.</summary>
    public ITabular PatternsTable => Tabular.Of(Patterns,
        ["rule", "group_by", "group", "start_month", "share_before", "share_after", "flagged_after", "eligible_after", "eligible_total", "likelihood_ratio", "p_value", "adjusted_p_value", "systematic", "coinciding_events", "note"],
        p => [p.RuleId, KpiDimensions.Id(p.GroupBy), p.Group, p.StartMonth, p.ShareBefore, p.ShareAfter, p.FlaggedAfter, p.EligibleAfter, p.EligibleTotal, p.LikelihoodRatio, p.PValue, p.AdjustedPValue, p.Systematic, string.Join("; ", p.CoincidingEvents.Select(e => e.Label)), p.Note]);

    /// <summary>The findings as a table.</summary>
    public ITabular FindingsTable => Tabular.Of(Findings,
        ["rule", "description", "group_by", "group", "start_month", "rows_flagged", "explained_points", "finding"],
        f => [f.Rule.Id, f.Rule.Description, KpiDimensions.Id(f.Pattern.GroupBy), f.Pattern.Group, f.Pattern.StartMonth, f.RowsFlagged, f.ExplainedPoints, f.Text]);

    /// <summary>The recorded and corrected KPI by month as a table.</summary>
    public ITabular TimelinessTable => Tabular.Of(Timeliness,
        ["month", "recorded_conferences", "recorded_within", "recorded_pct", "corrected_conferences", "corrected_within", "corrected_pct", "lag_estimated_conferences", "lag_estimated_within", "lag_estimated_pct", "prior_rate_conferences", "prior_rate_within", "prior_rate_pct", "excluded_conferences", "excluded_within", "excluded_pct"],
        t => [t.Month, t.RecordedConferences, t.RecordedWithin, t.RecordedPct, t.CorrectedConferences, t.CorrectedWithin, t.CorrectedPct, t.LagEstimatedConferences, t.LagEstimatedWithin, t.LagEstimatedPct, t.PriorRateConferences, t.PriorRateWithin, t.PriorRatePct, t.ExcludedConferences, t.ExcludedWithin, t.ExcludedPct]);
}
