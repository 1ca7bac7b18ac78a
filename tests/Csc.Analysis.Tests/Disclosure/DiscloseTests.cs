using Csc.Analysis.Disclosure;

namespace Csc.Analysis.Tests.Disclosure;

public sealed class DiscloseTests
{
    private static readonly DisclosureOptions Dfe = DisclosureOptions.Default;

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "c")]
    [InlineData(5, "c")]
    [InlineData(6, "6")]
    [InlineData(123, "123")]
    public void Count_SuppressesOneToFive_ShowsZero(double count, string expected)
        => Assert.Equal(expected, Disclose.Count(count, Dfe).Format());

    [Fact]
    public void Count_Missing_IsNotAvailable()
        => Assert.Equal(DisclosureSymbol.NotAvailable, Disclose.Count(null, Dfe).Symbol);

    [Fact]
    public void Count_MarkedSecondary_IsSuppressedEvenWhenLarge()
        => Assert.Equal("c", Disclose.Count(250, Dfe, suppressed: true).Format());

    [Fact]
    public void Count_ConfiguredThreshold_IsInclusive()
    {
        var ten = Dfe with { Threshold = 10 };
        Assert.Equal("c", Disclose.Count(10, ten).Format());
        Assert.Equal("11", Disclose.Count(11, ten).Format());
    }

    [Theory]
    [InlineData(12.4, DisclosureRounding.Nearest5, 10)]
    [InlineData(12.5, DisclosureRounding.Nearest5, 15)]
    [InlineData(7, DisclosureRounding.Nearest5, 5)]
    [InlineData(14, DisclosureRounding.Nearest10, 10)]
    [InlineData(15, DisclosureRounding.Nearest10, 20)]
    [InlineData(15, DisclosureRounding.None, 15)]
    public void Round_NearestMultiple_HalvesAwayFromZero(double count, DisclosureRounding rounding, double expected)
        => Assert.Equal(expected, Disclose.Round(count, rounding));

    [Fact]
    public void Count_Rounded_AfterSuppression()
    {
        var five = Dfe with { Rounding = DisclosureRounding.Nearest5 };
        Assert.Equal("c", Disclose.Count(4, five).Format());
        Assert.Equal("10", Disclose.Count(8, five).Format()); // 8 -> 10 (1.6 rounds to 2 fives)
    }

    [Fact]
    public void Rate_SmallNumeratorOrDenominator_IsSuppressed()
    {
        Assert.Equal("c", Disclose.Rate(3, 40, 100, Dfe).Format());
        Assert.Equal("c", Disclose.Rate(0, 4, 100, Dfe).Format());
        Assert.Equal("c", Disclose.Rate(30, 40, 100, Dfe, numeratorSuppressed: true).Format());
        Assert.Equal("75", Disclose.Rate(30, 40, 100, Dfe).Format());
    }

    [Fact]
    public void Rate_ZeroNumerator_IsShownAsZero()
        => Assert.Equal("0", Disclose.Rate(0, 40, 100, Dfe).Format());

    [Fact]
    public void Rate_NoDenominator_IsNotApplicable_MissingPartIsNotAvailable()
    {
        Assert.Equal("z", Disclose.Rate(0, 0, 100, Dfe).Format());
        Assert.Equal("x", Disclose.Rate(null, 10, 100, Dfe).Format());
    }

    [Fact]
    public void Percentage_BelowHalf_IsK_RatePer10kIsNot()
    {
        // 6 of 2,000 = 0.3%: above 0 and below 0.5
        Assert.Equal("k", Disclose.Rate(6, 2000, 100, Dfe).Format());
        // 10 of 2,000 = exactly 0.5%: shown
        Assert.Equal("0.5", Disclose.Rate(10, 2000, 100, Dfe).Format());
        // the same count per 10,000 is 30, a plain number
        Assert.Equal("30", Disclose.Rate(6, 2000, 10_000, Dfe).Format());
    }

    [Fact]
    public void Rate_WithRounding_UsesRoundedParts()
    {
        var five = Dfe with { Rounding = DisclosureRounding.Nearest5 };
        // 7 -> 5 and 13 -> 15: 33.3%, not 53.8%
        Assert.Equal("33.33", Disclose.Rate(7, 13, 100, five).Format());
    }

    [Fact]
    public void Options_ThresholdBelowOne_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => (DisclosureOptions.Default with { Threshold = 0 }).Validate());
        Assert.StartsWith("The disclosure threshold must be at least 1 (got 0).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbols_HaveDfeLetters()
        => Assert.Equal("c z x k", string.Join(' ', DisclosureSymbols.All.Select(s => s.Code())));
}
