using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Statistics.Tests.Spc;

public sealed class XmrPolarityAndIconTests
{
    private static readonly SpcOptions Fixed = new() { FixAfter = 10 };

    [Theory]
    [InlineData(ImprovementDirection.Higher, SpcPointType.SpecialCauseImprovement, VariationIcon.ImprovementHigh)]
    [InlineData(ImprovementDirection.Lower, SpcPointType.SpecialCauseConcern, VariationIcon.ConcernHigh)]
    [InlineData(ImprovementDirection.Neutral, SpcPointType.SpecialCauseNeutralHigh, VariationIcon.NeutralHigh)]
    public void Evaluate_LatestPointAboveLimit_TypeAndIconByPolarity(ImprovementDirection direction, SpcPointType type, VariationIcon icon)
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(9, 16), Fixed with { Improvement = direction });
        Assert.Equal(type, r.Points[^1].PointType);
        Assert.Equal(icon, r.Variation);
    }

    [Theory]
    [InlineData(ImprovementDirection.Higher, SpcPointType.SpecialCauseConcern, VariationIcon.ConcernLow)]
    [InlineData(ImprovementDirection.Lower, SpcPointType.SpecialCauseImprovement, VariationIcon.ImprovementLow)]
    [InlineData(ImprovementDirection.Neutral, SpcPointType.SpecialCauseNeutralLow, VariationIcon.NeutralLow)]
    public void Evaluate_LatestPointBelowLimit_TypeAndIconByPolarity(ImprovementDirection direction, SpcPointType type, VariationIcon icon)
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(11, 4), Fixed with { Improvement = direction });
        Assert.Equal(type, r.Points[^1].PointType);
        Assert.Equal(icon, r.Variation);
    }

    [Fact]
    public void Evaluate_LatestPointCommonCause_CommonCauseIcon()
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(9, 16, 10), Fixed);
        Assert.Equal(VariationIcon.CommonCause, r.Variation);
    }

    [Theory]
    // limits 4.68 .. 15.32
    [InlineData(ImprovementDirection.Higher, 3.0, AssuranceIcon.ConsistentlyPassing)]
    [InlineData(ImprovementDirection.Higher, 16.0, AssuranceIcon.ConsistentlyFailing)]
    [InlineData(ImprovementDirection.Higher, 12.0, AssuranceIcon.HitAndMiss)]
    [InlineData(ImprovementDirection.Higher, 15.32, AssuranceIcon.HitAndMiss)]
    [InlineData(ImprovementDirection.Lower, 3.0, AssuranceIcon.ConsistentlyFailing)]
    [InlineData(ImprovementDirection.Lower, 16.0, AssuranceIcon.ConsistentlyPassing)]
    [InlineData(ImprovementDirection.Neutral, 3.0, AssuranceIcon.None)]
    public void Evaluate_Target_AssuranceByWhereTargetLies(ImprovementDirection direction, double target, AssuranceIcon expected)
    {
        var r = XmrChart.Evaluate(SpcTestData.WithTail(10), Fixed with { Improvement = direction, Target = target });
        Assert.Equal(expected, r.Assurance);
    }

    [Fact]
    public void Evaluate_NoTarget_NoAssurance()
    {
        Assert.Equal(AssuranceIcon.None, XmrChart.Evaluate(SpcTestData.WithTail(10), Fixed).Assurance);
    }

    [Fact]
    public void Codes_MatchNhsrPlotTheDotsNames()
    {
        Assert.Equal("common_cause", SpcPointType.CommonCause.Code());
        Assert.Equal("special_cause_improvement", SpcPointType.SpecialCauseImprovement.Code());
        Assert.Equal("special_cause_concern", SpcPointType.SpecialCauseConcern.Code());
        Assert.Equal("special_cause_neutral_high", SpcPointType.SpecialCauseNeutralHigh.Code());
        Assert.Equal("special_cause_neutral_low", SpcPointType.SpecialCauseNeutralLow.Code());
        Assert.Equal("improvement_low", VariationIcon.ImprovementLow.Code());
        Assert.Equal("hit_and_miss", AssuranceIcon.HitAndMiss.Code());
        Assert.Equal("", AssuranceIcon.None.Code());
    }
}
