using Csc.Analysis.Statistics.Forecasting;

namespace Csc.Analysis.Statistics.Tests.Forecasting;

/// <summary>
/// Seasonal naive against R forecast 8.20: <c>snaive(x, h = h, level = c(80, 95))</c>, values from
/// Reference/Forecasting/make_reference.R (sn_case calls quoted below). Tolerance 1e-9.
/// </summary>
public sealed class SeasonalNaiveReferenceTests
{
    [Theory]
    [InlineData("airpassengers", "AirPassengers", 30)] // sn_case("airpassengers", AirPassengers, 30)
    [InlineData("nottem", "nottem", 24)]               // sn_case("nottem", nottem, 24)
    [InlineData("synth40", "synth40", 15)]             // sn_case("synth40", synth40, 15)
    [InlineData("synth48", "synth48", 13)]             // sn_case("synth48", synth48, 13)
    public void Forecast_MonthlySeries_MatchesRSnaive(string caseName, string series, int horizon)
    {
        var x = ReferenceData.Series(series);
        var result = SeasonalNaive.Forecast(x, 12, horizon);
        Assert.Equal(ForecastMethod.SeasonalNaive, result.Method);
        var file = $"snaive_{caseName}.csv";
        string[] columns = ["mean", "lo80", "hi80", "lo95", "hi95"];
        var expected = columns.Select(c => ReferenceData.Column(file, c)).ToArray();
        Assert.Equal(horizon, result.Points.Count);
        for (var h = 0; h < horizon; h++)
        {
            var p = result.Points[h];
            double[] actual = [p.Mean, p.Lower80, p.Upper80, p.Lower95, p.Upper95];
            for (var c = 0; c < columns.Length; c++)
            {
                ReferenceData.Close(expected[c][h], actual[c], $"{caseName} {columns[c]} h={h + 1}");
            }
        }
    }
}
