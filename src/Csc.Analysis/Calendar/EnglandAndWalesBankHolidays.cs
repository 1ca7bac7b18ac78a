namespace Csc.Analysis.Calendar;

/// <summary>
/// The bank holidays of England and Wales, from the rules in the Banking and Financial Dealings
/// Act 1971 and the royal proclamations: New Year's Day, Good Friday, Easter Monday, the early May,
/// spring and summer bank holidays, Christmas Day and Boxing Day, each with its substitute day when
/// it falls at a weekend, and every one-off move and extra day since 1999.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>The first year the rules are applied for.</summary>
    public const int FirstYear = 1995;

    /// <summary>The last year the rules are applied for.</summary>
    public const int LastYear = 2060;

    /// <summary>The bank holidays of one year, in date order.</summary>
    public static IReadOnlyList<BankHoliday> ForYear(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Bank holidays are known for {FirstYear} to {LastYear}.");
        }

        var list = new List<BankHoliday>(10);

        // New Year's Day, or the Monday after when it falls at a weekend.
        var newYear = new DateOnly(year, 1, 1);
        list.Add(newYear.DayOfWeek switch
        {
            DayOfWeek.Saturday => new BankHoliday(newYear.AddDays(2), "New Year's Day (substitute day)"),
            DayOfWeek.Sunday => new BankHoliday(newYear.AddDays(1), "New Year's Day (substitute day)"),
            _ => new BankHoliday(newYear, "New Year's Day"),
        });

        var easter = EasterSunday(year);
        list.Add(new BankHoliday(easter.AddDays(-2), "Good Friday"));
        list.Add(new BankHoliday(easter.AddDays(1), "Easter Monday"));

        // Early May: first Monday of May, except 1995 (VE Day 50th, 8 May) and 2020 (VE Day 75th, Friday 8 May).
        var earlyMay = year switch
        {
            1995 => new DateOnly(1995, 5, 8),
            2020 => new DateOnly(2020, 5, 8),
            _ => FirstMonday(year, 5),
        };
        // gov.uk titles the moved days "Early May bank holiday (VE day)".
        list.Add(new BankHoliday(earlyMay, year is 1995 or 2020 ? "Early May bank holiday (VE day)" : "Early May bank holiday"));

        // Spring: last Monday of May, moved for the 2002, 2012 and 2022 jubilees.
        var spring = year switch
        {
            2002 => new DateOnly(2002, 6, 4),
            2012 => new DateOnly(2012, 6, 4),
            2022 => new DateOnly(2022, 6, 2),
            _ => LastMonday(year, 5),
        };
        list.Add(new BankHoliday(spring, "Spring bank holiday"));

        list.Add(new BankHoliday(LastMonday(year, 8), "Summer bank holiday"));

        // Christmas and Boxing Day with substitutes.
        var christmas = new DateOnly(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Friday: // Boxing Day on Saturday -> Monday 28th
                list.Add(new BankHoliday(christmas, "Christmas Day"));
                list.Add(new BankHoliday(christmas.AddDays(3), "Boxing Day (substitute day)"));
                break;
            case DayOfWeek.Saturday: // Christmas -> Monday 27th, Boxing Day (Sunday) -> Tuesday 28th
                list.Add(new BankHoliday(christmas.AddDays(2), "Christmas Day (substitute day)"));
                list.Add(new BankHoliday(christmas.AddDays(3), "Boxing Day (substitute day)"));
                break;
            case DayOfWeek.Sunday: // Boxing Day on Monday 26th, Christmas -> Tuesday 27th
                list.Add(new BankHoliday(christmas.AddDays(1), "Boxing Day"));
                list.Add(new BankHoliday(christmas.AddDays(2), "Christmas Day (substitute day)"));
                break;
            default:
                list.Add(new BankHoliday(christmas, "Christmas Day"));
                list.Add(new BankHoliday(christmas.AddDays(1), "Boxing Day"));
                break;
        }

        foreach (var oneOff in OneOffs)
        {
            if (oneOff.Date.Year == year)
            {
                list.Add(oneOff);
            }
        }

        list.Sort((a, b) => a.Date.CompareTo(b.Date));
        return list;
    }

    /// <summary>The bank holidays from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IReadOnlyList<BankHoliday> Between(DateOnly from, DateOnly to)
    {
        var result = new List<BankHoliday>();
        for (var year = Math.Max(from.Year, FirstYear); year <= Math.Min(to.Year, LastYear); year++)
        {
            foreach (var h in ForYear(year))
            {
                if (h.Date >= from && h.Date <= to)
                {
                    result.Add(h);
                }
            }
        }
        return result;
    }

    /// <summary>Extra days declared by proclamation (the moved spring and early May holidays are in the rules above).</summary>
    public static IReadOnlyList<BankHoliday> OneOffs { get; } =
    [
        new(new DateOnly(1999, 12, 31), "Millennium Celebrations"),
        new(new DateOnly(2002, 6, 3), "Golden Jubilee of Queen Elizabeth II"),
        new(new DateOnly(2011, 4, 29), "Wedding of Prince William and Catherine Middleton"),
        new(new DateOnly(2012, 6, 5), "Queen's Diamond Jubilee"),
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday"),
        new(new DateOnly(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        new(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ];

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1);
        while (d.DayOfWeek != DayOfWeek.Monday)
        {
            d = d.AddDays(1);
        }
        return d;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var d = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (d.DayOfWeek != DayOfWeek.Monday)
        {
            d = d.AddDays(-1);
        }
        return d;
    }
}
