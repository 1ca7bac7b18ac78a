using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Statistics.Decomposition;
using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi decompose</c>: STL or classical decomposition of every series in a series CSV file (see <see cref="SeriesCsv"/>),
/// written as CSV <c>[series,]t,observed,seasonal,trend,remainder,weights</c> (plus <c>imputed</c> with <c>--fill-gaps</c>).
/// </summary>
internal sealed class DecomposeCommand : ICliCommand
{
    private static readonly string[] StlOnlyOptions =
    [
        "--seasonal-window", "--trend-window", "--lowpass-window", "--seasonal-degree", "--trend-degree", "--lowpass-degree",
        "--seasonal-jump", "--trend-jump", "--lowpass-jump", "--inner", "--outer", "--robust", "--defaults",
    ];

    public Command Build(CliEnvironment env)
    {
        var input = new Option<string>("--input") { Description = "Series CSV: columns month,value or t,y (optional series column; blank value = missing).", Required = true };
        var output = new Option<string>("--out") { Description = "Output CSV: [series,]t,observed,seasonal,trend,remainder,weights.", Required = true };
        var method = new Option<string>("--method") { Description = "stl (default) or classical (R's decompose).", DefaultValueFactory = _ => "stl" };
        var period = new Option<int>("--period") { Description = "Observations per seasonal cycle (default 12: monthly data, yearly pattern).", DefaultValueFactory = _ => 12 };
        var seasonalWindow = new Option<string?>("--seasonal-window") { Description = "STL seasonal loess span: an odd number >= 3, or 'periodic' (same pattern every year). Required with --defaults r, which rounds an even span up to the next odd one as R's stl does." };
        var trendWindow = new Option<int?>("--trend-window") { Description = "STL trend loess span (odd, >= 3; --defaults r rounds an even span up, as R's stl)." };
        var lowPassWindow = new Option<int?>("--lowpass-window") { Description = "STL low-pass loess span (odd, >= 3; --defaults r rounds an even span up, as R's stl)." };
        var seasonalDegree = new Option<int?>("--seasonal-degree") { Description = "STL seasonal loess degree, 0 or 1." };
        var trendDegree = new Option<int?>("--trend-degree") { Description = "STL trend loess degree, 0 or 1." };
        var lowPassDegree = new Option<int?>("--lowpass-degree") { Description = "STL low-pass loess degree, 0 or 1." };
        var seasonalJump = new Option<int?>("--seasonal-jump") { Description = "STL seasonal loess evaluation step (>= 1)." };
        var trendJump = new Option<int?>("--trend-jump") { Description = "STL trend loess evaluation step (>= 1)." };
        var lowPassJump = new Option<int?>("--lowpass-jump") { Description = "STL low-pass loess evaluation step (>= 1)." };
        var inner = new Option<int?>("--inner") { Description = "STL inner (backfitting) iterations (>= 1)." };
        var outer = new Option<int?>("--outer") { Description = "STL outer (robustness) iterations (>= 0)." };
        var robust = new Option<bool>("--robust") { Description = "Robust STL: outliers get low weights (bisquare, 6 x median |remainder|)." };
        var defaults = new Option<string>("--defaults") { Description = "Defaults for unset STL parameters: r (R's stl, default) or statsmodels.", DefaultValueFactory = _ => "r" };
        var type = new Option<string>("--type") { Description = "additive (default) or multiplicative (classical only).", DefaultValueFactory = _ => "additive" };
        var fillGaps = new Option<bool>("--fill-gaps") { Description = "Fill missing values inside each series by linear interpolation first, and add an 'imputed' column." };

        var command = new Command("decompose", "Seasonal decomposition (STL or classical) of one or many series, to CSV.\n\nExamples:\n  csc-kpi decompose --input contacts.csv --out contacts-stl.csv\n  csc-kpi decompose --input contacts.csv --method classical --out contacts-classical.csv");
        foreach (var option in new Option[] { input, output, method, period, seasonalWindow, trendWindow, lowPassWindow, seasonalDegree, trendDegree, lowPassDegree,
                     seasonalJump, trendJump, lowPassJump, inner, outer, robust, defaults, type, fillGaps })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var methodName = Choice(parse.GetValue(method)!, "--method", "stl", "classical");
            var typeName = Choice(parse.GetValue(type)!, "--type", "additive", "multiplicative");
            var defaultsName = Choice(parse.GetValue(defaults)!, "--defaults", "r", "statsmodels");
            var decompositionType = typeName == "multiplicative" ? DecompositionType.Multiplicative : DecompositionType.Additive;
            var periodValue = parse.GetValue(period);
            if (periodValue < 2)
            {
                throw new CliException($"--period must be at least 2 (got {periodValue}): use 12 for monthly data with a yearly pattern.");
            }

            Func<double[], DecompositionResult> decompose;
            if (methodName == "classical")
            {
                var given = StlOnlyOptions.Where(name => parse.GetResult(command.Options.First(o => o.Name == name)) is { Implicit: false }).ToArray();
                if (given.Length > 0)
                {
                    throw new CliException($"{string.Join(", ", given)} only appl{(given.Length == 1 ? "ies" : "y")} to --method stl; remove {(given.Length == 1 ? "it" : "them")} or use --method stl.");
                }
                var classical = new ClassicalOptions(periodValue, decompositionType);
                decompose = values => ClassicalDecomposition.Decompose(values, classical);
            }
            else
            {
                if (decompositionType == DecompositionType.Multiplicative)
                {
                    throw new CliException("STL is additive: use --method classical --type multiplicative, or decompose the logarithms of the values with STL.");
                }
                var windowText = parse.GetValue(seasonalWindow)?.Trim();
                var periodic = string.Equals(windowText, "periodic", StringComparison.OrdinalIgnoreCase);
                int? window = null;
                if (windowText is not null && !periodic)
                {
                    if (!int.TryParse(windowText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                    {
                        throw new CliException($"--seasonal-window must be an odd whole number (7 or more is usual) or 'periodic', not '{windowText}'.");
                    }
                    window = parsed;
                }
                var stlDefaults = defaultsName == "statsmodels" ? StlDefaults.Statsmodels : StlDefaults.R;
                if (windowText is null && stlDefaults == StlDefaults.R)
                {
                    throw new CliException("--seasonal-window is required with --defaults r (as in R's stl): give an odd number (7 or more is usual; larger means a steadier seasonal pattern) or 'periodic' for the same pattern every year.");
                }
                var options = new StlOptions
                {
                    Period = periodValue,
                    Defaults = stlDefaults,
                    PeriodicSeasonal = periodic,
                    SeasonalWindow = window,
                    SeasonalDegree = parse.GetValue(seasonalDegree),
                    SeasonalJump = parse.GetValue(seasonalJump),
                    TrendWindow = parse.GetValue(trendWindow),
                    TrendDegree = parse.GetValue(trendDegree),
                    TrendJump = parse.GetValue(trendJump),
                    LowPassWindow = parse.GetValue(lowPassWindow),
                    LowPassDegree = parse.GetValue(lowPassDegree),
                    LowPassJump = parse.GetValue(lowPassJump),
                    InnerIterations = parse.GetValue(inner),
                    OuterIterations = parse.GetValue(outer),
                    Robust = parse.GetValue(robust),
                };
                try
                {
                    // Option errors do not depend on the series: report them once, as usage errors.
                    options.Resolve(2 * periodValue);
                }
                catch (DecompositionException ex)
                {
                    throw new CliException(ex.Message);
                }
                decompose = values => Stl.Decompose(values, options);
            }

            return Run(env, env.Resolve(parse.GetValue(input)!), env.Resolve(parse.GetValue(output)!), decompose, parse.GetValue(fillGaps));
        });
        return command;
    }

    private static int Run(CliEnvironment env, string inputPath, string outputPath, Func<double[], DecompositionResult> decompose, bool fillGaps)
    {
        CliArguments.RefuseOverInputs("--out", outputPath, inputPath);
        var series = SeriesCsv.Read(inputPath);
        var named = series.Any(s => s.Name is not null);
        var failures = new List<string>();
        var written = 0;
        DecompositionParameters? shown = null;
        using (var writer = CsvOutput.Create(outputPath, CsvAudience.Program))
        {
            var header = new List<string?>();
            if (named)
            {
                header.Add("series");
            }
            header.AddRange(["t", "observed", "seasonal", "trend", "remainder", "weights"]);
            if (fillGaps)
            {
                header.Add("imputed");
            }
            writer.Row(header);

            foreach (var s in series)
            {
                var label = s.Name is null ? "the series" : $"series '{s.Name}'";
                var values = s.Values;
                bool[]? imputed = null;
                try
                {
                    if (fillGaps && s.MissingCount > 0)
                    {
                        var filled = Interpolation.FillGaps(values);
                        values = filled.Values;
                        imputed = filled.Imputed;
                    }
                    else if (s.MissingCount > 0)
                    {
                        var first = Array.FindIndex(values, double.IsNaN);
                        failures.Add($"{label}: {s.MissingCount} missing value(s), the first at t={s.Labels[first]}: decomposition needs a complete series. "
                            + "Add --fill-gaps to interpolate gaps inside the series, or remove missing points at the ends.");
                        continue;
                    }
                    var result = decompose(values);
                    shown ??= result.Parameters;
                    for (var i = 0; i < result.Count; i++)
                    {
                        if (named)
                        {
                            writer.Text(s.Name);
                        }
                        writer.Text(s.Labels[i]).Number(result.Observed[i]).Number(result.Seasonal[i]).Number(result.Trend[i])
                            .Number(result.Remainder[i]).Number(result.Weights[i]);
                        if (fillGaps)
                        {
                            writer.Text(imputed is not null && imputed[i] ? "true" : "false");
                        }
                        writer.EndRow();
                    }
                    written++;
                }
                catch (ArgumentException ex)
                {
                    var message = ex.Message.Replace("Trim the missing points at the ends, or use EdgeGaps.Nearest to carry the nearest observed value (flagged as imputed).",
                        "Remove the missing points at the ends of the series.", StringComparison.Ordinal);
                    failures.Add($"{label}: {message}");
                }
            }
        }

        env.Out.WriteLine($"Decomposed {written} of {series.Count} series into {outputPath}.");
        if (shown is not null)
        {
            env.Out.WriteLine($"Parameters: {Describe(shown)}.");
            if (shown is StlParameters { RoundedWindows.Count: > 0 } stl)
            {
                env.Out.WriteLine($"As R's stl does, {DescribeRounding(stl.RoundedWindows)}.");
            }
        }
        if (failures.Count == 0)
        {
            return ExitCodes.Ok;
        }
        env.Error.WriteLine($"{failures.Count} series could not be decomposed:");
        foreach (var failure in failures)
        {
            env.Error.WriteLine($"  {failure}");
        }
        return ExitCodes.DataErrors;
    }

    /// <summary>The effective parameters in words, for the console.</summary>
    internal static string Describe(DecompositionParameters parameters) => parameters switch
    {
        StlParameters p => string.Create(CultureInfo.InvariantCulture,
            $"STL ({(p.Defaults == StlDefaults.R ? "R" : "statsmodels")} defaults), period {p.Period}, seasonal window {(p.PeriodicSeasonal ? "periodic" : p.SeasonalWindow.ToString(CultureInfo.InvariantCulture))} "
            + $"(degree {p.SeasonalDegree}, jump {p.SeasonalJump}), trend window {p.TrendWindow} (degree {p.TrendDegree}, jump {p.TrendJump}), "
            + $"low-pass window {p.LowPassWindow} (degree {p.LowPassDegree}, jump {p.LowPassJump}), inner {p.InnerIterations}, outer {p.OuterIterations}"),
        ClassicalParameters c => string.Create(CultureInfo.InvariantCulture,
            $"classical {(c.Type == DecompositionType.Multiplicative ? "multiplicative" : "additive")}, period {c.Period}, centred moving average of {c.FilterLength} terms"),
        _ => parameters.ToString(),
    };

    /// <summary>"the even trend window 50 was fitted as 51" (and so on for each rounded window), for the console.</summary>
    internal static string DescribeRounding(IReadOnlyList<StlWindowRounding> rounded) => string.Join("; ", rounded.Select(r => string.Create(CultureInfo.InvariantCulture,
        $"the even {(r.Window switch { StlWindow.Seasonal => "seasonal", StlWindow.Trend => "trend", _ => "low-pass" })} window {r.Requested} was fitted as {r.Used} (default jumps use {r.Requested})")));

    private static string Choice(string value, string option, params string[] allowed)
    {
        var match = allowed.FirstOrDefault(a => a.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        return match ?? throw new CliException($"{option} must be {string.Join(" or ", allowed)}, not '{value}'.");
    }
}
