using Csc.Analysis.Pseudonymisation;

namespace Csc.Analysis.Tests.Pseudonymisation;

public sealed class PostcodeSectorTests
{
    [Theory]
    [InlineData("RM12 5AB", "RM12 5")]
    [InlineData("rm125ab", "RM12 5")]
    [InlineData(" SW1A  1AA ", "SW1A 1")]
    [InlineData("E1 6AN", "E1 6")]
    [InlineData("M1 1AE", "M1 1")]
    public void Of_CutsToOutwardCodeAndFirstInwardDigit(string postcode, string expected)
        => Assert.Equal(expected, PostcodeSector.Of(postcode));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("RM12")]
    [InlineData("12345")]
    [InlineData("RM12 AAB")]
    [InlineData("RM12-5AB")]
    [InlineData("RM12 5AB EXTRA")]
    public void Of_NotAPostcode_IsNull(string? postcode)
        => Assert.Null(PostcodeSector.Of(postcode));
}
