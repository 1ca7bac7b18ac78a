using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Statistics.Regression;

namespace Csc.Analysis.Tests.Investigations;

public sealed class InterventionImpactTests
{
    private static MonthlySeries Series(double level)
    {
        // 36 months from April 2014: 50 + 0.2 t + seasonal wave + a level change at month 24 (April 2016), small noise.
        var rng = new Random(11);
        var start = new ReportingMonth(2014, 4);
        return new MonthlySeries("lac_count", start, [.. Enumerable.Range(0, 36).Select(t =>
            50 + (0.2 * t) + (3 * Math.Sin(2 * Math.PI * (start.Month - 1 + t) / 12)) + (t >= 24 ? level : 0) + ((rng.NextDouble() - 0.5) * 0.4))]);
    }

    [Fact]
    public void Analyse_RecoversPlantedLevelChange()
    {
        var r = InterventionImpact.Analyse(Series(-6), new ReportingMonth(2016, 4));
        Assert.Equal(24, r.Fit.BreakIndex);
        Assert.InRange(r.Fit.LevelChange.Estimate, -6.6, -5.4);
        Assert.True(r.Fit.LevelChange.Upper < 0);
        Assert.Contains("changed level by -6", r.Finding);
        Assert.Contains("the interval excludes zero", r.Finding);
    }

    [Fact]
    public void Analyse_NoChange_TextSaysIntervalIncludesZero()
    {
        var r = InterventionImpact.Analyse(Series(0), new ReportingMonth(2016, 4));
        Assert.True(r.Fit.LevelChange.Lower < 0 && r.Fit.LevelChange.Upper > 0);
        Assert.Contains("includes zero", r.Finding);
        Assert.NotEqual(InterventionImpact.Analyse(Series(-6), new ReportingMonth(2016, 4)).Finding, r.Finding);
    }

    [Fact]
    public void Analyse_NeweyWest_NamedInText()
    {
        var o = new SegmentedRegressionOptions { Ols = new OlsOptions { Covariance = CovarianceType.NeweyWest, NeweyWestLag = 2 } };
        var r = InterventionImpact.Analyse(Series(-6), new ReportingMonth(2016, 4), o);
        Assert.Contains("Newey–West standard errors, lag 2", r.Finding);
        Assert.All(r.FittedTable.Rows, row => Assert.Equal(4, row.Length));
    }

    [Fact]
    public void Analyse_InterventionAtEdge_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterventionImpact.Analyse(Series(0), new ReportingMonth(2017, 3)));
        Assert.Contains("at least 2 months on each side of 'lac_count' (2014-04 to 2017-03)", ex.Message);
    }
}
