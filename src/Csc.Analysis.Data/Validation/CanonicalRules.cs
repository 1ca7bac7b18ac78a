using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Validation;

/// <summary>
/// The rule ids of the canonical extract loader. Ids are stable (reports and issue files count by
/// them); docs/data-model.md lists them with the same meanings. Error means the row (or the whole
/// file, for header rules) is not loaded; Warning keeps the row; Info is for the record.
/// </summary>
public static class CanonicalRules
{
    /// <summary>The shared CSV and field rules with the "CAN_" prefix.</summary>
    public static ParseRuleIds Parse { get; } = new("CAN_");

    /// <summary>The folder has none of the canonical table files.</summary>
    public const string NoTables = "CAN_NO_TABLES";
    /// <summary>A table's file is absent; the table is empty. For children.csv, child ids are then not checked.</summary>
    public const string TableAbsent = "CAN_TABLE_ABSENT";
    /// <summary>A folder has a table file's name (referrals.csv is a folder): the table is empty and the KPIs it feeds are unreliable.</summary>
    public const string NotAFile = "CAN_NOT_A_FILE";
    /// <summary>A .csv file in the folder that is not a canonical table; ignored.</summary>
    public const string UnknownFile = "CAN_UNKNOWN_FILE";
    /// <summary>Two files whose names differ only in letter case (children.csv and Children.csv): the first in ordinal order is read, the other ignored.</summary>
    public const string DuplicateFile = "CAN_DUPLICATE_FILE";
    /// <summary>The row's id was already used on an earlier line of the same file; the later row is not loaded.</summary>
    public const string DuplicateId = "CAN_DUPLICATE_ID";
    /// <summary>The child_id is not in children.csv. The row is kept (events count without the child's details).</summary>
    public const string OrphanChild = "CAN_ORPHAN_CHILD";
    /// <summary>
    /// More than <c>LoadOptions.MaxOrphanChildShare</c> (10%) of a table's child ids are not in children.csv: the tables
    /// do not join (leading zeros lost, ids of another system). An error: the rows are kept, but every KPI that needs the
    /// child is unreliable and the run exits 1.
    /// </summary>
    public const string ChildIdsDoNotJoin = "CAN_CHILD_IDS_DO_NOT_JOIN";
    /// <summary>An end (end_date, authorised_date, end_datetime) before its start.</summary>
    public const string EndBeforeStart = "CAN_END_BEFORE_START";
    /// <summary>The shared rule <see cref="SharedRules.IcpcBeforeS47"/>: an ICPC before its strategy discussion.</summary>
    public const string IcpcBeforeS47 = SharedRules.IcpcBeforeS47Id;
    /// <summary>icpc_recorded_date before icpc_date: the record cannot be entered before the conference.</summary>
    public const string IcpcRecordedBeforeIcpc = "CAN_ICPC_RECORDED_BEFORE_ICPC";
    /// <summary>icpc_not_required is Y but an icpc_date is given; the enquiry counts as having no ICPC.</summary>
    public const string IcpcNotRequiredConflict = "CAN_ICPC_NOT_REQUIRED_CONFLICT";
    /// <summary>cp_plan_from_icpc is Y but icpc_date is blank: a conference was held without a recorded date; it is not counted as an ICPC.</summary>
    public const string IcpcDateMissing = "CAN_ICPC_DATE_MISSING";
    /// <summary>A negative placement distance; the distance is treated as unknown (blank), the episode is kept.</summary>
    public const string NegativeDistance = "CAN_NEGATIVE_DISTANCE";
    /// <summary>A placement distance above LoadOptions.MaxPlausibleDistanceMiles (600 by default); kept.</summary>
    public const string ImplausibleDistance = "CAN_IMPLAUSIBLE_DISTANCE";
    /// <summary>rhi_completed_datetime before the child's return (end_datetime); kept.</summary>
    public const string RhiBeforeReturn = "CAN_RHI_BEFORE_RETURN";

    /// <summary>previous_cp_plans is not a whole number of 0 or more (the plan is kept, the count treated as not recorded).</summary>
    public const string NotAWholeNumber = "CAN_NOT_A_WHOLE_NUMBER";

    /// <summary>A Parquet or DuckDB column of a type the kit cannot read (a list, a struct, binary, a time of day): its values are ignored.</summary>
    public const string ColumnType = "CAN_COLUMN_TYPE";

    /// <summary>A Parquet file or DuckDB table that cannot be read at all (not Parquet, damaged, locked): the table is empty.</summary>
    public const string TableUnreadable = "CAN_TABLE_UNREADABLE";

    /// <summary>A column mapping (--mapping) names an unknown table or column, a code not in the column's list, a bad date format, a source file that is not there, or leaves a required column unmapped: that table, column or value map is not used.</summary>
    public const string MappingInvalid = "CAN_MAPPING_INVALID";

    /// <summary>A source column the mapping names is not in the source file's header: the column is not read (and a table missing a required column is not loaded).</summary>
    public const string MappingSourceColumn = "CAN_MAPPING_SOURCE_COLUMN";

    /// <summary>A value of a mapped column that the mapping's value map does not list: it is read as given (a code column then reports it as CAN_UNKNOWN_CODE on each row).</summary>
    public const string MappingUnmappedValue = "CAN_MAPPING_UNMAPPED_VALUE";

    /// <summary>A row of a table with la_code whose la_code is blank or not a council code (a DfE number such as 311 or an ONS code such as E09000016); the row is not loaded.</summary>
    public const string CouncilCode = "CAN_COUNCIL_CODE";

    /// <summary>A table without la_code in a stack whose other tables have it: its rows belong to no council and are left out of every council's KPIs.</summary>
    public const string CouncilColumnAbsent = "CAN_COUNCIL_COLUMN_ABSENT";

    /// <summary>Every rule, in the order docs/data-model.md lists them.</summary>
    public static IReadOnlyList<DataRule> All { get; } =
    [
        new(Parse.EmptyFile, IssueSeverity.Error, "A zero-byte file (or only blank lines): expected a header row. No rows loaded from it."),
        new(Parse.Delimiter, IssueSeverity.Error, "The header is one column containing ';' or a tab: the file is semicolon- or tab-delimited. Canonical files are comma-separated. No rows loaded."),
        new(Parse.MissingColumns, IssueSeverity.Error, "Required columns are missing from the header (one issue per file naming them). No rows loaded."),
        new(Parse.DuplicateColumn, IssueSeverity.Error, "A column is named twice in the header. No rows loaded."),
        new(Parse.UnknownColumn, IssueSeverity.Warning, "A header column the table does not have; its values are ignored."),
        new(Parse.AbsentColumns, IssueSeverity.Info, "Optional columns absent from the header; their values are blank."),
        new(Parse.FieldCount, IssueSeverity.Error, "A row with more or fewer fields than the header (often an unquoted comma). When a stray quote made the row run over several lines, only its first line is rejected and reading resumes on the next."),
        new(Parse.UnterminatedQuote, IssueSeverity.Error, "A quoted field that is never closed: the line it starts on is not loaded and reading resumes on the next line (so one stray quote costs one row)."),
        new(Parse.RecordTooLong, IssueSeverity.Error, "A record that runs on past 1 MiB (a quote never closed early in a large file, or a file that is not text): the line it starts on is not loaded and reading resumes on the next line, so memory stays bounded whatever the file's size."),
        new(Parse.NulByte, IssueSeverity.Error, "A row holding NUL bytes (a binary file, or UTF-16 saved without a byte-order mark); the row is not loaded."),
        new(Parse.BlankRows, IssueSeverity.Info, "Rows whose every field is empty (',,,,' as a spreadsheet saves unused rows): not data, so skipped and not counted as rows read; one issue per file gives their number and the first one's line. Empty lines are passed over without an issue."),
        new(Parse.HeaderOnly, IssueSeverity.Info, "The file has a header but no data rows: the table is empty."),
        new(Parse.Encoding, IssueSeverity.Warning, "Bytes that are not UTF-8 (an 'ANSI' export): reported once per file; the rows are kept but such characters are replaced. A UTF-16 file without a byte-order mark is recognised, read as UTF-16 and reported on line 1. Save as 'CSV UTF-8'."),
        new(Parse.MissingValue, IssueSeverity.Error, "A required value (an id, the child id, a start date, an outcome, ...) is blank."),
        new(Parse.DateFormat, IssueSeverity.Error, "Not a date in yyyy-MM-dd or dd/MM/yyyy, or an impossible date such as 31/02/2017 or 2017-02-29."),
        new(Parse.DateTimeFormat, IssueSeverity.Error, "Not a date-time in yyyy-MM-ddTHH:mm (seconds optional, 'T' or a space)."),
        new(Parse.FlagFormat, IssueSeverity.Warning, "Not a flag: Y, N (also Yes, No, 1, 0, true, false). Every canonical flag is optional, so the value is read as blank (see Blank flags below) and the row is kept."),
        new(Parse.NumberFormat, IssueSeverity.Error, "Not an invariant number (digits, optional '.' decimal point)."),
        new(Parse.UnknownCode, IssueSeverity.Error, "A code not in the column's list. Error (row not loaded) for outcome, brag_rating, missing_or_absent and route; Warning (value kept as given) for the SSDA903 codes and CP categories."),
        new(Parse.FutureDate, IssueSeverity.Error, "A date after the extract date (--extract-date / LoadOptions.ExtractDate)."),
        new(NoTables, IssueSeverity.Error, "The folder has none of the canonical table files."),
        new(NotAFile, IssueSeverity.Error, "A folder has a table file's name (referrals.csv is a folder): the table is empty and the KPIs it feeds are unreliable."),
        new(TableAbsent, IssueSeverity.Info, "A table's file is absent; the table is empty. For children.csv, child ids are then not checked."),
        new(UnknownFile, IssueSeverity.Info, "A .csv file in the folder that is not a canonical table; ignored."),
        new(DuplicateFile, IssueSeverity.Warning, "Two files whose names differ only in letter case (children.csv and Children.csv): the first in ordinal order is read, the other ignored."),
        new(DuplicateId, IssueSeverity.Error, "The row's id was already used on an earlier line of the same file; the later row is not loaded."),
        new(OrphanChild, IssueSeverity.Warning, "The child_id is not in children.csv. The row is kept (events count without the child's details)."),
        new(ChildIdsDoNotJoin, IssueSeverity.Error, "More than 10% (LoadOptions.MaxOrphanChildShare) of a table's child ids are not in children.csv: the tables do not join (leading zeros lost, another system's ids). The rows are kept; the run exits 1."),
        new(EndBeforeStart, IssueSeverity.Error, "An end (end_date, authorised_date, end_datetime) before its start."),
        SharedRules.IcpcBeforeS47,
        SharedRules.DateAfterDataEnd,
        new(IcpcRecordedBeforeIcpc, IssueSeverity.Warning, "icpc_recorded_date before icpc_date: the record cannot be entered before the conference."),
        new(IcpcNotRequiredConflict, IssueSeverity.Warning, "icpc_not_required is Y but an icpc_date is given; the enquiry counts as having no ICPC."),
        new(IcpcDateMissing, IssueSeverity.Warning, "cp_plan_from_icpc is Y but icpc_date is blank: a conference was held without a recorded date; it is not counted as an ICPC."),
        new(NegativeDistance, IssueSeverity.Warning, "A negative placement distance; the distance is treated as unknown (blank), the episode is kept."),
        new(ImplausibleDistance, IssueSeverity.Warning, "A placement distance above LoadOptions.MaxPlausibleDistanceMiles (600 by default); kept."),
        new(RhiBeforeReturn, IssueSeverity.Warning, "rhi_completed_datetime before the child's return (end_datetime); kept."),
        new(NotAWholeNumber, IssueSeverity.Warning, "previous_cp_plans is not a whole number of 0 or more; treated as not recorded, the plan is kept."),
        new(ColumnType, IssueSeverity.Warning, "A Parquet or DuckDB column of a type the kit cannot read (a list, a struct, binary, a time of day): its values are ignored (a required column is then missing)."),
        new(MappingInvalid, IssueSeverity.Error, "A column mapping (--mapping) names an unknown table or column, a code not in the column's list, a bad date format, a source file that is not there, or leaves a required column unmapped: that table, column or value map is not used. The issue names the mapping file and line."),
        new(MappingSourceColumn, IssueSeverity.Error, "A source column the mapping names is not in the source file's header: the column is not read (a table missing a required column is not loaded)."),
        new(MappingUnmappedValue, IssueSeverity.Info, "A value of a mapped column that the mapping's value map does not list (one issue per value, with its count and first line): it is read as given, so a code column also reports it on each row (CAN_UNKNOWN_CODE)."),
        new(TableUnreadable, IssueSeverity.Error, "A Parquet file or DuckDB table that cannot be read at all (not Parquet, damaged, locked): the table is empty and the KPIs it feeds are unreliable."),
        new(CouncilCode, IssueSeverity.Error, "In a table with la_code (a stack of councils), a row whose la_code is blank or not a council code (a DfE number such as 311 or an ONS code such as E09000016): the row is not loaded."),
        new(CouncilColumnAbsent, IssueSeverity.Warning, "A table without la_code when other tables have it: its rows belong to no council and are left out of every council's KPIs (events.csv excepted: every council shares its events). Add la_code to it."),
    ];
}
