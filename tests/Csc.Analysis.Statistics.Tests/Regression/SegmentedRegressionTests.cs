using Csc.Analysis.Statistics.Regression;
using static Csc.Analysis.Statistics.Tests.Regression.ReferenceFiles;

namespace Csc.Analysis.Statistics.Tests.Regression;

public sealed class SegmentedRegressionTests
{
    // Reference values: Regression/Reference/segmented_regression.R (R lm and sandwich::NeweyWest), output committed.
    private static readonly double[] Series = [.. Read("Regression", "Reference", "segmented_series.csv").Select(r => D(r["y"]))];

    [Theory]
    [InlineData("fourier_classical", SeasonalTerm.Fourier, CovarianceType.Classical)]
    [InlineData("fourier_neweywest3", SeasonalTerm.Fourier, CovarianceType.NeweyWest)]
    [InlineData("dummies_classical", SeasonalTerm.Dummies, CovarianceType.Classical)]
    [InlineData("none_classical", SeasonalTerm.None, CovarianceType.Classical)]
    public void Fit_MatchesRLm_To1e9(string model, SeasonalTerm seasonal, CovarianceType covariance)
    {
        var options = new SegmentedRegressionOptions
        {
            Seasonal = seasonal,
            SeasonOffset = 3,
            Ols = new OlsOptions { Covariance = covariance, NeweyWestLag = 3 },
        };
        var result = SegmentedRegression.Fit(Series, 24, options);
        var expected = Read("Regression", "Reference", "segmented_reference.csv").Where(r => r["model"] == model).ToList();
        Assert.Equal(expected.Count, result.Fit.Coefficients.Count);
        foreach (var row in expected)
        {
            var c = result.Fit[row["term"]];
            Assert.Equal(D(row["estimate"]), c.Estimate, 1e-9);
            Assert.Equal(D(row["se"]), c.StandardError, 1e-9);
            Assert.Equal(D(row["lower"]), c.Lower, 1e-9);
            Assert.Equal(D(row["upper"]), c.Upper, 1e-9);
            Assert.Equal(D(row["p"]), c.PValue, 1e-9);
        }
    }

    [Fact]
    public void Fit_ExactLine_RecoversLevelAndSlopeChange()
    {
        // y = 10 + 1·t for t < 5, then 10 + t - 4 + 2(t - 5): level change -4, slope change +2, no noise.
        var y = Enumerable.Range(0, 10).Select(t => 10.0 + t + (t >= 5 ? -4 + (2.0 * (t - 5)) : 0)).ToArray();
        y[3] += 1e-3; // one tiny perturbation so the residual variance is not exactly zero
        var result = SegmentedRegression.Fit(y, 5, new SegmentedRegressionOptions { Seasonal = SeasonalTerm.None });
        Assert.Equal(-4, result.LevelChange.Estimate, 2);
        Assert.Equal(2, result.SlopeChange.Estimate, 2);
        Assert.Equal(10, result.Counterfactual.Count);
        Assert.Equal(result.Fit.Fitted[9] - result.LevelChange.Estimate - (4 * result.SlopeChange.Estimate), result.Counterfactual[9], 9);
    }

    [Fact]
    public void Fit_BreakTooCloseToEnd_ThrowsWithRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SegmentedRegression.Fit(new double[10], 9));
        Assert.Contains("between 2 and 8 for 10 observations", ex.Message);
    }

    [Fact]
    public void OlsFit_CollinearColumn_NamesIt()
    {
        double[][] x = [[1, 1, 2], [1, 2, 4], [1, 3, 6], [1, 4, 8]];
        var ex = Assert.Throws<ArgumentException>(() => Ols.Fit(x, ["intercept", "a", "twice_a"], [1, 2, 2, 5]));
        Assert.Contains("column 'twice_a'", ex.Message);
    }

    [Fact]
    public void OlsFit_RowLengthWrong_SaysWhichRow()
    {
        double[][] x = [[1, 1], [1], [1, 3]];
        var ex = Assert.Throws<ArgumentException>(() => Ols.Fit(x, ["intercept", "a"], [1, 2, 2]));
        Assert.Contains("Design row 1 has 1 columns but 2 names", ex.Message);
    }
}
