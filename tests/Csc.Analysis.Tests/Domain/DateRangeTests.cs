using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Domain;

public sealed class DateRangeTests
{
    [Fact]
    public void OneDay_HasLengthOne_EndIncluded()
    {
        var d = new DateOnly(2017, 5, 31);
        var r = new DateRange(d, d);
        Assert.Equal(1, r.Length);
        Assert.True(r.Contains(d));
        Assert.Equal([d], r.Days());
    }

    [Fact]
    public void Length_CountsBothEnds_AcrossLeapDay()
    {
        // 28 Feb to 1 Mar 2016: 28, 29 Feb and 1 Mar = 3 days
        var r = new DateRange(new DateOnly(2016, 2, 28), new DateOnly(2016, 3, 1));
        Assert.Equal(3, r.Length);
        Assert.Equal(3, r.Days().Count());
        Assert.True(r.Contains(new DateOnly(2016, 3, 1)));
        Assert.False(r.Contains(new DateOnly(2016, 3, 2)));
        Assert.False(r.Contains(new DateOnly(2016, 2, 27)));
    }

    [Fact]
    public void EndBeforeStart_ThrowsWithDates()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DateRange(new DateOnly(2017, 1, 2), new DateOnly(2017, 1, 1)));
        Assert.StartsWith("The end 2017-01-01 is before the start 2017-01-02.", ex.Message);
    }

    [Fact]
    public void Overlaps_SharedEndDayCounts()
    {
        var april = new ReportingMonth(2017, 4).Range;
        Assert.True(april.Overlaps(new DateRange(new DateOnly(2017, 4, 30), new DateOnly(2017, 5, 3))));
        Assert.False(april.Overlaps(new DateRange(new DateOnly(2017, 5, 1), new DateOnly(2017, 5, 3))));
    }

    [Fact]
    public void ToString_Iso()
        => Assert.Equal("2017-04-01..2017-04-30", new ReportingMonth(2017, 4).Range.ToString());
}

public sealed class OpenEndedTests
{
    [Theory]
    [InlineData("2017-05-01", null, "2017-04-30", false)]   // before the start
    [InlineData("2017-05-01", null, "2017-05-01", true)]    // the start day is open
    [InlineData("2017-05-01", "2017-05-10", "2017-05-09", true)]
    [InlineData("2017-05-01", "2017-05-10", "2017-05-10", false)] // the end day is not open (end > d)
    [InlineData("2017-05-01", "2017-05-01", "2017-05-01", false)] // started and ended the same day: never open
    public void IsOpenAt_StartInclusiveEndExclusive(string start, string? end, string at, bool expected)
    {
        static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");
        Assert.Equal(expected, OpenEnded.IsOpenAt(D(start), end is null ? null : D(end), D(at)));
    }
}

public sealed class AgesTests
{
    [Theory]
    [InlineData("2004-02-29", "2005-02-28", 0)] // a leap-day child is not yet 1 on 28 Feb
    [InlineData("2004-02-29", "2005-03-01", 1)]
    [InlineData("2004-02-29", "2008-02-29", 4)]
    [InlineData("2000-05-31", "2017-05-30", 16)]
    [InlineData("2000-05-31", "2017-05-31", 17)]
    public void WholeYears_Birthdays(string dob, string on, int expected)
    {
        static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");
        Assert.Equal(expected, Ages.WholeYears(D(dob), D(on)));
        Assert.Equal(expected, new Child("C1", null, D(dob), null, null, null).AgeOn(D(on)));
    }
}
