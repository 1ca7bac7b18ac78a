using System.Globalization;
using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Cli.Tests;

public sealed class SpcCommandTests : IDisposable
{
    private readonly StatisticsCommandFixture fx = new();

    public void Dispose() => fx.Dispose();

    // 10 points alternating 16, 8 then a 45: mean 165/11 = 15, moving ranges nine 8s and 37 → m̄ = 109/10 = 10.9,
    // limits 15 ± 2.66·10.9 = −13.994 .. 43.994, so only the 45 is special (above the upper limit)
    private static readonly double[] Spike = [16, 8, 16, 8, 16, 8, 16, 8, 16, 8, 45];

    [Fact]
    public void Spc_OneSeries_WritesContractColumnsAndFlagsTheSpike()
    {
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, Spike));
        var code = fx.Run("spc", "--input", "in.csv", "--out", "out.csv");
        Assert.Equal(0, code);
        var lines = fx.ReadLines("out.csv");
        Assert.Equal("t,value,mean,lpl,upl,lower_2sigma,upper_2sigma,special_cause,point_type,variation_icon,assurance_icon", lines[0]);
        Assert.Equal(12, lines.Length);
        var last = lines[^1].Split(',');
        Assert.Equal("2017-02", last[0]);
        Assert.Equal(15, double.Parse(last[2], CultureInfo.InvariantCulture), 12);
        Assert.Equal(15 + 2.66 * 10.9, double.Parse(last[4], CultureInfo.InvariantCulture), 12);
        Assert.Equal(["true", "special_cause_improvement", "improvement_high", ""], last[7..]);
        Assert.Equal(["false", "common_cause", "common_cause", ""], lines[1].Split(',')[7..]);
        Assert.Contains("spc: 1 of 1 series charted, 11 points, 1 special-cause points", fx.Out.ToString());
    }

    [Fact]
    public void Spc_SeriesColumn_LeadingSeriesColumnForEverySeries()
    {
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, Spike, "A") + StatisticsCommandFixture.MonthlyCsv(2016, 4, [1, 2, 1, 2], "B").Replace("series,month,value\n", ""));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "out.csv"));
        var lines = fx.ReadLines("out.csv");
        Assert.StartsWith("series,t,value,", lines[0]);
        Assert.Equal(1 + 11 + 4, lines.Length);
        Assert.StartsWith("B,2016-04,1,1.5,", lines[12]);
    }

    [Fact]
    public void Spc_LowerIsBetterWithTarget_ConcernAndAssurance()
    {
        // limits −13.994 .. 43.994: a target of 50 is above the upper limit → consistently passing when lower is better
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, Spike));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "out.csv", "--improvement", "lower", "--target", "50"));
        var last = fx.ReadLines("out.csv")[^1].Split(',');
        Assert.Equal(["true", "special_cause_concern", "concern_high", "consistently_passing"], last[7..]);
    }

    [Fact]
    public void Spc_RebaseStableShift_RecalculatesWhereTheShiftLasts()
    {
        // 6 at level 10 then 6 at level 20 with periods of 3 and runs of 6: centre 10.33 from the first 3; from point 6
        // every point is above it (a run of 6), the candidate mean of points 6..8 is 20.33 and no opposing run of 6 below it
        // starts there: limits re-established from 2016-10
        double[] x = [11, 9, 11, 9, 11, 9, 21, 19, 21, 19, 21, 19];
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, x));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "out.csv", "--rebase", "stable-shift", "--period-minimum", "3", "--run-length", "6"));
        var lines = fx.ReadLines("out.csv");
        Assert.Equal(10, double.Parse(lines[6].Split(',')[2], CultureInfo.InvariantCulture), 12);
        Assert.Equal(20, double.Parse(lines[7].Split(',')[2], CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public void Spc_PeriodMinimumBelowTwo_ExitsTwo()
    {
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, Spike));
        Assert.Equal(2, fx.Run("spc", "--input", "in.csv", "--out", "out.csv", "--rebase", "stable-shift", "--period-minimum", "1"));
        Assert.Contains("--period-minimum must be at least 2 points; got 1.", fx.Error.ToString());
    }

    [Fact]
    public void Spc_RebaseAtLabel_RecalculatesLimits()
    {
        double[] x = [11, 9, 11, 9, 11, 9, 21, 19, 21, 19, 21, 19];
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, x));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "out.csv", "--rebase", "2016-10"));
        var lines = fx.ReadLines("out.csv");
        Assert.Equal("10", lines[6].Split(',')[2]);
        Assert.Equal("20", lines[7].Split(',')[2]);
        Assert.All(lines.Skip(1), l => Assert.Equal("false", l.Split(',')[7]));
    }

    [Fact]
    public void Spc_FixAfterAndExcludeBeyond_PassedThrough()
    {
        // baseline 11, 9 × 5 (mean 10, limits 4.68 .. 15.32, 2σ 13.546); then 16 (beyond) and 14 (between)
        double[] x = [11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 16, 14, 10];
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, x));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "include.csv", "--fix-after", "10"));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "exclude.csv", "--fix-after", "10", "--two-of-three", "exclude-beyond"));
        Assert.Equal("true", fx.ReadLines("include.csv")[12].Split(',')[7]);
        Assert.Equal("false", fx.ReadLines("exclude.csv")[12].Split(',')[7]);
    }

    [Fact]
    public void Spc_RunLengthSix_SixPointRunFlagged()
    {
        double[] x = [11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 10.5, 10.6, 10.5, 10.6, 10.5, 10.6];
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, x));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "seven.csv", "--fix-after", "10"));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "six.csv", "--fix-after", "10", "--run-length", "6"));
        Assert.Equal("false", fx.ReadLines("seven.csv")[^1].Split(',')[7]);
        Assert.Equal("true", fx.ReadLines("six.csv")[^1].Split(',')[7]);
    }

    [Fact]
    public void Spc_ScreenOutliers_NarrowsLimits()
    {
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, [10, 11, 10, 11, 10, 11, 10, 11, 10, 30, 10, 11]));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "out.csv", "--screen-outliers"));
        // m̄ after screening = 1 (see XmrLimitsTests): upl = 145/12 + 2.66
        Assert.Equal(145.0 / 12 + 2.66, double.Parse(fx.ReadLines("out.csv")[1].Split(',')[4], CultureInfo.InvariantCulture), 12);
    }

    [Theory]
    [InlineData("--run-length", "5", "--run-length must be 7 or 6; got 5.")]
    [InlineData("--improvement", "up", "--improvement must be higher, lower or neutral; got 'up'.")]
    [InlineData("--two-of-three", "both", "--two-of-three must be include-beyond or exclude-beyond; got 'both'.")]
    [InlineData("--fix-after", "1", "--fix-after must be at least 2 points; got 1.")]
    public void Spc_BadOption_UsageError(string option, string value, string message)
    {
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, Spike));
        Assert.Equal(2, fx.Run("spc", "--input", "in.csv", "--out", "out.csv", option, value));
        Assert.Contains(message, fx.Error.ToString());
    }

    [Fact]
    public void Spc_MissingValueAndUnknownRebase_ReportedOtherSeriesWritten()
    {
        fx.Write("in.csv", "series,month,value\nA,2016-04,1\nA,2016-05,\nA,2016-06,3\nB,2016-04,1\nB,2016-05,2\nB,2016-06,3\nC,2016-05,1\nC,2016-06,2\nC,2016-07,3\n");
        Assert.Equal(1, fx.Run("spc", "--input", "in.csv", "--out", "out.csv", "--rebase", "2016-04"));
        var errors = fx.Error.ToString();
        Assert.Contains("3 problem(s)", errors);
        Assert.Contains("in.csv, series 'A', t 2016-05: value is missing; this command needs a complete series (fill the gap or trim the series).", errors);
        Assert.Contains("in.csv, series 'B': Rebase index 0 is invalid", errors);
        Assert.Contains("in.csv, series 'C': --rebase t '2016-04' is not in the series (its t labels run 2016-05 .. 2016-07).", errors);
        Assert.Single(fx.ReadLines("out.csv")); // header only: all three failed
    }

    [Fact]
    public void Spc_MissingInputFile_DataError()
    {
        Assert.Equal(1, fx.Run("spc", "--input", "nope.csv", "--out", "out.csv"));
    }

    [Fact]
    public void Spc_OutputMatchesLibrary()
    {
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2016, 4, Spike));
        Assert.Equal(0, fx.Run("spc", "--input", "in.csv", "--out", "out.csv"));
        var expected = XmrChart.Evaluate(Spike, new SpcOptions());
        var lines = fx.ReadLines("out.csv");
        for (var i = 0; i < Spike.Length; i++)
        {
            var f = lines[i + 1].Split(',');
            Assert.Equal(expected.Points[i].Lower2Sigma, double.Parse(f[5], CultureInfo.InvariantCulture));
            Assert.Equal(expected.Points[i].PointType.Code(), f[8]);
        }
    }
}
