namespace Csc.Analysis.Data.Parsing;

/// <summary>
/// The rule ids raised by the shared CSV and field readers, with a format prefix so issues from
/// different formats can be told apart: prefix "CAN_" gives "CAN_DATE_FORMAT", "903_" gives
/// "903_DATE_FORMAT". docs/data-model.md lists what each means.
/// </summary>
public sealed record ParseRuleIds(string Prefix)
{
    /// <summary>A zero-byte file (no header row).</summary>
    public string EmptyFile => Prefix + "EMPTY_FILE";

    /// <summary>The header looks semicolon- or tab-delimited.</summary>
    public string Delimiter => Prefix + "DELIMITER";

    /// <summary>Required columns absent from the header: the file is not loaded.</summary>
    public string MissingColumns => Prefix + "MISSING_COLUMNS";

    /// <summary>Optional columns absent from the header (info: their values are blank).</summary>
    public string AbsentColumns => Prefix + "ABSENT_COLUMNS";

    /// <summary>A header column the format does not know (warning: ignored).</summary>
    public string UnknownColumn => Prefix + "UNKNOWN_COLUMN";

    /// <summary>A column named twice in the header (error: the file is not loaded).</summary>
    public string DuplicateColumn => Prefix + "DUPLICATE_COLUMN";

    /// <summary>A row whose number of fields differs from the header's.</summary>
    public string FieldCount => Prefix + "FIELD_COUNT";

    /// <summary>A quoted field that is never closed (runs to the end of the file): its line is skipped and reading resumes on the next.</summary>
    public string UnterminatedQuote => Prefix + "UNTERMINATED_QUOTE";

    /// <summary>A record longer than <see cref="CsvTableReader.MaxRecordBytes"/> (a quote never closed early in a large file): its first line is skipped and reading resumes on the next.</summary>
    public string RecordTooLong => Prefix + "RECORD_TOO_LONG";

    /// <summary>A header with no data rows: the table is empty (info).</summary>
    public string HeaderOnly => Prefix + "HEADER_ONLY";

    /// <summary>Rows whose every field is empty (",,,," as a spreadsheet saves unused rows): not data, skipped, counted in one info per file.</summary>
    public string BlankRows => Prefix + "BLANK_ROWS";

    /// <summary>A row holding NUL bytes (a binary file, or UTF-16 without a byte-order mark): not loaded.</summary>
    public string NulByte => Prefix + "NUL_BYTE";

    /// <summary>A value that is not a date in an accepted format, or is an impossible date.</summary>
    public string DateFormat => Prefix + "DATE_FORMAT";

    /// <summary>A value that is not a date and time in an accepted format.</summary>
    public string DateTimeFormat => Prefix + "DATETIME_FORMAT";

    /// <summary>A value that is not a yes/no flag: an error for a required flag; for an optional one a warning, the value read as blank and the row kept.</summary>
    public string FlagFormat => Prefix + "FLAG_FORMAT";

    /// <summary>A value that is not a number.</summary>
    public string NumberFormat => Prefix + "NUMBER_FORMAT";

    /// <summary>A value not in the column's code list.</summary>
    public string UnknownCode => Prefix + "UNKNOWN_CODE";

    /// <summary>A required value that is blank.</summary>
    public string MissingValue => Prefix + "MISSING_VALUE";

    /// <summary>Bytes that are not UTF-8 (typically an "ANSI" export from Excel): reported once per file.</summary>
    public string Encoding => Prefix + "ENCODING";

    /// <summary>A date after the extract date.</summary>
    public string FutureDate => Prefix + "FUTURE_DATE";
}
