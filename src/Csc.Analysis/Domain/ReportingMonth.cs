using System.Globalization;

namespace Csc.Analysis.Domain;

/// <summary>
/// A calendar month used for reporting (for example May 2017). Immutable, ordered, and cheap to
/// bucket by: <see cref="Index"/> is a dense integer (months since January of year 0).
/// The financial year starts on 1 April: May 2017 is in financial year 2017/18.
/// </summary>
public readonly record struct ReportingMonth : IComparable<ReportingMonth>, IComparable
{
    /// <summary>The month <paramref name="month"/> (1 to 12) of <paramref name="year"/> (1 to 9998).</summary>
    public ReportingMonth(int year, int month)
    {
        Preconditions.CheckRange(year, 1, 9998);
        Preconditions.CheckRange(month, 1, 12);
        Year = year;
        Month = month;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The month of the year, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Months since January of year 0; consecutive months differ by exactly 1.</summary>
    public int Index => (Year * 12) + Month - 1;

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month (the day "at month end" snapshots are taken).</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>The whole month as an inclusive date range.</summary>
    public DateRange Range => new(FirstDay, LastDay);

    /// <summary>The year in which this month's financial year starts (April 2017 to March 2018 is 2017).</summary>
    public int FinancialYear => Month >= 4 ? Year : Year - 1;

    /// <summary>April of this month's financial year.</summary>
    public ReportingMonth FinancialYearStart => new(FinancialYear, 4);

    /// <summary>Financial year label such as "2017/18".</summary>
    public string FinancialYearLabel => string.Create(CultureInfo.InvariantCulture, $"{FinancialYear}/{(FinancialYear + 1) % 100:00}");

    /// <summary>The month whose <see cref="Index"/> is <paramref name="index"/>.</summary>
    public static ReportingMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    /// <summary>The month <paramref name="date"/> falls in.</summary>
    public static ReportingMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month <paramref name="dateTime"/> falls in.</summary>
    public static ReportingMonth Of(DateTime dateTime) => new(dateTime.Year, dateTime.Month);

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    public ReportingMonth PlusMonths(int months) => FromIndex(Index + months);

    /// <summary>The month before.</summary>
    public ReportingMonth Previous => PlusMonths(-1);

    /// <summary>The month after.</summary>
    public ReportingMonth Next => PlusMonths(1);

    /// <summary>Whole months from <paramref name="other"/> to this month (positive when this is later).</summary>
    public int MonthsSince(ReportingMonth other) => Index - other.Index;

    /// <summary>Whether <paramref name="date"/> falls in this month.</summary>
    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    /// <summary>Months from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<ReportingMonth> Sequence(ReportingMonth from, ReportingMonth to)
    {
        for (var i = from.Index; i <= to.Index; i++)
        {
            yield return FromIndex(i);
        }
    }

    /// <summary>Parses "yyyy-MM" (also "yyyyMM").</summary>
    public static ReportingMonth Parse(string text)
        => TryParse(text, out var month)
            ? month
            : throw new FormatException($"'{text}' is not a month: expected YYYY-MM, for example 2017-05.");

    /// <summary>Reads <c>YYYY-MM</c>; false for anything else (no exception).</summary>
    public static bool TryParse(string? text, out ReportingMonth month)
    {
        month = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        string y, m;
        if (text.Length == 7 && text[4] == '-')
        {
            y = text[..4];
            m = text[5..];
        }
        else if (text.Length == 6)
        {
            y = text[..4];
            m = text[4..];
        }
        else
        {
            return false;
        }
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var mon)
            || year < 1 || year > 9998 || mon < 1 || mon > 12)
        {
            return false;
        }
        month = new ReportingMonth(year, mon);
        return true;
    }

    /// <summary>Orders months by time.</summary>
    public int CompareTo(ReportingMonth other) => Index.CompareTo(other.Index);

    /// <summary>Orders months by time; another type is an <see cref="ArgumentException"/>.</summary>
    public int CompareTo(object? obj) => obj is ReportingMonth m ? CompareTo(m) : throw new ArgumentException("Object must be a ReportingMonth.", nameof(obj));

    /// <summary>Whether <paramref name="left"/> is before <paramref name="right"/>.</summary>
    public static bool operator <(ReportingMonth left, ReportingMonth right) => left.Index < right.Index;

    /// <summary>Whether <paramref name="left"/> is after <paramref name="right"/>.</summary>
    public static bool operator >(ReportingMonth left, ReportingMonth right) => left.Index > right.Index;

    /// <summary>Whether <paramref name="left"/> is not after <paramref name="right"/>.</summary>
    public static bool operator <=(ReportingMonth left, ReportingMonth right) => left.Index <= right.Index;

    /// <summary>Whether <paramref name="left"/> is not before <paramref name="right"/>.</summary>
    public static bool operator >=(ReportingMonth left, ReportingMonth right) => left.Index >= right.Index;

    /// <summary>"yyyy-MM", invariant.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    /// <summary>"May 2017".</summary>
    public string ToLongString() => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
