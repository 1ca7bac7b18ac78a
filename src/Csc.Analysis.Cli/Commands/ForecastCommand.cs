using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.Forecasting;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi forecast</c>: seasonal naive or Holt–Winters forecasts with 80% and 95% intervals for every series in a
/// series CSV. Writes [series,]t,mean,lo80,hi80,lo95,hi95 where t continues the input's labels (months YYYY-MM continue
/// month by month; integer labels continue by 1).
/// </summary>
internal sealed class ForecastCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var input = new Option<string>("--input") { Description = "Series CSV (month|t, value|y, optional series column).", Required = true };
        var output = new Option<string>("--out") { Description = "Output CSV: t,mean,lo80,hi80,lo95,hi95.", Required = true };
        var method = new Option<string>("--method") { Description = "snaive, holt-winters, or auto (choose by one-step error on the last 12 months).", Required = true };
        var type = new Option<string>("--type") { Description = "Holt-Winters seasonality: additive (default) or multiplicative.", DefaultValueFactory = _ => "additive" };
        var alpha = new Option<double?>("--alpha") { Description = "Holt-Winters level smoothing in (0, 1]; estimated when omitted." };
        var beta = new Option<double?>("--beta") { Description = "Holt-Winters trend smoothing in [0, 1]; estimated when omitted." };
        var gamma = new Option<double?>("--gamma") { Description = "Holt-Winters seasonal smoothing in [0, 1]; estimated when omitted." };
        var horizon = new Option<int>("--horizon") { Description = "Number of periods to forecast.", Required = true };
        var period = new Option<int>("--period") { Description = "Observations per seasonal cycle (default 12).", DefaultValueFactory = _ => 12 };

        var command = new Command("forecast", "Forecast each series in a CSV with prediction intervals (seasonal naive or Holt-Winters).\n\nExamples:\n  csc-kpi forecast --input lac.csv --method auto --horizon 12 --out lac-forecast.csv\n  csc-kpi forecast --input lac.csv --horizon 6 --method holt-winters --type multiplicative --out lac-forecast.csv");
        foreach (var option in new Option[] { input, output, method, type, alpha, beta, gamma, horizon, period })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var typeText = parse.GetValue(type)!;
            ForecastMethod? chosen = parse.GetValue(method) switch
            {
                "snaive" => ForecastMethod.SeasonalNaive,
                "holt-winters" => typeText switch
                {
                    "additive" => ForecastMethod.HoltWintersAdditive,
                    "multiplicative" => ForecastMethod.HoltWintersMultiplicative,
                    _ => throw new CliException($"--type must be additive or multiplicative; got '{typeText}'."),
                },
                "auto" => null,
                var other => throw new CliException($"--method must be snaive, holt-winters or auto; got '{other}'."),
            };
            var h = parse.GetValue(horizon);
            if (h < 1)
            {
                throw new CliException($"--horizon must be at least 1; got {h}.");
            }
            var m = parse.GetValue(period);
            if (m < 1)
            {
                throw new CliException($"--period must be at least 1; got {m}.");
            }
            var options = new ForecastOptions
            {
                Method = chosen,
                Horizon = h,
                Period = m,
                Alpha = Unit(parse.GetValue(alpha), "--alpha", allowZero: false),
                Beta = Unit(parse.GetValue(beta), "--beta", allowZero: true),
                Gamma = Unit(parse.GetValue(gamma), "--gamma", allowZero: true),
            };
            return Run(env, env.Resolve(parse.GetValue(input)!), env.Resolve(parse.GetValue(output)!), options);
        });
        return command;
    }

    private static double? Unit(double? value, string name, bool allowZero)
    {
        if (value is { } v && (double.IsNaN(v) || v > 1 || v < 0 || (!allowZero && v == 0)))
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{name} must be in {(allowZero ? "[0, 1]" : "(0, 1]")}; got {v}."));
        }
        return value;
    }

    private static int Run(CliEnvironment env, string inputPath, string outputPath, ForecastOptions options)
    {
        CliArguments.RefuseOverInputs("--out", outputPath, inputPath);
        var all = SeriesCsv.Read(inputPath);
        var named = all.Any(s => s.Name is not null);
        var problems = new List<string>();
        var methods = new List<string>();
        var written = 0;
        using (var writer = CsvOutput.Create(outputPath, CsvAudience.Program))
        {
            if (named)
            {
                writer.Text("series");
            }
            writer.Row("t", "mean", "lo80", "hi80", "lo95", "hi95");
            foreach (var series in all)
            {
                var label = SpcCommand.SeriesLabel(inputPath, series);
                if (!CommandInput.TryComplete(series, label, problems))
                {
                    continue;
                }
                if (!TryFutureLabels(series.Labels, options.Horizon, out var future, out var labelProblem))
                {
                    problems.Add($"{label}: {labelProblem}");
                    continue;
                }
                ForecastResult result;
                try
                {
                    result = Forecaster.Forecast(series.Values, options);
                }
                catch (ArgumentException ex)
                {
                    var cut = ex.Message.IndexOf(" (Parameter", StringComparison.Ordinal);
                    problems.Add($"{label}: {(cut >= 0 ? ex.Message[..cut] : ex.Message)}");
                    continue;
                }
                foreach (var p in result.Points)
                {
                    if (named)
                    {
                        writer.Text(series.Name);
                    }
                    writer.Text(future[p.Step - 1]).Number(p.Mean).Number(p.Lower80).Number(p.Upper80).Number(p.Lower95).Number(p.Upper95);
                    writer.EndRow();
                }
                methods.Add(result.Method.ToString());
                written++;
            }
        }
        var used = string.Join(", ", methods.GroupBy(m => m, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} x{g.Count()}")));
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"forecast: {written} of {all.Count} series, {options.Horizon} steps each ({used}) -> {outputPath}"));
        return CommandInput.Report(env, problems);
    }

    /// <summary>The next <paramref name="horizon"/> labels after the last one: months (YYYY-MM) or integers.</summary>
    internal static bool TryFutureLabels(IReadOnlyList<string> labels, int horizon, out string[] future, out string? problem)
    {
        future = new string[horizon];
        problem = null;
        var last = labels[^1].Trim();
        if (ReportingMonth.TryParse(last, out var month))
        {
            var dashed = last.Length == 7;
            for (var h = 1; h <= horizon; h++)
            {
                var next = month.PlusMonths(h);
                future[h - 1] = dashed ? next.ToString() : string.Create(CultureInfo.InvariantCulture, $"{next.Year:0000}{next.Month:00}");
            }
            return true;
        }
        if (long.TryParse(last, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            for (var h = 1; h <= horizon; h++)
            {
                future[h - 1] = (number + h).ToString(CultureInfo.InvariantCulture);
            }
            return true;
        }
        problem = $"the last t label '{labels[^1]}' is neither a month (YYYY-MM) nor an integer, so the forecast's t cannot continue it.";
        return false;
    }
}
