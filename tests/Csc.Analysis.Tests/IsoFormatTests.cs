namespace Csc.Analysis.Tests;

public sealed class IsoFormatTests
{
    [Fact]
    public void Date_IsIsoWithLeadingZeros() => Assert.Equal("0999-02-01", IsoFormat.Date(new DateOnly(999, 2, 1)));

    [Fact]
    public void Date_Null_IsNull() => Assert.Null(IsoFormat.Date((DateOnly?)null));

    [Fact]
    public void DateTime_IsToTheMinute() => Assert.Equal("2016-02-29T23:05", IsoFormat.DateTime(new DateTime(2016, 2, 29, 23, 5, 59)));

    [Fact]
    public void ReadableDateTime_HasASpace() => Assert.Equal("2016-02-29 23:05", IsoFormat.ReadableDateTime(new DateTime(2016, 2, 29, 23, 5, 0)));

    [Theory]
    [InlineData("2016-02-29", true)]
    [InlineData("2017-02-29", false)]
    [InlineData("29/02/2016", false)]
    [InlineData(" 2016-02-29", false)]
    [InlineData("2016-2-29", false)]
    [InlineData(null, false)]
    public void TryParseDate_AcceptsOnlyRealIsoDates(string? text, bool ok)
    {
        Assert.Equal(ok, IsoFormat.TryParseDate(text, out var date));
        if (ok)
        {
            Assert.Equal(new DateOnly(2016, 2, 29), date);
        }
    }

    [Theory]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-12.5, "-12.5")]
    [InlineData(1e21, "1E+21")]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "")]
    public void Number_RoundTripsInvariant(double value, string expected) => Assert.Equal(expected, IsoFormat.Number(value));
}
