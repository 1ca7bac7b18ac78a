using Csc.Analysis.Calendar;

namespace Csc.Analysis.Tests.Calendar;

public sealed class WorkingDayCalendarIsWorkingDayTests
{
    private static readonly WorkingDayCalendar Cal = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void IsWorkingDay_EveryDay2012To2027_AgreesWithOfficialList()
    {
        var mismatches = new List<string>();
        for (var d = new DateOnly(2012, 1, 1); d <= new DateOnly(2027, 12, 31); d = d.AddDays(1))
        {
            var expected = d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !OfficialBankHolidays.All.ContainsKey(d);
            if (Cal.IsWorkingDay(d) != expected)
            {
                mismatches.Add($"{d:yyyy-MM-dd} expected {(expected ? "working" : "closed")}");
            }
            var closure = Cal.ClosureOn(d);
            if (OfficialBankHolidays.All.TryGetValue(d, out var name) ? closure?.Name != name : closure is not null)
            {
                mismatches.Add($"{d:yyyy-MM-dd} closure '{closure?.Name}' expected '{name}'");
            }
        }
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(2017, 252)] // starts Sunday, 365 = 52*7 + 1 (Sunday): 260 weekdays - 8 bank holidays
    [InlineData(2020, 254)] // leap year from Wednesday, extra days Wed 30 and Thu 31 Dec: 262 weekdays - 8
    [InlineData(2022, 250)] // starts Saturday, extra day Saturday 31 Dec: 260 weekdays - 10 (jubilee, state funeral)
    [InlineData(2023, 251)] // starts Sunday: 260 weekdays - 9 (coronation)
    [InlineData(2027, 253)] // starts Friday, extra day Friday 31 Dec: 261 weekdays - 8
    public void WorkingDaysBetween_WholeYear_CountsWorkingDays(int year, int expected)
        => Assert.Equal(expected, Cal.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));

    [Fact]
    public void IsWorkingDay_OutsideTable_ThrowsWithRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Cal.IsWorkingDay(new DateOnly(1994, 12, 31)));
        Assert.StartsWith("The working-day calendar covers 1995-01-01 to 2060-12-31; 1994-12-31 is outside it.", ex.Message);
    }

    [Fact]
    public void LeapDay_IsAWorkingDayWhenAWeekday()
    {
        Assert.True(Cal.IsWorkingDay(new DateOnly(2016, 2, 29)));   // Monday
        Assert.False(Cal.IsWorkingDay(new DateOnly(2020, 2, 29)));  // Saturday
        Assert.True(Cal.IsWorkingDay(new DateOnly(2024, 2, 29)));   // Thursday
        // Friday 26 Feb 2016 to Tuesday 1 Mar 2016: Mon 29 Feb and Tue 1 Mar = 2
        Assert.Equal(2, Cal.WorkingDaysBetween(new DateOnly(2016, 2, 26), new DateOnly(2016, 3, 1)));
    }
}

public sealed class WorkingDayCalendarCountingTests
{
    private static readonly WorkingDayCalendar Cal = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    [Theory]
    [InlineData("2017-05-10", "2017-05-10", 0)]  // same day
    [InlineData("2017-05-05", "2017-05-08", 1)]  // Friday to Monday
    [InlineData("2017-05-06", "2017-05-07", 0)]  // Saturday to Sunday
    [InlineData("2017-05-06", "2017-05-08", 1)]  // Saturday to Monday
    [InlineData("2017-04-28", "2017-05-02", 1)]  // Fri to Tue over the early May bank holiday (Mon 1 May)
    [InlineData("2017-04-13", "2017-04-18", 1)]  // Thu to Tue over Good Friday and Easter Monday
    [InlineData("2016-12-23", "2016-12-28", 1)]  // Fri to Wed over Boxing Day and the Christmas substitute
    [InlineData("2022-09-16", "2022-09-20", 1)]  // Fri to Tue over the state funeral
    [InlineData("2017-03-06", "2017-03-27", 15)] // Monday strategy discussion, ICPC three weeks later: 15 (in time)
    [InlineData("2017-03-06", "2017-03-28", 16)] // a day later: 16 (late)
    [InlineData("2017-05-08", "2017-05-05", -1)] // negative: end before start
    [InlineData("2017-05-02", "2017-04-28", -1)]
    public void WorkingDaysBetween_Conventions(string start, string end, int expected)
        => Assert.Equal(expected, Cal.WorkingDaysBetween(D(start), D(end)));

    [Fact]
    public void WorkingDaysBetween_IsAntisymmetricAndAdditive()
    {
        var a = D("2016-11-14");
        var b = D("2017-02-03");
        var c = D("2017-06-30");
        Assert.Equal(-Cal.WorkingDaysBetween(a, b), Cal.WorkingDaysBetween(b, a));
        Assert.Equal(Cal.WorkingDaysBetween(a, c), Cal.WorkingDaysBetween(a, b) + Cal.WorkingDaysBetween(b, c));
    }

    [Theory]
    [InlineData("2017-05-05", 1, "2017-05-08")]   // Friday + 1 = Monday
    [InlineData("2017-05-06", 1, "2017-05-08")]   // Saturday + 1 = Monday
    [InlineData("2017-04-28", 1, "2017-05-02")]   // over the bank holiday
    [InlineData("2017-03-06", 15, "2017-03-27")]  // the ICPC deadline
    [InlineData("2017-05-08", -1, "2017-05-05")]  // Monday - 1 = Friday
    [InlineData("2017-05-06", -1, "2017-05-05")]  // Saturday - 1 = Friday (as Excel's WORKDAY)
    [InlineData("2017-05-02", -1, "2017-04-28")]  // Tuesday after a bank holiday - 1 = Friday
    [InlineData("2017-05-01", -1, "2017-04-28")]  // a bank holiday - 1 = the Friday before
    [InlineData("2017-05-10", 0, "2017-05-10")]
    [InlineData("2017-05-06", 0, "2017-05-06")]   // 0 returns the date itself, even at a weekend
    public void AddWorkingDays_Conventions(string date, int n, string expected)
        => Assert.Equal(D(expected), Cal.AddWorkingDays(D(date), n));

    [Fact]
    public void AddWorkingDays_RoundTripsAndIsTheEarliestDay_2012To2027()
    {
        var failures = new List<string>();
        for (var d = new DateOnly(2012, 1, 1); d <= new DateOnly(2027, 12, 31); d = d.AddDays(1))
        {
            foreach (var n in new[] { 1, 2, 5, 15, 45 })
            {
                var later = Cal.AddWorkingDays(d, n);
                if (Cal.WorkingDaysBetween(d, later) != n || !Cal.IsWorkingDay(later) || Cal.WorkingDaysBetween(d, later.AddDays(-1)) != n - 1)
                {
                    failures.Add($"{d:yyyy-MM-dd} + {n} = {later:yyyy-MM-dd}");
                }
                var earlier = Cal.AddWorkingDays(d, -n);
                // n working days d' with earlier <= d' < d, and earlier is a working day
                var countBefore = Cal.WorkingDaysBetween(earlier.AddDays(-1), d.AddDays(-1));
                if (countBefore != n || !Cal.IsWorkingDay(earlier))
                {
                    failures.Add($"{d:yyyy-MM-dd} - {n} = {earlier:yyyy-MM-dd}");
                }
                if (Cal.IsWorkingDay(d) && (Cal.AddWorkingDays(later, -n) != d || Cal.AddWorkingDays(earlier, n) != d))
                {
                    failures.Add($"{d:yyyy-MM-dd} round trip with {n}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void AddWorkingDays_PastTheTable_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(new DateOnly(2060, 12, 20), 30));
        Assert.StartsWith("The result is after 2060-12-31, the end of the calendar.", ex.Message);
        var ex2 = Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(new DateOnly(1995, 1, 5), -10));
        Assert.StartsWith("The result is before 1995-01-01, the start of the calendar.", ex2.Message);
    }

    [Fact]
    public void WithExtraClosures_AddsDaysWithoutChangingTheOriginal()
    {
        var local = Cal.WithExtraClosures([new BankHoliday(new DateOnly(2017, 12, 27), "Council closure")]);
        Assert.False(local.IsWorkingDay(new DateOnly(2017, 12, 27)));
        Assert.True(Cal.IsWorkingDay(new DateOnly(2017, 12, 27)));
        Assert.Equal("Council closure", local.ClosureOn(new DateOnly(2017, 12, 27))!.Name);
        // Fri 22 Dec to Fri 29 Dec 2017: 25, 26 bank holidays, 27 closed -> 28, 29 = 2 (3 without the closure)
        Assert.Equal(2, local.WorkingDaysBetween(new DateOnly(2017, 12, 22), new DateOnly(2017, 12, 29)));
        Assert.Equal(3, Cal.WorkingDaysBetween(new DateOnly(2017, 12, 22), new DateOnly(2017, 12, 29)));
    }

    [Fact]
    public void WithExtraClosures_OnABankHoliday_KeepsTheBankHolidayName()
    {
        var local = Cal.WithExtraClosures([new BankHoliday(new DateOnly(2017, 12, 25), "Closed")]);
        Assert.Equal("Christmas Day", local.ClosureOn(new DateOnly(2017, 12, 25))!.Name);
        Assert.Equal(Cal.Closures.Count, local.Closures.Count);
    }

    [Fact]
    public void ClosuresBetween_InclusiveOrdered()
    {
        var list = Cal.ClosuresBetween(new DateOnly(2022, 9, 19), new DateOnly(2022, 12, 26));
        Assert.Equal(["Bank Holiday for the State Funeral of Queen Elizabeth II", "Boxing Day"], list.Select(h => h.Name));
    }
}
