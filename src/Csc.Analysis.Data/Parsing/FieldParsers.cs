using System.Globalization;

namespace Csc.Analysis.Data.Parsing;

/// <summary>Which spellings of a yes/no flag a format allows. Matching is case-insensitive.</summary>
[Flags]
public enum FlagStyles
{
    /// <summary>Y / N (also Yes / No).</summary>
    YesNo = 1,

    /// <summary>1 / 0.</summary>
    OneZero = 2,

    /// <summary>true / false.</summary>
    TrueFalse = 4,

    /// <summary>Any of the above.</summary>
    Any = YesNo | OneZero | TrueFalse,
}

/// <summary>
/// Culture-invariant parsers for the field types of case-level extracts. Every parser trims the
/// text first, returns false for blank text, and never throws. The <c>Describe...</c> methods give
/// the reason used in issue messages when a parse fails.
/// </summary>
public static class FieldParsers
{
    /// <summary>The date formats accepted: ISO and the dd/mm/yyyy of SSDA903 files.</summary>
    public static IReadOnlyList<string> DateFormats { get; } = [IsoFormat.DatePattern, "dd/MM/yyyy"];

    /// <summary>The date-time formats accepted (minutes or seconds; 'T' or a space between date and time).</summary>
    public static IReadOnlyList<string> DateTimeFormats { get; } =
    [
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
    ];

    private static readonly string[] DateTimeFormatArray = [.. DateTimeFormats];

    /// <summary>
    /// The first year a date in an extract may have (inclusive): nothing about a child now in care, or a care leaver,
    /// happened before it. Earlier years (0001, 1017) are mistypes, reported as bad dates, never loaded.
    /// </summary>
    public const int MinPlausibleYear = 1900;

    /// <summary>
    /// The last year a date in an extract may have (inclusive); later years (2107, 9999) are mistypes, reported as bad
    /// dates. A date in a plausible year after the data's last activity is found by <c>DataEnd</c> instead.
    /// </summary>
    public const int MaxPlausibleYear = 2100;

    /// <summary>
    /// Parses yyyy-MM-dd or dd/MM/yyyy. Impossible dates (31/02/2017, 2017-02-29) fail, as do years outside
    /// <see cref="MinPlausibleYear"/> to <see cref="MaxPlausibleYear"/>.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        return !string.IsNullOrWhiteSpace(text) && TryParseDateSpan(text, out date);
    }

    /// <summary>As <see cref="TryParseDate(string?, out DateOnly)"/>, from characters (no string needed).</summary>
    internal static bool TryParseDateSpan(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        // Both formats are fixed-width digits: read them directly (several times faster than
        // TryParseExact on large extracts), then check the day exists.
        if (!TryReadDateParts(text.Trim(), out var y, out var m, out var d)
            || y < MinPlausibleYear || y > MaxPlausibleYear || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Why <paramref name="text"/> is not a date: an impossible day, or the wrong shape.</summary>
    public static string DescribeBadDate(string? text)
    {
        if (TryReadDateParts(text?.Trim(), out var y, out var m, out var d))
        {
            if (m < 1 || m > 12)
            {
                return $"not a real date: month {m} does not exist; expected yyyy-MM-dd or dd/MM/yyyy.";
            }
            if (y is < MinPlausibleYear or > MaxPlausibleYear)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"not a plausible date: the year {y} is outside {MinPlausibleYear} to {MaxPlausibleYear}; check the year.");
            }
            if (y >= 1 && d >= 1)
            {
                var days = DateTime.DaysInMonth(y, m);
                var monthName = new DateOnly(y, m, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
                return $"not a real date: {monthName} has {days} days.";
            }
            return "not a real date; expected yyyy-MM-dd or dd/MM/yyyy.";
        }
        return "not a date; expected yyyy-MM-dd (for example 2017-05-31) or dd/MM/yyyy (31/05/2017).";
    }

    /// <summary>Parses yyyy-MM-ddTHH:mm (also with seconds, a space instead of 'T', or a dd/MM/yyyy date).</summary>
    public static bool TryParseDateTime(string? text, out DateTime dateTime)
    {
        dateTime = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParseExact(text.Trim(), DateTimeFormatArray, CultureInfo.InvariantCulture, DateTimeStyles.None, out dateTime))
        {
            return false;
        }
        if (dateTime.Year is < MinPlausibleYear or > MaxPlausibleYear)
        {
            dateTime = default;
            return false;
        }
        return true;
    }

    /// <summary>Why <paramref name="text"/> is not a date-time.</summary>
    public static string DescribeBadDateTime(string? text)
    {
        var t = text?.Trim() ?? string.Empty;
        var datePart = t.Split('T', ' ')[0];
        if (datePart.Length > 0 && !TryParseDate(datePart, out _) && TryReadDateParts(datePart, out _, out _, out _))
        {
            return $"{DescribeBadDate(datePart).TrimEnd('.')}; expected yyyy-MM-ddTHH:mm (for example 2017-05-31T14:30).";
        }
        return "not a date and time; expected yyyy-MM-ddTHH:mm (for example 2017-05-31T14:30), optionally with seconds or a space instead of 'T'.";
    }

    /// <summary>Parses a yes/no flag in the spellings <paramref name="styles"/> allows.</summary>
    public static bool TryParseFlag(string? text, FlagStyles styles, out bool value)
    {
        value = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim();
        if (styles.HasFlag(FlagStyles.YesNo))
        {
            if (Is(t, "Y") || Is(t, "Yes")) { value = true; return true; }
            if (Is(t, "N") || Is(t, "No")) { value = false; return true; }
        }
        if (styles.HasFlag(FlagStyles.OneZero))
        {
            if (t == "1") { value = true; return true; }
            if (t == "0") { value = false; return true; }
        }
        if (styles.HasFlag(FlagStyles.TrueFalse))
        {
            if (Is(t, "true")) { value = true; return true; }
            if (Is(t, "false")) { value = false; return true; }
        }
        return false;
    }

    /// <summary>The spellings <paramref name="styles"/> allows, for messages: "Y or N", "Y, N, 1, 0, true or false".</summary>
    public static string DescribeFlagStyles(FlagStyles styles)
    {
        var words = new List<string>();
        if (styles.HasFlag(FlagStyles.YesNo)) { words.Add("Y"); words.Add("N"); }
        if (styles.HasFlag(FlagStyles.OneZero)) { words.Add("1"); words.Add("0"); }
        if (styles.HasFlag(FlagStyles.TrueFalse)) { words.Add("true"); words.Add("false"); }
        return words.Count <= 2 ? string.Join(" or ", words) : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    /// <summary>Parses an invariant decimal number ("12.5", "-3", "1e3"); no thousands separators.</summary>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0;
        return !string.IsNullOrWhiteSpace(text)
            && decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses an invariant finite number as a double; NaN and infinities fail.</summary>
    public static bool TryParseDouble(string? text, out double value)
    {
        value = 0;
        return !string.IsNullOrWhiteSpace(text)
            && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static bool Is(string text, string word) => string.Equals(text, word, StringComparison.OrdinalIgnoreCase);

    // yyyy-MM-dd or dd/MM/yyyy shape with digits (not checking the day exists).
    private static bool TryReadDateParts(string? t, out int year, out int month, out int day)
    {
        year = month = day = 0;
        return t is not null && TryReadDateParts(t.AsSpan(), out year, out month, out day);
    }

    private static bool TryReadDateParts(ReadOnlySpan<char> t, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (t.Length != 10)
        {
            return false;
        }
        if (t[4] == '-' && t[7] == '-')
        {
            return Digits(t[..4], out year) && Digits(t.Slice(5, 2), out month) && Digits(t.Slice(8, 2), out day);
        }
        if (t[2] == '/' && t[5] == '/')
        {
            return Digits(t[..2], out day) && Digits(t.Slice(3, 2), out month) && Digits(t.Slice(6, 4), out year);
        }
        return false;
    }

    // ASCII digits only (int.TryParse would accept other Unicode digits with some styles).
    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
