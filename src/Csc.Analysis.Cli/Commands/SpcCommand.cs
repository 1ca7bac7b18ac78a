using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi spc</c>: XmR chart with Making Data Count rules for every series in a series CSV. Writes one row per
/// point: [series,]t,value,mean,lpl,upl,lower_2sigma,upper_2sigma,special_cause,point_type,variation_icon,assurance_icon.
/// The icons on each row are those the chart would show if that point were the latest.
/// </summary>
internal sealed class SpcCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var input = new Option<string>("--input") { Description = "Series CSV (month|t, value|y, optional series column).", Required = true };
        var output = new Option<string>("--out") { Description = "Output CSV, one row per point.", Required = true };
        var improvement = new Option<string>("--improvement") { Description = "Which direction is better: higher, lower or neutral (default higher).", DefaultValueFactory = _ => "higher" };
        var target = new Option<double?>("--target") { Description = "Target for the assurance icon." };
        var rebase = new Option<string?>("--rebase") { Description = "Comma-separated t labels where the limits are recalculated, e.g. 2016-04,2017-01; or stable-shift: where the Stable Shift Algorithm finds a lasting shift." };
        var periodMinimum = new Option<int>("--period-minimum") { Description = "With --rebase stable-shift: points in a calculation period, the least a new period may have (default 12).", DefaultValueFactory = _ => 12 };
        var fixAfter = new Option<int?>("--fix-after") { Description = "Compute each segment's mean and limits from its first N points only." };
        var runLength = new Option<int>("--run-length") { Description = "Points in a run or trend that signal special cause: 7 (default) or 6.", DefaultValueFactory = _ => 7 };
        var twoOfThree = new Option<string>("--two-of-three") { Description = "Whether points beyond the process limits count for 2-of-3: include-beyond (default, NHS England since late 2023) or exclude-beyond.", DefaultValueFactory = _ => "include-beyond" };
        var screen = new Option<bool>("--screen-outliers") { Description = "Drop moving ranges of 3.267 x the average or more before computing the limits." };

        var command = new Command("spc", "Statistical process control (XmR, Making Data Count rules) for each series in a CSV.\n\nExamples:\n  csc-kpi spc --input referrals.csv --out referrals-spc.csv\n  csc-kpi spc --input icpc.csv --improvement higher --target 85 --rebase 2016-04 --out icpc-spc.csv\n  csc-kpi spc --input icpc.csv --improvement higher --target 85 --rebase stable-shift --out icpc-spc.csv");
        foreach (var option in new Option[] { input, output, improvement, target, rebase, periodMinimum, fixAfter, runLength, twoOfThree, screen })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var options = new SpcOptions
            {
                Improvement = parse.GetValue(improvement) switch
                {
                    "higher" => ImprovementDirection.Higher,
                    "lower" => ImprovementDirection.Lower,
                    "neutral" => ImprovementDirection.Neutral,
                    var other => throw new CliException($"--improvement must be higher, lower or neutral; got '{other}'."),
                },
                Target = parse.GetValue(target),
                FixAfter = parse.GetValue(fixAfter) is { } n
                    ? n >= 2 ? n : throw new CliException($"--fix-after must be at least 2 points; got {n}.")
                    : null,
                RunLength = parse.GetValue(runLength) is var length && length is 6 or 7
                    ? length
                    : throw new CliException($"--run-length must be 7 or 6; got {parse.GetValue(runLength)}."),
                TwoOfThree = parse.GetValue(twoOfThree) switch
                {
                    "include-beyond" => TwoOfThreeMode.IncludeBeyondLimits,
                    "exclude-beyond" => TwoOfThreeMode.ExcludeBeyondLimits,
                    var other => throw new CliException($"--two-of-three must be include-beyond or exclude-beyond; got '{other}'."),
                },
                ScreenOutliers = parse.GetValue(screen),
            };
            options = options with { TrendLength = options.RunLength };
            var stable = string.Equals(parse.GetValue(rebase), "stable-shift", StringComparison.Ordinal);
            var period = parse.GetValue(periodMinimum) is var p && p >= 2 ? p : throw new CliException($"--period-minimum must be at least 2 points; got {parse.GetValue(periodMinimum)}.");
            var rebaseLabels = stable ? [] : (parse.GetValue(rebase) ?? "")
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return Run(env, env.Resolve(parse.GetValue(input)!), env.Resolve(parse.GetValue(output)!), options, rebaseLabels, stable ? period : null);
        });
        return command;
    }

    private static int Run(CliEnvironment env, string inputPath, string outputPath, SpcOptions options, string[] rebaseLabels, int? stableShiftPeriod)
    {
        CliArguments.RefuseOverInputs("--out", outputPath, inputPath);
        var all = SeriesCsv.Read(inputPath);
        var named = all.Any(s => s.Name is not null);
        var problems = new List<string>();
        int points = 0, special = 0, written = 0;
        using (var writer = CsvOutput.Create(outputPath, CsvAudience.Program))
        {
            if (named)
            {
                writer.Text("series");
            }
            writer.Row("t", "value", "mean", "lpl", "upl", "lower_2sigma", "upper_2sigma", "special_cause", "point_type", "variation_icon", "assurance_icon");
            foreach (var series in all)
            {
                var label = SeriesLabel(inputPath, series);
                if (!CommandInput.TryComplete(series, label, problems))
                {
                    continue;
                }
                var rebaseAt = new List<int>();
                var rebaseOk = true;
                foreach (var t in rebaseLabels)
                {
                    var index = IndexOf(series.Labels, t);
                    if (index < 0)
                    {
                        problems.Add($"{label}: --rebase t '{t}' is not in the series (its t labels run {series.Labels[0]} .. {series.Labels[^1]}).");
                        rebaseOk = false;
                    }
                    else
                    {
                        rebaseAt.Add(index);
                    }
                }
                if (!rebaseOk)
                {
                    continue;
                }
                rebaseAt.Sort();
                SpcResult result;
                try
                {
                    if (stableShiftPeriod is { } period)
                    {
                        rebaseAt.AddRange(XmrRebase.StableShifts(series.Values, options, period));
                    }
                    result = XmrChart.Evaluate(series.Values, options with { RebaseAt = rebaseAt });
                }
                catch (ArgumentException ex)
                {
                    problems.Add($"{label}: {FirstLine(ex.Message)}");
                    continue;
                }
                foreach (var p in result.Points)
                {
                    if (named)
                    {
                        writer.Text(series.Name);
                    }
                    writer.Text(series.Labels[p.T]).Number(p.Value).Number(p.Mean).Number(p.LowerProcessLimit).Number(p.UpperProcessLimit)
                        .Number(p.Lower2Sigma).Number(p.Upper2Sigma).Text(p.SpecialCause ? "true" : "false").Text(p.PointType.Code())
                        .Text(XmrChart.VariationIconOf(p, options.Improvement).Code())
                        .Text(XmrChart.AssuranceIconOf(p, options.Target, options.Improvement).Code());
                    writer.EndRow();
                    special += p.SpecialCause ? 1 : 0;
                }
                points += result.Points.Count;
                written++;
            }
        }
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"spc: {written} of {all.Count} series charted, {points} points, {special} special-cause points -> {outputPath}"));
        return CommandInput.Report(env, problems);
    }

    internal static string SeriesLabel(string path, InputSeries series) =>
        series.Name is null ? Path.GetFileName(path) : $"{Path.GetFileName(path)}, series '{series.Name}'";

    private static int IndexOf(IReadOnlyList<string> labels, string t)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], t, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}

/// <summary>Input checks and error reporting shared by the spc and forecast commands.</summary>
internal static class CommandInput
{
    /// <summary>False (with one problem per missing value, naming the t label) when the series has gaps.</summary>
    public static bool TryComplete(InputSeries series, string label, List<string> problems)
    {
        var complete = true;
        for (var i = 0; i < series.Values.Length; i++)
        {
            if (double.IsNaN(series.Values[i]))
            {
                problems.Add($"{label}, t {series.Labels[i]}: value is missing; this command needs a complete series (fill the gap or trim the series).");
                complete = false;
            }
        }
        return complete;
    }

    /// <summary>Writes every problem (counted) to stderr; exit code 1 when there were any.</summary>
    public static int Report(CliEnvironment env, List<string> problems)
    {
        if (problems.Count == 0)
        {
            return ExitCodes.Ok;
        }
        env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"csc-kpi: {problems.Count} problem(s); the affected series were not written:"));
        foreach (var problem in problems)
        {
            env.Error.WriteLine("  " + problem);
        }
        return ExitCodes.DataErrors;
    }
}
