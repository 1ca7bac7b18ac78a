using Csc.Analysis.Data.Parsing;

namespace Csc.Analysis.Data.Canonical;

/// <summary>
/// One table of the canonical extract: its file name, every column in the order the writer uses,
/// and the columns that must be in the header (those whose values are required). docs/data-model.md
/// documents each column.
/// </summary>
public sealed record CanonicalTable(string FileName, IReadOnlyList<string> Columns, IReadOnlyList<string> RequiredColumns)
{
    /// <summary>The schema the CSV reader checks headers against.</summary>
    public CsvTableSchema Schema { get; } = new(RequiredColumns, [.. Columns.Where(c => !RequiredColumns.Contains(c))]);
}

/// <summary>The canonical extract's tables, in the canonical order (children first).</summary>
public static class CanonicalSchema
{
    public static CanonicalTable Children { get; } = new("children.csv",
        ["child_id", "sex", "date_of_birth", "ethnicity", "disability", "home_postcode"],
        ["child_id"]);

    public static CanonicalTable Contacts { get; } = new("contacts.csv",
        ["contact_id", "child_id", "contact_date", "source", "brag_rating", "outcome", "team"],
        ["contact_id", "child_id", "contact_date", "outcome"]);

    public static CanonicalTable Referrals { get; } = new("referrals.csv",
        ["referral_id", "child_id", "referral_date", "source", "nfa", "team", "worker"],
        ["referral_id", "child_id", "referral_date"]);

    public static CanonicalTable Assessments { get; } = new("assessments.csv",
        ["assessment_id", "child_id", "referral_id", "start_date", "authorised_date", "outcome", "team", "worker"],
        ["assessment_id", "child_id", "start_date"]);

    public static CanonicalTable Section47 { get; } = new("section47.csv",
        ["s47_id", "child_id", "strategy_discussion_date", "icpc_not_required", "icpc_date", "icpc_recorded_date", "cp_plan_from_icpc", "team", "worker"],
        ["s47_id", "child_id", "strategy_discussion_date"]);

    public static CanonicalTable CpPlans { get; } = new("cp_plans.csv",
        ["cp_plan_id", "child_id", "start_date", "end_date", "initial_category", "latest_category", "team", "worker"],
        ["cp_plan_id", "child_id", "start_date"]);

    public static CanonicalTable CpVisits { get; } = new("cp_visits.csv",
        ["visit_id", "child_id", "visit_date", "seen_alone", "worker"],
        ["visit_id", "child_id", "visit_date"]);

    public static CanonicalTable CinPlans { get; } = new("cin_plans.csv",
        ["cin_plan_id", "child_id", "start_date", "end_date", "team", "worker"],
        ["cin_plan_id", "child_id", "start_date"]);

    public static CanonicalTable LacEpisodes { get; } = new("lac_episodes.csv",
        ["episode_id", "child_id", "start_date", "end_date", "reason_new_episode", "legal_status", "category_of_need",
         "placement_type", "placement_provider", "placement_postcode", "placement_distance_miles", "placement_inside_la", "reason_ceased"],
        ["episode_id", "child_id", "start_date", "legal_status"]);

    public static CanonicalTable MissingEpisodes { get; } = new("missing_episodes.csv",
        ["missing_id", "child_id", "start_datetime", "end_datetime", "missing_or_absent", "rhi_offered", "rhi_completed_datetime"],
        ["missing_id", "child_id", "start_datetime", "missing_or_absent"]);

    public static CanonicalTable Advocacy { get; } = new("advocacy.csv",
        ["advocacy_id", "child_id", "start_date", "end_date"],
        ["advocacy_id", "child_id", "start_date"]);

    public static CanonicalTable EarlyHelp { get; } = new("early_help.csv",
        ["early_help_id", "child_id", "start_date", "end_date", "route"],
        ["early_help_id", "child_id", "start_date", "route"]);

    public static CanonicalTable Events { get; } = new("events.csv",
        ["date", "end_date", "label", "category"],
        ["date", "label"]);

    /// <summary>Every table in the canonical order.</summary>
    public static IReadOnlyList<CanonicalTable> Tables { get; } =
    [
        Children, Contacts, Referrals, Assessments, Section47, CpPlans, CpVisits, CinPlans,
        LacEpisodes, MissingEpisodes, Advocacy, EarlyHelp, Events,
    ];
}
