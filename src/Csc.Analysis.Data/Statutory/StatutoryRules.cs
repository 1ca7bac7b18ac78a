namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// The rule ids the statutory loaders raise (docs/statutory-formats.md lists them with their
/// severity). Issues can be counted and filtered by these ids.
/// </summary>
public static class StatutoryRules
{
    /// <summary>A file or sheet with no header row or no content at all.</summary>
    public const string FileEmpty = "FILE_EMPTY";

    /// <summary>A file that cannot be opened or parsed at all (not a zip, malformed workbook, IO error).</summary>
    public const string FileUnreadable = "FILE_UNREADABLE";

    /// <summary>A CSV header that looks separated by semicolons, tabs or pipes rather than commas.</summary>
    public const string CsvDelimiter = "CSV_DELIMITER";

    /// <summary>A CSV record that is malformed (stray quote, wrong field count).</summary>
    public const string CsvMalformed = "CSV_MALFORMED";

    /// <summary>A CSV file or sheet that matches no known SSDA903 table or Annex A list.</summary>
    public const string TableUnknown = "TABLE_UNKNOWN";

    /// <summary>A required column is absent.</summary>
    public const string ColumnMissing = "COLUMN_MISSING";

    /// <summary>A column the format does not define (ignored).</summary>
    public const string ColumnUnknown = "COLUMN_UNKNOWN";

    /// <summary>The same column appears twice in a header (the first is used).</summary>
    public const string ColumnDuplicate = "COLUMN_DUPLICATE";

    /// <summary>A required value is blank.</summary>
    public const string ValueMissing = "VALUE_MISSING";

    /// <summary>A date that cannot be read.</summary>
    public const string DateFormat = "DATE_FORMAT";

    /// <summary>A date written in another accepted format than the one the specification asks for (read anyway).</summary>
    public const string DateFormatVariant = "DATE_FORMAT_VARIANT";

    /// <summary>A date after the extract date.</summary>
    public const string DateFuture = "DATE_FUTURE";

    /// <summary>An end date before its start date.</summary>
    public const string DateOrder = "DATE_ORDER";

    /// <summary>A yes/no value that is not one of the accepted spellings.</summary>
    public const string FlagFormat = "FLAG_FORMAT";

    /// <summary>A number that cannot be read.</summary>
    public const string NumberFormat = "NUMBER_FORMAT";

    /// <summary>A code outside the specification's code list (kept as written).</summary>
    public const string CodeUnknown = "CODE_UNKNOWN";

    /// <summary>A record whose identifier repeats an earlier one (the later record is rejected).</summary>
    public const string DuplicateId = "DUPLICATE_ID";

    /// <summary>An episode, missing episode or table row whose child is not in the header table.</summary>
    public const string ChildNotInHeader = "CHILD_NOT_IN_HEADER";

    /// <summary>The same child appears in several lists with different details (the first is kept).</summary>
    public const string ChildConflict = "CHILD_CONFLICT";

    /// <summary>A table, list or field that was read and validated but has no place in the domain model.</summary>
    public const string NotMapped = "NOT_MAPPED";

    /// <summary>A value the format does not carry (left null in the domain model).</summary>
    public const string NotCarried = "NOT_CARRIED";

    /// <summary>An identifier the kit made up because the format has none.</summary>
    public const string IdSynthesised = "ID_SYNTHESISED";

    /// <summary>XML that is not well formed (including a truncated file).</summary>
    public const string XmlMalformed = "XML_MALFORMED";

    /// <summary>Well-formed XML that is not a CIN census message.</summary>
    public const string XmlNotCinCensus = "XML_NOT_CIN_CENSUS";

    /// <summary>An element the CIN census loader does not know (skipped).</summary>
    public const string XmlUnknownElement = "XML_UNKNOWN_ELEMENT";

    /// <summary>Stray text between elements of a CIN census file (ignored).</summary>
    public const string XmlStrayText = "XML_STRAY_TEXT";

    /// <summary>An element of a CIN census file nested deeper than any real return needs (skipped, so that hostile nesting cannot exhaust time or stack).</summary>
    public const string XmlTooDeep = "XML_TOO_DEEP";

    /// <summary>A worksheet that is not one of the Annex A lists (guidance, codes, front sheet).</summary>
    public const string SheetIgnored = "SHEET_IGNORED";

    /// <summary>An Annex A list the workbook or folder does not have.</summary>
    public const string ListMissing = "LIST_MISSING";

    /// <summary>A spreadsheet cell holding an Excel error such as #N/A (read as blank).</summary>
    public const string ExcelError = "EXCEL_ERROR";

    /// <summary>A row of a stacked file (a council column such as LA or la_code) whose council is blank or not a council code; the row is not loaded.</summary>
    public const string CouncilCode = "COUNCIL_CODE";

    /// <summary>A file without a council column beside files that have one: its rows belong to no council and it is not read.</summary>
    public const string CouncilColumnAbsent = "COUNCIL_COLUMN_ABSENT";
}
