using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>Month arithmetic on <see cref="ReportingMonth.Index"/> values, for calculations.</summary>
public static class KpiMonths
{
    /// <summary>A month index standing for "still open": later than any reporting month.</summary>
    public const int Open = int.MaxValue / 2;

    /// <summary>The month index of a date.</summary>
    public static int Index(DateOnly date) => (date.Year * 12) + date.Month - 1;

    /// <summary>The last day of the month with this index.</summary>
    public static DateOnly LastDay(int monthIndex) => ReportingMonth.FromIndex(monthIndex).LastDay;

    /// <summary>
    /// The months at whose last day d a record is open (start &lt;= d and (no end or end &gt; d)):
    /// from the start's month to the month before the end's month (a record ending on a month's
    /// last day is not open at that month end). Empty (first &gt; last) when it is open at no month end.
    /// </summary>
    public static (int First, int Last) OpenAtMonthEnd(DateOnly start, DateOnly? end)
        => (Index(start), end is { } e ? Index(e) - 1 : Open);

    /// <summary>
    /// The first month whose last day is on or after <paramref name="date"/> (so every later month too):
    /// the date's own month.
    /// </summary>
    public static int FirstMonthEndOnOrAfter(DateOnly date) => Index(date);

    /// <summary>The last month whose last day is before <paramref name="date"/>: the month before the date's month.</summary>
    public static int LastMonthEndBefore(DateOnly date) => Index(date) - 1;

    /// <summary>
    /// The first month whose last day d has <paramref name="date"/> &lt;= d.AddMonths(-<paramref name="months"/>)
    /// (so every later month too), with .NET's month arithmetic (29 February less 12 months is 28 February):
    /// usually the date's month + <paramref name="months"/>, one more when the date is later in its month than
    /// that month end less the months allows (a 29 February start is 12 months old only at the end of March a
    /// year later). A year is 12 months (<c>AddYears(-n)</c> gives the same day as <c>AddMonths(-12 n)</c>).
    /// </summary>
    public static int FirstMonthEndMonthsAfter(DateOnly date, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        if (date.Year > DateOnly.MaxValue.Year - 1 - (months / 12))
        {
            return Open; // no month end that late
        }
        var m = Index(date) + months - 1; // that month end less the months is in the month before the date's: too early
        while (LastDay(m).AddMonths(-months) < date)
        {
            m++;
        }
        return m;
    }

    /// <summary>The last month whose last day is on or before <paramref name="date"/>.</summary>
    public static int LastMonthEndOnOrBefore(DateOnly date)
        => date == LastDay(Index(date)) ? Index(date) : Index(date) - 1;

    /// <summary>
    /// The day a child born on <paramref name="dateOfBirth"/> turns <paramref name="years"/>, by the rule of
    /// <see cref="Ages.WholeYears"/>: someone born on 29 February turns a year older on 1 March in non-leap years.
    /// </summary>
    public static DateOnly Birthday(DateOnly dateOfBirth, int years)
    {
        var year = dateOfBirth.Year + years;
        return dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : dateOfBirth.AddYears(years);
    }
}
