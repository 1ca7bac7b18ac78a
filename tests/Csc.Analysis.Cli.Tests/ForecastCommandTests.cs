using System.Globalization;
using Csc.Analysis.Statistics.Forecasting;

namespace Csc.Analysis.Cli.Tests;

public sealed class ForecastCommandTests : IDisposable
{
    private readonly StatisticsCommandFixture fx = new();

    public void Dispose() => fx.Dispose();

    private static double[] Monthly(int n) => Enumerable.Range(0, n).Select(i => 100 + 0.5 * i + 10 * Math.Sin(2 * Math.PI * i / 12) + (i * 7 % 5)).ToArray();

    private static double[] Numbers(string line) => line.Split(',').Skip(1).Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void Forecast_Snaive_ContinuesMonthsAndMatchesLibrary()
    {
        var x = Monthly(36); // 2014-06 .. 2017-05
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2014, 6, x));
        Assert.Equal(0, fx.Run("forecast", "--input", "in.csv", "--out", "out.csv", "--method", "snaive", "--horizon", "14"));
        var lines = fx.ReadLines("out.csv");
        Assert.Equal("t,mean,lo80,hi80,lo95,hi95", lines[0]);
        Assert.Equal(15, lines.Length);
        Assert.StartsWith("2017-06,", lines[1]);
        Assert.StartsWith("2018-07,", lines[14]);
        var expected = SeasonalNaive.Forecast(x, 12, 14).Points;
        for (var h = 0; h < 14; h++)
        {
            var p = expected[h];
            Assert.Equal([p.Mean, p.Lower80, p.Upper80, p.Lower95, p.Upper95], Numbers(lines[h + 1]));
        }
    }

    [Fact]
    public void Forecast_HoltWintersFixedParameters_MatchesLibrary()
    {
        var x = Monthly(48);
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2013, 6, x));
        Assert.Equal(0, fx.Run("forecast", "--input", "in.csv", "--out", "out.csv", "--method", "holt-winters", "--type", "multiplicative",
            "--alpha", "0.3", "--beta", "0.1", "--gamma", "0.2", "--horizon", "6"));
        var expected = HoltWinters.Fit(x, new HoltWintersOptions { Seasonality = Seasonality.Multiplicative, Alpha = 0.3, Beta = 0.1, Gamma = 0.2 }).Forecast(6);
        var lines = fx.ReadLines("out.csv");
        for (var h = 0; h < 6; h++)
        {
            var p = expected[h];
            Assert.Equal([p.Mean, p.Lower80, p.Upper80, p.Lower95, p.Upper95], Numbers(lines[h + 1]));
        }
        Assert.Contains("HoltWintersMultiplicative x1", fx.Out.ToString());
    }

    [Fact]
    public void Forecast_SeriesColumnAndAuto_OneBlockPerSeries()
    {
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2014, 6, Monthly(36), "north")
            + StatisticsCommandFixture.MonthlyCsv(2015, 1, Monthly(30), "south").Replace("series,month,value\n", ""));
        Assert.Equal(0, fx.Run("forecast", "--input", "in.csv", "--out", "out.csv", "--method", "auto", "--horizon", "3"));
        var lines = fx.ReadLines("out.csv");
        Assert.Equal("series,t,mean,lo80,hi80,lo95,hi95", lines[0]);
        Assert.StartsWith("north,2017-06,", lines[1]);
        Assert.StartsWith("south,2017-07,", lines[4]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void Forecast_IntegerLabels_ContinueByOne()
    {
        fx.Write("in.csv", "t,y\n" + string.Join("", Monthly(26).Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1},{v}\n"))));
        Assert.Equal(0, fx.Run("forecast", "--input", "in.csv", "--out", "out.csv", "--method", "snaive", "--horizon", "2"));
        var lines = fx.ReadLines("out.csv");
        Assert.StartsWith("27,", lines[1]);
        Assert.StartsWith("28,", lines[2]);
    }

    [Theory]
    [InlineData("2017-11", "2017-12", "2018-01")]
    [InlineData("201711", "201712", "201801")]
    [InlineData("-1", "0", "1")]
    public void TryFutureLabels_MonthsAndIntegers_Continue(string last, string first, string second)
    {
        Assert.True(global::Csc.Analysis.Cli.Commands.ForecastCommand.TryFutureLabels(["x", last], 2, out var future, out var problem));
        Assert.Null(problem);
        Assert.Equal([first, second], future);
    }

    [Theory]
    [InlineData(new[] { "--method", "arima", "--horizon", "3" }, "--method must be snaive, holt-winters or auto; got 'arima'.")]
    [InlineData(new[] { "--method", "holt-winters", "--type", "mixed", "--horizon", "3" }, "--type must be additive or multiplicative; got 'mixed'.")]
    [InlineData(new[] { "--method", "holt-winters", "--alpha", "1.5", "--horizon", "3" }, "--alpha must be in (0, 1]; got 1.5.")]
    [InlineData(new[] { "--method", "snaive", "--horizon", "0" }, "--horizon must be at least 1; got 0.")]
    public void Forecast_BadOption_UsageError(string[] extra, string message)
    {
        fx.Write("in.csv", StatisticsCommandFixture.MonthlyCsv(2014, 6, Monthly(36)));
        string[] args = ["forecast", "--input", "in.csv", "--out", "out.csv", .. extra];
        Assert.Equal(2, fx.Run(args));
        Assert.Contains(message, fx.Error.ToString());
    }

    [Fact]
    public void Forecast_TooShortAndBadLabel_DataErrorsNamed()
    {
        fx.Write("in.csv", "series,t,value\nshort,2017-01,1\nshort,2017-02,2\n" + string.Join("", Monthly(30).Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"odd,Q{i},{v}\n"))));
        Assert.Equal(1, fx.Run("forecast", "--input", "in.csv", "--out", "out.csv", "--method", "holt-winters", "--horizon", "3"));
        var errors = fx.Error.ToString();
        Assert.Contains("2 problem(s)", errors);
        Assert.Contains("in.csv, series 'short': Holt–Winters needs at least 24 values (2 whole periods of 12 for the start values and 2 more to fit); got 2.", errors);
        Assert.Contains("in.csv, series 'odd': the last t label 'Q29' is neither a month (YYYY-MM) nor an integer, so the forecast's t cannot continue it.", errors);
    }
}
