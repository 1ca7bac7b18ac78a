using Csc.Analysis.Data.Parsing;

namespace Csc.Analysis.Data.Tests.Parsing;

public sealed class FieldParsersDateTests
{
    [Theory]
    [InlineData("2017-05-31", 2017, 5, 31)]
    [InlineData("31/05/2017", 2017, 5, 31)]
    [InlineData(" 2016-02-29 ", 2016, 2, 29)]
    [InlineData("29/02/2016", 2016, 2, 29)]
    public void TryParseDate_AcceptedFormats_Parses(string text, int y, int m, int d)
    {
        Assert.True(FieldParsers.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31/02/2017")]
    [InlineData("2017-02-29")]
    [InlineData("2017-13-01")]
    [InlineData("05/31/2017x")]
    [InlineData("1/2/2017")]
    [InlineData("2017/05/31")]
    [InlineData("\uFF12\uFF10\uFF11\uFF17-05-31")] // full-width digits
    [InlineData("0000-01-01")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParseDate_BadOrImpossible_Fails(string? text)
        => Assert.False(FieldParsers.TryParseDate(text, out _));

    [Fact]
    public void DescribeBadDate_ImpossibleDay_SaysHowManyDaysTheMonthHas()
    {
        Assert.Equal("not a real date: February 2017 has 28 days.", FieldParsers.DescribeBadDate("31/02/2017"));
        Assert.Equal("not a real date: February 2017 has 28 days.", FieldParsers.DescribeBadDate("2017-02-29"));
    }

    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData("01/01/1900", true)]
    [InlineData("2100-12-31", true)]
    [InlineData("1899-12-31", false)]
    [InlineData("2101-01-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("31/12/9999", false)]
    public void TryParseDate_PlausibleYearsOnly_1900To2100Inclusive(string text, bool parses)
    {
        Assert.Equal(parses, FieldParsers.TryParseDate(text, out _));
        Assert.Equal(parses, FieldParsers.TryParseDateTime(text + (text[2] == '/' ? " 09:30" : "T09:30"), out _));
    }

    [Fact]
    public void DescribeBadDate_ImplausibleYear_NamesItAndTheRange()
    {
        Assert.Equal("not a plausible date: the year 9999 is outside 1900 to 2100; check the year.", FieldParsers.DescribeBadDate("9999-01-01"));
        Assert.Equal("not a plausible date: the year 1017 is outside 1900 to 2100; check the year; expected yyyy-MM-ddTHH:mm (for example 2017-05-31T14:30).",
            FieldParsers.DescribeBadDateTime("1017-03-02T10:00"));
    }

    [Fact]
    public void DescribeBadDate_BadMonth_SaysSo()
        => Assert.Equal("not a real date: month 13 does not exist; expected yyyy-MM-dd or dd/MM/yyyy.", FieldParsers.DescribeBadDate("2017-13-01"));

    [Fact]
    public void DescribeBadDate_WrongShape_GivesTheFormats()
        => Assert.Equal("not a date; expected yyyy-MM-dd (for example 2017-05-31) or dd/MM/yyyy (31/05/2017).", FieldParsers.DescribeBadDate("May 2017"));

    [Theory]
    [InlineData("2017-05-31T14:30", 0)]
    [InlineData("2017-05-31T14:30:15", 15)]
    [InlineData("2017-05-31 14:30", 0)]
    [InlineData("2017-05-31 14:30:15", 15)]
    [InlineData("31/05/2017 14:30", 0)]
    public void TryParseDateTime_AcceptedFormats_Parses(string text, int seconds)
    {
        Assert.True(FieldParsers.TryParseDateTime(text, out var value));
        Assert.Equal(new DateTime(2017, 5, 31, 14, 30, seconds), value);
    }

    [Theory]
    [InlineData("2017-05-31")]
    [InlineData("2017-05-31T25:00")]
    [InlineData("2017-02-29T10:00")]
    [InlineData("2017-05-31T14")]
    public void TryParseDateTime_Bad_Fails(string text)
        => Assert.False(FieldParsers.TryParseDateTime(text, out _));

    [Fact]
    public void DescribeBadDateTime_ImpossibleDate_NamesTheMonth()
        => Assert.Equal("not a real date: February 2017 has 28 days; expected yyyy-MM-ddTHH:mm (for example 2017-05-31T14:30).", FieldParsers.DescribeBadDateTime("2017-02-29T10:00"));
}

public sealed class FieldParsersValueTests
{
    [Theory]
    [InlineData("Y", FlagStyles.YesNo, true)]
    [InlineData("n", FlagStyles.YesNo, false)]
    [InlineData("Yes", FlagStyles.YesNo, true)]
    [InlineData("1", FlagStyles.OneZero, true)]
    [InlineData("0", FlagStyles.Any, false)]
    [InlineData("TRUE", FlagStyles.TrueFalse, true)]
    [InlineData("false", FlagStyles.Any, false)]
    public void TryParseFlag_AllowedSpelling_Parses(string text, FlagStyles styles, bool expected)
    {
        Assert.True(FieldParsers.TryParseFlag(text, styles, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1", FlagStyles.YesNo)]
    [InlineData("true", FlagStyles.YesNo)]
    [InlineData("Y", FlagStyles.OneZero)]
    [InlineData("maybe", FlagStyles.Any)]
    [InlineData("", FlagStyles.Any)]
    public void TryParseFlag_NotAllowed_Fails(string text, FlagStyles styles)
        => Assert.False(FieldParsers.TryParseFlag(text, styles, out _));

    [Fact]
    public void DescribeFlagStyles_ListsSpellings()
    {
        Assert.Equal("Y or N", FieldParsers.DescribeFlagStyles(FlagStyles.YesNo));
        Assert.Equal("Y, N, 1, 0, true or false", FieldParsers.DescribeFlagStyles(FlagStyles.Any));
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("-3", -3)]
    [InlineData("1e2", 100)]
    public void TryParseDouble_Invariant_Parses(string text, double expected)
    {
        Assert.True(FieldParsers.TryParseDouble(text, out var v));
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1,000")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("abc")]
    public void TryParseDouble_NotInvariantOrNotFinite_Fails(string text)
        => Assert.False(FieldParsers.TryParseDouble(text, out _));

    [Fact]
    public void TryParseDecimal_Invariant_Parses()
    {
        Assert.True(FieldParsers.TryParseDecimal("0.1", out var d));
        Assert.Equal(0.1m, d);
        Assert.False(FieldParsers.TryParseDecimal("0,1", out _));
    }
}

public sealed class CodeListTests
{
    private static readonly CodeList Categories = new("category of abuse", ["NEG", "PHY", "SAB", "EMO", "MUL"]);

    [Theory]
    [InlineData("NEG")]
    [InlineData("neg")]
    [InlineData(" Emo ")]
    public void TryMatch_CaseInsensitive_ReturnsListedSpelling(string text)
    {
        Assert.True(Categories.TryMatch(text, out var code));
        Assert.Equal(text.Trim().ToUpperInvariant(), code);
    }

    [Fact]
    public void DescribeUnknown_ListsAllowedCodes()
        => Assert.Equal("'XYZ' is not a known category of abuse code; expected one of NEG, PHY, SAB, EMO, MUL.", Categories.DescribeUnknown("XYZ"));

    [Fact]
    public void Constructor_DuplicateCode_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CodeList("x", ["A", "a"]));
        Assert.StartsWith("The code 'a' appears twice in the x list.", ex.Message);
    }
}
