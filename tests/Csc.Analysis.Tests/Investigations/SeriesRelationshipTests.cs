using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;

namespace Csc.Analysis.Tests.Investigations;

public sealed class SeriesRelationshipTests
{
    private static readonly ReportingMonth Start = new(2014, 4);

    [Fact]
    public void Analyse_SharedSeasonalityOnly_CorrelationVanishesAfterAdjustment()
    {
        // Both series are the same seasonal wave plus independent noise: raw correlation is high,
        // after removing seasonality it is near zero.
        var rng = new Random(1);
        double Wave(int t) => 30 * Math.Sin(2 * Math.PI * (Start.Month - 1 + t) / 12);
        var x = new MonthlySeries("cin_plans", Start, [.. Enumerable.Range(0, 38).Select(t => 300 + Wave(t) + rng.NextDouble() * 6)]);
        var y = new MonthlySeries("cp_plans", Start, [.. Enumerable.Range(0, 38).Select(t => 250 + Wave(t) + rng.NextDouble() * 6)]);
        var raw = SeriesRelationship.Analyse(x, y, new SeriesRelationshipOptions { RemoveSeasonality = false });
        var adjusted = SeriesRelationship.Analyse(x, y);
        Assert.True(raw.Correlations.Single(c => c.Lag == 0).R > 0.9);
        Assert.True(adjusted.SeasonalityRemoved);
        Assert.True(Math.Abs(adjusted.Correlations.Single(c => c.Lag == 0).R) < 0.5, $"r = {adjusted.Correlations.Single(c => c.Lag == 0).R}");
        Assert.Equal(13, adjusted.Correlations.Count);
        Assert.Equal(38, adjusted.Months);
        Assert.Contains("38 months (April 2014 to May 2017)", adjusted.Finding);
        Assert.Contains("After removing each series' seasonal pattern", adjusted.Finding);
        Assert.NotEqual(raw.Finding, adjusted.Finding);
    }

    [Fact]
    public void Analyse_Ratio_HandWorked()
    {
        var x = new MonthlySeries("a", Start, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
        var y = new MonthlySeries("b", Start.Next, [10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
        var r = SeriesRelationship.Analyse(x, y, new SeriesRelationshipOptions { MaxLag = 2 });
        Assert.Equal(Start.Next, r.From);
        Assert.Equal(9, r.Months);
        Assert.Equal(2, r.Ratio[0].Ratio);
        Assert.False(r.SeasonalityRemoved);
        Assert.Contains("could not be removed", r.Finding);
    }

    [Fact]
    public void Analyse_TooShort_Throws()
    {
        var x = new MonthlySeries("a", Start, [1, 2, 3]);
        var ex = Assert.Throws<ArgumentException>(() => SeriesRelationship.Analyse(x, x));
        Assert.Contains("share 3 consecutive months", ex.Message);
    }
}
