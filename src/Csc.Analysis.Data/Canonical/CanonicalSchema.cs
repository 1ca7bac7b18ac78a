using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Canonical;

/// <summary>
/// One table of the canonical extract: its file name, every column in the order the writer uses,
/// and the columns that must be in the header (those whose values are required). docs/data-model.md
/// documents each column.
/// </summary>
public sealed record CanonicalTable(CaseTable Kind, string FileName, IReadOnlyList<string> Columns, IReadOnlyList<string> RequiredColumns)
{
    /// <summary>The schema the CSV reader checks headers against.</summary>
    public CsvTableSchema Schema { get; } = new(RequiredColumns, [.. Columns.Where(c => !RequiredColumns.Contains(c) && !CanonicalSchema.ExtensionColumns.ContainsKey(c))])
    {
        Extension = [.. Columns.Where(CanonicalSchema.ExtensionColumns.ContainsKey), CanonicalSchema.CouncilColumn],
    };
}

/// <summary>The canonical extract's tables, in the canonical order (children first).</summary>
public static class CanonicalSchema
{
    /// <summary>
    /// The column any table may carry in a stack of councils: the council's code (<see cref="CouncilCode"/>). It is not
    /// one of a table's <see cref="CanonicalTable.Columns"/>: a table without it loads as before, without a note, and the
    /// writer writes it (first) only for data whose rows name their councils.
    /// </summary>
    public const string CouncilColumn = "la_code";

    /// <summary>Optional columns added for the national measures; an extract without them loads without a note (the KPIs they feed say they are unavailable).</summary>
    /// <remarks>Each column name is used by one table only, so the name alone says which field it carries.</remarks>
    public static IReadOnlyDictionary<string, OptionalField> ExtensionColumns { get; } = new Dictionary<string, OptionalField>(StringComparer.Ordinal)
    {
        ["uasc"] = OptionalField.ChildUasc,
        ["closure_date"] = OptionalField.ReferralClosureDate,
        ["reason_for_closure"] = OptionalField.ReferralReasonForClosure,
        ["primary_need_code"] = OptionalField.ReferralPrimaryNeed,
        ["previous_cp_plans"] = OptionalField.CpPlanPreviousPlans,
    };

    /// <summary>The children.csv table.</summary>
    public static CanonicalTable Children { get; } = new(CaseTable.Children, "children.csv",
        ["child_id", "sex", "date_of_birth", "ethnicity", "disability", "home_postcode", "uasc"],
        ["child_id"]);

    /// <summary>The contacts.csv table.</summary>
    public static CanonicalTable Contacts { get; } = new(CaseTable.Contacts, "contacts.csv",
        ["contact_id", "child_id", "contact_date", "source", "brag_rating", "outcome", "team"],
        ["contact_id", "child_id", "contact_date", "outcome"]);

    /// <summary>The referrals.csv table.</summary>
    public static CanonicalTable Referrals { get; } = new(CaseTable.Referrals, "referrals.csv",
        ["referral_id", "child_id", "referral_date", "source", "nfa", "team", "worker", "closure_date", "reason_for_closure", "primary_need_code"],
        ["referral_id", "child_id", "referral_date"]);

    /// <summary>The assessments.csv table.</summary>
    public static CanonicalTable Assessments { get; } = new(CaseTable.Assessments, "assessments.csv",
        ["assessment_id", "child_id", "referral_id", "start_date", "authorised_date", "outcome", "team", "worker"],
        ["assessment_id", "child_id", "start_date"]);

    /// <summary>The section47.csv table.</summary>
    public static CanonicalTable Section47 { get; } = new(CaseTable.Section47, "section47.csv",
        ["s47_id", "child_id", "strategy_discussion_date", "icpc_not_required", "icpc_date", "icpc_recorded_date", "cp_plan_from_icpc", "team", "worker"],
        ["s47_id", "child_id", "strategy_discussion_date"]);

    /// <summary>The cp_plans.csv table.</summary>
    public static CanonicalTable CpPlans { get; } = new(CaseTable.CpPlans, "cp_plans.csv",
        ["cp_plan_id", "child_id", "start_date", "end_date", "initial_category", "latest_category", "team", "worker", "previous_cp_plans"],
        ["cp_plan_id", "child_id", "start_date"]);

    /// <summary>The cp_visits.csv table.</summary>
    public static CanonicalTable CpVisits { get; } = new(CaseTable.CpVisits, "cp_visits.csv",
        ["visit_id", "child_id", "visit_date", "seen_alone", "worker"],
        ["visit_id", "child_id", "visit_date"]);

    /// <summary>The cin_plans.csv table.</summary>
    public static CanonicalTable CinPlans { get; } = new(CaseTable.CinPlans, "cin_plans.csv",
        ["cin_plan_id", "child_id", "start_date", "end_date", "team", "worker"],
        ["cin_plan_id", "child_id", "start_date"]);

    /// <summary>The lac_episodes.csv table.</summary>
    public static CanonicalTable LacEpisodes { get; } = new(CaseTable.LacEpisodes, "lac_episodes.csv",
        ["episode_id", "child_id", "start_date", "end_date", "reason_new_episode", "legal_status", "category_of_need",
         "placement_type", "placement_provider", "placement_postcode", "placement_distance_miles", "placement_inside_la", "reason_ceased"],
        ["episode_id", "child_id", "start_date", "legal_status"]);

    /// <summary>The missing_episodes.csv table.</summary>
    public static CanonicalTable MissingEpisodes { get; } = new(CaseTable.MissingEpisodes, "missing_episodes.csv",
        ["missing_id", "child_id", "start_datetime", "end_datetime", "missing_or_absent", "rhi_offered", "rhi_completed_datetime"],
        ["missing_id", "child_id", "start_datetime", "missing_or_absent"]);

    /// <summary>The advocacy.csv table.</summary>
    public static CanonicalTable Advocacy { get; } = new(CaseTable.Advocacy, "advocacy.csv",
        ["advocacy_id", "child_id", "start_date", "end_date"],
        ["advocacy_id", "child_id", "start_date"]);

    /// <summary>The early_help.csv table.</summary>
    public static CanonicalTable EarlyHelp { get; } = new(CaseTable.EarlyHelp, "early_help.csv",
        ["early_help_id", "child_id", "start_date", "end_date", "route"],
        ["early_help_id", "child_id", "start_date", "route"]);

    /// <summary>The events.csv table.</summary>
    public static CanonicalTable Events { get; } = new(CaseTable.Events, "events.csv",
        ["date", "end_date", "label", "category"],
        ["date", "label"]);

    /// <summary>Child protection review conferences (optional).</summary>
    public static CanonicalTable CpReviews { get; } = new(CaseTable.CpReviews, "cp_reviews.csv",
        ["cp_review_id", "cp_plan_id", "child_id", "review_date"],
        ["cp_review_id", "cp_plan_id", "child_id", "review_date"]);

    /// <summary>Looked-after children's reviews (optional).</summary>
    public static CanonicalTable LacReviews { get; } = new(CaseTable.LacReviews, "lac_reviews.csv",
        ["lac_review_id", "child_id", "review_date"],
        ["lac_review_id", "child_id", "review_date"]);

    /// <summary>Health assessments and dental checks of looked-after children (optional).</summary>
    public static CanonicalTable LacHealth { get; } = new(CaseTable.LacHealth, "lac_health.csv",
        ["health_check_id", "child_id", "check_type", "check_date", "status"],
        ["health_check_id", "child_id", "check_type", "check_date", "status"]);

    /// <summary>Care leavers around their 17th to 21st birthdays (optional; the SSDA903 OC3 table).</summary>
    public static CanonicalTable CareLeavers { get; } = new(CaseTable.CareLeavers, "care_leavers.csv",
        ["care_leaver_id", "child_id", "birthday_date", "in_touch", "activity", "accommodation", "accommodation_suitable"],
        ["care_leaver_id", "child_id", "birthday_date", "in_touch"]);

    /// <summary>Mid-year population estimates of children aged 0 to 17 (optional).</summary>
    public static CanonicalTable Population { get; } = new(CaseTable.Population, "population.csv",
        ["year", "aged_0_17"],
        ["year", "aged_0_17"]);

    /// <summary>The tables every extract is written with (header only when empty); the others are written only when the data carries them.</summary>
    public static IReadOnlyList<CanonicalTable> CoreTables { get; } =
    [
        Children, Contacts, Referrals, Assessments, Section47, CpPlans, CpVisits, CinPlans,
        LacEpisodes, MissingEpisodes, Advocacy, EarlyHelp, Events,
    ];

    private static readonly HashSet<string> FlagColumns = new(StringComparer.Ordinal)
    {
        "uasc", "nfa", "icpc_not_required", "cp_plan_from_icpc", "seen_alone", "placement_inside_la", "rhi_offered", "accommodation_suitable",
    };

    private static readonly HashSet<string> IntegerColumns = new(StringComparer.Ordinal) { "previous_cp_plans", "year", "aged_0_17" };

    /// <summary>
    /// The type of a canonical column (docs/data-model.md, "Types"): what a typed source (Parquet, DuckDB) stores it as
    /// and how a typed value is read back. Columns named date, *_date or date_of_birth are dates; *_datetime date-times;
    /// the yes/no columns flags; previous_cp_plans, year and aged_0_17 whole numbers; placement_distance_miles a number;
    /// the rest (ids, codes, names) text.
    /// </summary>
    public static CanonicalColumnKind KindOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column switch
        {
            _ when column.EndsWith("_datetime", StringComparison.Ordinal) => CanonicalColumnKind.DateTime,
            "date" or "date_of_birth" => CanonicalColumnKind.Date,
            _ when column.EndsWith("_date", StringComparison.Ordinal) => CanonicalColumnKind.Date,
            _ when FlagColumns.Contains(column) => CanonicalColumnKind.Flag,
            _ when IntegerColumns.Contains(column) => CanonicalColumnKind.WholeNumber,
            "placement_distance_miles" => CanonicalColumnKind.Number,
            _ => CanonicalColumnKind.Text,
        };
    }

    /// <summary>Every table in the canonical order: the core tables, then the optional ones.</summary>
    public static IReadOnlyList<CanonicalTable> Tables { get; } = [.. CoreTables, CpReviews, LacReviews, LacHealth, CareLeavers, Population];
}

/// <summary>The type of a canonical column, as a typed source (Parquet, DuckDB) stores it.</summary>
public enum CanonicalColumnKind
{
    /// <summary>Text: ids, codes, names (Parquet string, DuckDB VARCHAR).</summary>
    Text,

    /// <summary>A calendar date (Parquet DATE, DuckDB DATE).</summary>
    Date,

    /// <summary>A wall-clock date and time without a time zone (Parquet TIMESTAMP, DuckDB TIMESTAMP).</summary>
    DateTime,

    /// <summary>A yes/no flag (Parquet and DuckDB BOOLEAN).</summary>
    Flag,

    /// <summary>A whole number (Parquet INT32, DuckDB INTEGER).</summary>
    WholeNumber,

    /// <summary>A number with decimals (Parquet and DuckDB DOUBLE).</summary>
    Number,
}
