using Csc.Analysis.Calendar;

namespace Csc.Analysis.Tests.Calendar;

public sealed class EnglandAndWalesBankHolidaysTests
{
    [Fact]
    public void OfficialList_HasEightDaysAYearPlusTheOneOffs()
    {
        // 8 a year for 16 years = 128, plus 2012-06-05, 2022-06-03, 2022-09-19 and 2023-05-08 = 132.
        Assert.Equal(132, OfficialBankHolidays.All.Count);
    }

    [Fact]
    public void ForYear_2012To2027_MatchesOfficialListDateAndName()
    {
        for (var year = OfficialBankHolidays.FirstYear; year <= OfficialBankHolidays.LastYear; year++)
        {
            var expected = OfficialBankHolidays.All.Where(kv => kv.Key.Year == year).OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToList();
            var actual = EnglandAndWalesBankHolidays.ForYear(year).Select(h => (h.Date, h.Name)).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(2012, 4, 8)]
    [InlineData(2016, 3, 27)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2038, 4, 25)]
    [InlineData(2011, 4, 24)]
    public void EasterSunday_KnownYears(int year, int month, int day)
        => Assert.Equal(new DateOnly(year, month, day), EnglandAndWalesBankHolidays.EasterSunday(year));

    [Fact]
    public void ForYear_OutsideRange_ThrowsWithRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.ForYear(1994));
        Assert.StartsWith("Bank holidays are known for 1995 to 2060.", ex.Message);
    }

    [Fact]
    public void Between_IsInclusiveAndOrdered()
    {
        var list = EnglandAndWalesBankHolidays.Between(new DateOnly(2016, 12, 26), new DateOnly(2017, 1, 2));
        Assert.Equal([new DateOnly(2016, 12, 26), new DateOnly(2016, 12, 27), new DateOnly(2017, 1, 2)], list.Select(h => h.Date));
    }

    [Fact]
    public void ForYear_2011RoyalWeddingAnd1999Millennium_Included()
    {
        Assert.Contains(EnglandAndWalesBankHolidays.ForYear(2011), h => h.Date == new DateOnly(2011, 4, 29));
        Assert.Contains(EnglandAndWalesBankHolidays.ForYear(1999), h => h.Date == new DateOnly(1999, 12, 31));
        // 2002: spring holiday moved to 4 June, Golden Jubilee on 3 June; no late-May holiday.
        var may2002 = EnglandAndWalesBankHolidays.ForYear(2002).Where(h => h.Date.Month is 5 or 6).Select(h => h.Date).ToList();
        Assert.Equal([new DateOnly(2002, 5, 6), new DateOnly(2002, 6, 3), new DateOnly(2002, 6, 4)], may2002);
    }
}
