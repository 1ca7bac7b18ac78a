using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData(KpiPolarity.HigherIsBetter, 80.0, 75.0, "\u2191", "improving")]
    [InlineData(KpiPolarity.HigherIsBetter, 29.0, 75.0, "\u2193", "worsening")]
    [InlineData(KpiPolarity.LowerIsBetter, 15.5, 15.9, "\u2193", "improving")]
    [InlineData(KpiPolarity.LowerIsBetter, 50.2, 50.0, "\u2191", "worsening")]
    [InlineData(KpiPolarity.Neutral, 690.0, 655.0, "\u2191", "up")]
    [InlineData(KpiPolarity.Neutral, 15.0, 40.0, "\u2193", "down")]
    [InlineData(KpiPolarity.HigherIsBetter, 50.0, 50.0, "\u2192", "no change")]
    public void DirectionOfTravel_PolarityAware(KpiPolarity polarity, double now, double then, string arrow, string words)
    {
        var d = DirectionOfTravel.Of(now, then, polarity);
        Assert.Equal(arrow, d.Arrow);
        Assert.Equal(words, d.Words);
        Assert.Equal(arrow + " " + words, d.Text);
    }

    [Fact]
    public void DirectionOfTravel_NoLastMonth_NoComparison()
    {
        var d = DirectionOfTravel.Of(10, null, KpiPolarity.HigherIsBetter);
        Assert.Equal(TravelDirection.Unknown, d.Direction);
        Assert.Equal("no comparison", d.Text);
    }

    [Theory]
    [InlineData(Rag.Red, "RED", RagTone.Red)]
    [InlineData(Rag.Amber, "AMBER", RagTone.Amber)]
    [InlineData(Rag.Green, "GREEN", RagTone.Green)]
    [InlineData(Rag.None, "NOT RATED", RagTone.NotRated)]
    public void RagWordAndTone_EveryRating(Rag rag, string word, RagTone tone)
    {
        Assert.Equal(word, ReportText.RagWord(rag));
        Assert.Equal(tone, ReportText.Tone(rag));
    }

    [Theory]
    [InlineData(29.0, KpiUnit.Percent, "29%")]
    [InlineData(15.54, KpiUnit.Percent, "15.5%")]
    [InlineData(1345.0, KpiUnit.Count, "1,345")]
    [InlineData(1.1428, KpiUnit.Ratio, "1.14")]
    [InlineData(412.0, KpiUnit.RatePer10k, "412.0")]
    [InlineData(1234.56, KpiUnit.RatePer10k, "1,234.6")]
    public void Value_FormatsByUnit(double value, KpiUnit unit, string expected)
        => Assert.Equal(expected, ReportText.Value(value, unit));

    [Fact]
    public void Value_Null_EnDash() => Assert.Equal("\u2013", ReportText.Value(null, KpiUnit.Percent));

    [Fact]
    public void Icons_EveryValueHasWords()
    {
        foreach (var v in Enum.GetValues<VariationIcon>())
        {
            Assert.False(string.IsNullOrWhiteSpace(ReportText.Variation(v).Words));
        }
        foreach (var a in Enum.GetValues<AssuranceIcon>())
        {
            Assert.False(string.IsNullOrWhiteSpace(ReportText.Assurance(a).Words));
        }
        Assert.Equal("Concern (low)", ReportText.Variation(VariationIcon.ConcernLow).Words);
        Assert.Equal("Hit and miss", ReportText.Assurance(AssuranceIcon.HitAndMiss).Words);
    }

    [Fact]
    public void SymbolText_SymbolHiddenFromScreenReaders_WordsShown()
    {
        var html = HtmlFragment.Render(new SymbolText("\u25B2", "Concern (high)", "spc")).Markup;
        Assert.Equal("<span class=\"spc\" title=\"Concern (high)\"><span class=\"sym\" aria-hidden=\"true\">\u25B2</span> Concern (high)</span>", html);
    }
}
