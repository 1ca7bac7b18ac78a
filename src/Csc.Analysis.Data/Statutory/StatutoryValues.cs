using System.Globalization;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Xlsx;

namespace Csc.Analysis.Data.Statutory;

/// <summary>Culture-invariant readers for the values statutory files hold (dates, yes/no flags, coded labels).</summary>
internal static class StatutoryValues
{
    private static readonly string[] VariantFormats =
    [
        "d/M/yyyy", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
        "d-MMM-yyyy", "dd-MMM-yyyy", "d MMM yyyy", "dd MMM yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "yyyy/MM/dd",
    ];

    /// <summary>Other unambiguous spellings met in exported files (ISO, with a time of day, month names).</summary>
    public static bool TryParseVariantDate(string text, out DateOnly date)
    {
        text = text.Trim();
        if (DateTime.TryParseExact(text, VariantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>An Excel serial date (1900 system): 1 is 1900-01-01; serials before 61 are rejected (Excel's 1900 leap-year bug).</summary>
    public static bool TryFromExcelSerial(double serial, out DateOnly date)
    {
        date = default;
        if (double.IsNaN(serial) || serial < 61 || serial >= 2958466)
        {
            return false;
        }
        date = XlsxWriter.FromExcelSerial(serial);
        return true;
    }

    /// <summary>The Excel serial of a date (whole days since 1899-12-30).</summary>
    public static int ToExcelSerial(DateOnly date) => XlsxWriter.ToExcelSerial(date);

    /// <summary>
    /// Yes/no in the spellings statutory files use: 1/0, true/false, Y/N, Yes/No and Annex A's
    /// "a) Yes" / "b) No". Null when the text is none of these.
    /// </summary>
    public static bool? TryParseFlag(string text)
        => FieldParsers.TryParseFlag(StripListPrefix(text), FlagStyles.Any, out var value) ? value : null;

    /// <summary>Removes an Annex A ordering prefix such as "a) " or "aa) " from a coded label.</summary>
    public static string StripListPrefix(string text)
    {
        var t = text.TrimStart();
        var close = t.IndexOf(')');
        if (close is >= 1 and <= 2 && t[..close].All(char.IsAsciiLetterLower))
        {
            return t[(close + 1)..].Trim();
        }
        return t.Trim();
    }

    /// <summary>
    /// The code at the start of a coded label: "a) WBRI" gives WBRI, "C2: FCO" gives C2,
    /// "N1 - Abuse or neglect" gives N1, "q) 6: Police" gives 6, "e) PR4 - Private provision" gives PR4.
    /// A label with no separator is returned whole (trimmed, prefix removed).
    /// </summary>
    public static string LeadingCode(string text)
    {
        var t = StripListPrefix(text);
        var end = t.Length;
        var colon = t.IndexOf(':');
        if (colon > 0)
        {
            end = Math.Min(end, colon);
        }
        var dash = t.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0)
        {
            end = Math.Min(end, dash);
        }
        return t[..end].Trim();
    }

    /// <summary>A header label reduced to letters and digits, lower case: "Date of Referral " and "date_of_referral" both give "dateofreferral".</summary>
    public static string NormaliseLabel(string label)
    {
        var buffer = label.Length <= 512 ? stackalloc char[label.Length] : new char[label.Length];
        var n = 0;
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }
        return new string(buffer[..n]);
    }

    /// <summary>Spreadsheet column letters for a 0-based index: 0 is A, 26 is AA.</summary>
    public static string ColumnLetters(int index) => XlsxWriter.ColumnName(index);
}
