namespace Csc.Analysis.Tests;

public sealed class DirectionControlsTests
{
    [Theory]
    [InlineData('\u202A', true)]
    [InlineData('\u202E', true)]
    [InlineData('\u2066', true)]
    [InlineData('\u2069', true)]
    [InlineData('\u2029', false)]
    [InlineData('\u202F', false)]
    [InlineData('\u2065', false)]
    [InlineData('\u206A', false)]
    [InlineData('\u200F', false)]
    [InlineData('a', false)]
    public void Is_TheEmbeddingsOverridesAndIsolatesOnly(char c, bool expected) => Assert.Equal(expected, DirectionControls.Is(c));

    [Fact]
    public void Neutralise_ReplacesEachWithTheReplacementCharacter()
        => Assert.Equal("ISS \uFFFDgnp.exe\uFFFD \uFFFDx", DirectionControls.Neutralise("ISS \u202Egnp.exe\u202C \u2067x"));

    [Fact]
    public void Neutralise_TextWithoutThem_IsTheSameString()
    {
        const string text = "Assessment Team \u200F";
        Assert.Same(text, DirectionControls.Neutralise(text));
    }
}
