using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Domain;

public sealed class CouncilCodeTests
{
    [Theory]
    [InlineData("311", "311", true)]
    [InlineData(" 311 ", "311", true)]
    [InlineData("001", "001", true)]
    [InlineData("E09000016", "E09000016", false)]
    [InlineData("e09000016", "E09000016", false)] // an ONS code's letter in any case, stored in capitals
    [InlineData("W06000015", "W06000015", false)]
    public void TryParse_DfeNumbersAndOnsCodes(string text, string value, bool dfe)
    {
        Assert.True(CouncilCode.TryParse(text, out var code));
        Assert.Equal(value, code.Value);
        Assert.Equal(value, code.ToString());
        Assert.Equal(dfe, code.IsDfeNumber);
        Assert.Equal(dfe ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null, code.DfeNumber);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("000")]
    [InlineData("31")]
    [InlineData("3111")]
    [InlineData("31a")]
    [InlineData("E0900001")]   // seven digits
    [InlineData("X09000016")]  // not a nation's letter
    [InlineData("Havering")]
    [InlineData("-311")]
    public void TryParse_AnythingElseIsNotACode(string? text)
    {
        Assert.False(CouncilCode.TryParse(text, out var code));
        Assert.Null(code);
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => CouncilCode.Parse(text));
        }
    }

    [Fact]
    public void Equality_IsByText_AndOrderIsOrdinal()
    {
        Assert.Equal(CouncilCode.Parse("e09000016"), CouncilCode.Parse("E09000016"));
        Assert.NotEqual(CouncilCode.Parse("311"), CouncilCode.Parse("E09000016")); // a DfE number and an ONS code are two codes
        var sorted = new[] { "E09000016", "312", "003", "311" }.Select(CouncilCode.Parse).Order(CouncilCode.Order).Select(c => c.Value);
        Assert.Equal(["003", "311", "312", "E09000016"], sorted);
    }
}
