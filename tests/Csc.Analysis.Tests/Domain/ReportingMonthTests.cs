using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Domain;

public sealed class ReportingMonthTests
{
    [Theory]
    [InlineData(2017, 11, 3, 2018, 2)]
    [InlineData(2017, 1, -1, 2016, 12)]
    [InlineData(2017, 5, -25, 2015, 4)]   // 25 months back from May 2017: April 2015
    [InlineData(2017, 5, 12, 2018, 5)]
    [InlineData(2017, 5, 0, 2017, 5)]
    public void PlusMonths_AcrossYears(int y, int m, int add, int ey, int em)
        => Assert.Equal(new ReportingMonth(ey, em), new ReportingMonth(y, m).PlusMonths(add));

    [Fact]
    public void PreviousNext_CrossYearEnds()
    {
        Assert.Equal(new ReportingMonth(2016, 12), new ReportingMonth(2017, 1).Previous);
        Assert.Equal(new ReportingMonth(2018, 1), new ReportingMonth(2017, 12).Next);
    }

    [Theory]
    [InlineData(2018, 3, 2017, "2017/18")]  // March ends the financial year that started the April before
    [InlineData(2018, 4, 2018, "2018/19")]  // April starts a new one
    [InlineData(2017, 5, 2017, "2017/18")]
    [InlineData(2000, 2, 1999, "1999/00")]
    public void FinancialYear_MarchVersusApril(int y, int m, int fy, string label)
    {
        var month = new ReportingMonth(y, m);
        Assert.Equal(fy, month.FinancialYear);
        Assert.Equal(label, month.FinancialYearLabel);
        Assert.Equal(new ReportingMonth(fy, 4), month.FinancialYearStart);
    }

    [Fact]
    public void Days_FirstAndLastInclusive_LeapFebruary()
    {
        var feb = new ReportingMonth(2016, 2);
        Assert.Equal(new DateOnly(2016, 2, 1), feb.FirstDay);
        Assert.Equal(new DateOnly(2016, 2, 29), feb.LastDay);
        Assert.Equal(29, feb.Range.Length);
        Assert.True(feb.Contains(new DateOnly(2016, 2, 29)));
        Assert.False(feb.Contains(new DateOnly(2016, 3, 1)));
        Assert.Equal(28, new ReportingMonth(2017, 2).Range.Length);
    }

    [Fact]
    public void Index_DenseAndRoundTrips()
    {
        var may = new ReportingMonth(2017, 5);
        Assert.Equal((2017 * 12) + 4, may.Index);
        Assert.Equal(1, may.Next.Index - may.Index);
        Assert.Equal(may, ReportingMonth.FromIndex(may.Index));
        Assert.Equal(13, may.MonthsSince(new ReportingMonth(2016, 4)));
        Assert.Equal(-13, new ReportingMonth(2016, 4).MonthsSince(may));
    }

    [Fact]
    public void Sequence_InclusiveBothEnds()
    {
        var months = ReportingMonth.Sequence(new ReportingMonth(2016, 11), new ReportingMonth(2017, 2)).Select(m => m.ToString());
        Assert.Equal(["2016-11", "2016-12", "2017-01", "2017-02"], months);
        Assert.Empty(ReportingMonth.Sequence(new ReportingMonth(2017, 2), new ReportingMonth(2017, 1)));
    }

    [Theory]
    [InlineData("2017-05", 2017, 5)]
    [InlineData("201705", 2017, 5)]
    [InlineData(" 2017-12 ", 2017, 12)]
    public void Parse_Valid(string text, int y, int m)
        => Assert.Equal(new ReportingMonth(y, m), ReportingMonth.Parse(text));

    [Theory]
    [InlineData("2017-13")]
    [InlineData("2017-00")]
    [InlineData("2017-5")]
    [InlineData("May 2017")]
    [InlineData("2017/05")]
    [InlineData("")]
    public void Parse_Invalid_ExactMessage(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ReportingMonth.Parse(text));
        Assert.Equal($"'{text}' is not a month: expected YYYY-MM, for example 2017-05.", ex.Message);
        Assert.False(ReportingMonth.TryParse(text, out _));
    }

    [Fact]
    public void Constructor_BadMonth_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingMonth(2017, 13));
        Assert.StartsWith("Value should be in range [1-12]", ex.Message);
        Assert.Equal("month", ex.ParamName);
    }

    [Fact]
    public void Ordering_AndFormatting()
    {
        var a = new ReportingMonth(2016, 12);
        var b = new ReportingMonth(2017, 1);
        Assert.True(a < b && b > a && a <= b && b >= a && a <= new ReportingMonth(2016, 12));
        Assert.Equal(-1, a.CompareTo(b));
        Assert.Throws<ArgumentException>(() => a.CompareTo("2017-01"));
        Assert.Equal("2016-12", a.ToString());
        Assert.Equal("December 2016", a.ToLongString());
        Assert.Equal(b, ReportingMonth.Of(new DateOnly(2017, 1, 31)));
        Assert.Equal(b, ReportingMonth.Of(new DateTime(2017, 1, 1, 0, 0, 0)));
    }
}
