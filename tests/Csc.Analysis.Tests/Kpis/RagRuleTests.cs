using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Kpis;

public sealed class RagRuleTests
{
    [Theory]
    [InlineData(90.0, Rag.Green)]  // at the target
    [InlineData(89.99, Rag.Amber)]
    [InlineData(80.0, Rag.Amber)]  // the far end of the amber band is amber
    [InlineData(79.99, Rag.Red)]
    [InlineData(29.0, Rag.Red)]
    public void FromTarget_HigherIsBetter_Bands(double value, Rag expected)
        => Assert.Equal(expected, RagRule.FromTarget(90, KpiPolarity.HigherIsBetter, 10).Rate(value));

    [Theory]
    [InlineData(10.0, Rag.Green)]
    [InlineData(15.5, Rag.Amber)]
    [InlineData(20.0, Rag.Amber)]
    [InlineData(20.01, Rag.Red)]
    public void FromTarget_LowerIsBetter_Bands(double value, Rag expected)
        => Assert.Equal(expected, RagRule.FromTarget(10, KpiPolarity.LowerIsBetter, 10).Rate(value));

    [Fact]
    public void FromTarget_ZeroAmberBand_GreenOrRed()
    {
        var rule = RagRule.FromTarget(50, KpiPolarity.HigherIsBetter, 0);
        Assert.Equal(2, rule.Bands.Count);
        Assert.Equal(Rag.Red, rule.Rate(49.999));
        Assert.Equal(Rag.Green, rule.Rate(50));
    }

    [Fact]
    public void Rate_NoValue_None()
        => Assert.Equal(Rag.None, RagRule.FromTarget(90, KpiPolarity.HigherIsBetter, 10).Rate(null));

    [Fact]
    public void FromBands_CinPlansThreshold_GreenAtOrBelow320()
    {
        var rule = RagRule.FromBands([RagBand.AtOrBelow(Rag.Green, 320), new RagBand(Rag.Amber, 320, false, 340, true), RagBand.Above(Rag.Red, 340)]);
        Assert.Equal(Rag.Green, rule.Rate(320));
        Assert.Equal(Rag.Amber, rule.Rate(321));
        Assert.Equal(Rag.Red, rule.Rate(341));
        Assert.Equal(320.0, rule.Target);
    }

    [Fact]
    public void FromBands_Gap_RatedNone()
    {
        var rule = RagRule.FromBands([RagBand.AtOrBelow(Rag.Green, 300), RagBand.AtOrAbove(Rag.Red, 350)]);
        Assert.Equal(Rag.None, rule.Rate(320));
    }

    [Fact]
    public void CheckBands_SharedInclusiveEnd_Overlap()
        => Assert.Equal(
            "bands 1 (green (at or below 320)) and 2 (amber (at or above 320 and at or below 340)) overlap; each value must fall in at most one band.",
            RagRule.CheckBands([RagBand.AtOrBelow(Rag.Green, 320), new RagBand(Rag.Amber, 320, true, 340, true)]));

    [Fact]
    public void CheckBands_TouchingExclusiveEnd_NoOverlap()
        => Assert.Null(RagRule.CheckBands([RagBand.AtOrBelow(Rag.Green, 320), RagBand.Above(Rag.Amber, 320)]));

    [Fact]
    public void CheckBands_EmptyBand_Error()
        => Assert.Equal(
            "band 1 (green (above 5 and below 5)) contains no value: its lower end is not below its upper end.",
            RagRule.CheckBands([new RagBand(Rag.Green, 5, false, 5, false)]));

    [Fact]
    public void FromBands_Overlap_ArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => RagRule.FromBands([RagBand.AtOrAbove(Rag.Green, 1), RagBand.AtOrAbove(Rag.Red, 2)]));
        Assert.StartsWith("bands 1 (green (at or above 1)) and 2 (red (at or above 2)) overlap", ex.Message, StringComparison.Ordinal);
    }
}
