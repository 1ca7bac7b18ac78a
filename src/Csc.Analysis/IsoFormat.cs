using System.Globalization;

namespace Csc.Analysis;

/// <summary>
/// The one place where dates and numbers become text and back in the files, messages and pages the kit writes:
/// ISO 8601 dates (yyyy-MM-dd), date-times to the minute (yyyy-MM-ddTHH:mm), and numbers in the invariant
/// culture, whatever culture the machine runs in. Months are <see cref="Domain.ReportingMonth"/>'s yyyy-MM.
/// </summary>
public static class IsoFormat
{
    /// <summary>The date pattern: 2017-05-31.</summary>
    public const string DatePattern = "yyyy-MM-dd";

    /// <summary>The date-and-time pattern, to the minute: 2017-05-31T14:05.</summary>
    public const string DateTimePattern = "yyyy-MM-dd'T'HH:mm";

    /// <summary>The date as yyyy-MM-dd.</summary>
    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>The date as yyyy-MM-dd, or null.</summary>
    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>The date and time as yyyy-MM-ddTHH:mm (seconds dropped).</summary>
    public static string DateTime(DateTime value) => value.ToString(DateTimePattern, CultureInfo.InvariantCulture);

    /// <summary>The date and time as people read it in messages and tables, to the minute: 2017-05-31 14:05.</summary>
    public static string ReadableDateTime(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Parses exactly yyyy-MM-dd (no spaces, no other layout); false for anything else or an impossible date.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
        => DateOnly.TryParseExact(text, DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses exactly yyyy-MM-dd; false for null, anything else or an impossible date.</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        if (text is null)
        {
            date = default;
            return false;
        }
        return TryParseDate(text.AsSpan(), out date);
    }

    /// <summary>A number in the shortest form that reads back as the same double (invariant: 12.5, 1E+21); empty for NaN and infinities.</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A whole number in the invariant culture.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
