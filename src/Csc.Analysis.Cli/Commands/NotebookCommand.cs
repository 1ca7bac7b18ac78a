using System.CommandLine;
using Csc.Analysis.Cli.Progress;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using Csc.Analysis.Interactive.Notebooks;
using Csc.Analysis.Interactive.Publishing;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// csc-kpi notebook run &lt;notebook-folder-or-pattern&gt;... [--param name=value]... [--data PATH]
/// csc-kpi notebook publish &lt;notebook-folder-or-pattern&gt;... --out DIR [--param ...] [--data PATH] [--execute]
/// Paths may be several notebooks, folders and shell globs (expanded here when the shell did not, see <see cref="NotebookPaths"/>).
/// publish runs first the notebooks that have no saved outputs (and says so), so committed notebooks give full pages.
/// </summary>
internal sealed class NotebookCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var notebook = new Command("notebook", "Run C# notebooks (.ipynb) in-process and publish them as self-contained HTML pages.\n\nExamples:\n  csc-kpi notebook run notebooks/01-kpi-overview.ipynb\n  csc-kpi notebook publish notebooks/*.ipynb --out site");
        notebook.Subcommands.Add(BuildRun(env));
        notebook.Subcommands.Add(BuildPublish(env));
        return notebook;
    }

    private static Argument<string[]> PathArgument() => new("notebooks")
    {
        Description = "One or more .ipynb files, folders (their .ipynb files in name order) or patterns such as notebooks/*.ipynb.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<string[]> ParamOption() => new("--param")
    {
        Description = "Override a declaration in the notebook's parameters cell: --param name=value (repeatable).",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private static Option<string> DataOption() => new("--data")
    {
        Description = "Data folder or file; sets the notebook's 'dataPath' parameter when it declares one.",
    };

    private static Command BuildRun(CliEnvironment env)
    {
        var path = PathArgument();
        var param = ParamOption();
        var data = DataOption();
        var inPlace = new Option<bool>("--in-place")
        {
            Description = "Write the outputs back into each .ipynb (without it they go to NAME.out.ipynb beside it, so tracked notebooks stay free of outputs).",
        };
        var run = new Command("run", "Run each notebook top to bottom and write it with its outputs to NAME.out.ipynb beside it (--in-place: into the .ipynb). Stops at the first failing cell (exit 1).\n\nExamples:\n  csc-kpi notebook run notebooks/01-kpi-overview.ipynb\n  csc-kpi notebook run notebooks --data extract/ --param month=2017-04\n  csc-kpi notebook run notebooks/01-kpi-overview.ipynb --in-place");
        run.Arguments.Add(path);
        run.Options.Add(inPlace);
        run.Options.Add(param);
        run.Options.Add(data);
        run.SetAction(async (parse, ct) =>
        {
            var notebooks = Find(env, parse.GetValue(path)!);
            var parameters = Parameters(parse.GetValue(param));
            var dataPath = parse.GetValue(data) is { } d ? env.Resolve(d) : null;
            foreach (var nb in notebooks)
            {
                var name = Path.GetFileName(nb);
                NotebookRunResult result;
                using (var display = new NotebookProgressDisplay(env.Progress))
                {
                    // With a display on, its bar replaces the per-cell lines; other lines wait until the bar ends.
                    result = await Guard(() => NotebookRunner.RunAsync(nb, new NotebookRunOptions
                    {
                        Parameters = parameters,
                        DataPath = dataPath,
                        OutputPath = parse.GetValue(inPlace) ? null : OutCopy(nb),
                        Log = display.Log(line => env.Out.WriteLine($"{name}: {line}")),
                        Progress = CellReports.For(display),
                    }, ct));
                }
                foreach (var note in result.Notes)
                {
                    await env.Error.WriteLineAsync(note);
                }
                if (result.Failure is { } failure)
                {
                    await env.Error.WriteLineAsync($"csc-kpi: {name}: {failure}");
                    return ExitCodes.DataErrors;
                }
                await env.Out.WriteLineAsync($"{name}: ran {result.CellsRun} cell(s); outputs written to {result.Path}");
            }
            return ExitCodes.Ok;
        });
        return run;
    }

    private static Command BuildPublish(CliEnvironment env)
    {
        var path = PathArgument();
        var param = ParamOption();
        var data = DataOption();
        var output = new Option<string>("--out")
        {
            Description = "Folder for the HTML pages and index.html.",
            Required = true,
        };
        var execute = new Option<bool>("--execute")
        {
            Description = "Run every notebook first (its .ipynb is left unchanged). Without it, notebooks with saved outputs are published as saved and those without any are run first.",
        };
        var showCode = new Option<bool>("--show-code")
        {
            Description = "Show code cells expanded (they are collapsed by default).",
        };
        var publish = new Command("publish", "Write a self-contained HTML page per notebook and an index page (offline, no external URLs, identical bytes for identical inputs).\n\nExamples:\n  csc-kpi notebook publish notebooks/*.ipynb --out site\n  csc-kpi notebook publish notebooks --out public-site --audience public");
        publish.Arguments.Add(path);
        publish.Options.Add(output);
        publish.Options.Add(param);
        publish.Options.Add(data);
        publish.Options.Add(execute);
        publish.Options.Add(showCode);
        var audienceOptions = AudienceOptions.AddTo(publish);
        publish.SetAction(async (parse, ct) =>
        {
            var notebooks = Find(env, parse.GetValue(path)!);
            var parameters = Parameters(parse.GetValue(param));
            var audience = audienceOptions.Read(parse, env);
            // A public edition runs every notebook (saved outputs were made for internal use).
            var doExecute = parse.GetValue(execute) || audience.IsPublic;
            if (!doExecute)
            {
                var unrun = notebooks.Where(nb => !GuardSync(() => NotebookPublisher.HasSavedOutputs(nb))).Select(Path.GetFileName).ToList();
                if ((parameters.Count > 0 || parse.GetValue(data) is not null) && unrun.Count < notebooks.Count)
                {
                    throw new CliException("--param and --data need --execute when a notebook has saved outputs: without it those outputs are published as they are.");
                }
                if (unrun.Count > 0)
                {
                    await env.Out.WriteLineAsync($"{string.Join(", ", unrun)}: no saved outputs, so running {(unrun.Count == 1 ? "it" : "them")} first (--execute runs every notebook).");
                }
            }
            var outDir = env.Resolve(parse.GetValue(output)!);
            var dataArg = parse.GetValue(data) is { } dd ? env.Resolve(dd) : null;
            var config = dataArg is not null && Directory.Exists(dataArg) && File.Exists(Path.Combine(dataArg, ReportCommand.ConfigFileName))
                ? Path.Combine(dataArg, ReportCommand.ConfigFileName) : null;
            KpiConfig kpiConfig;
            try
            {
                kpiConfig = config is null ? KpiConfig.Default : KpiConfig.Load(config);
            }
            catch (KpiConfigException ex)
            {
                throw new CliException(ex.Message);
            }
            var recordPath = audience.RunRecordPath ?? (audience.IsPublic ? RunRecord.BesidePath(outDir, isFolder: true) : null);
            CliArguments.RefuseOverInputs("--run-record", recordPath, [.. notebooks, dataArg]);
            using var display = new NotebookProgressDisplay(env.Progress);
            var result = await Guard(() => NotebookPublisher.PublishAsync(notebooks, new PublishOptions
            {
                Audience = audience.Audience,
                Disclosure = audience.Disclosure(kpiConfig),
                OutputDirectory = outDir,
                Execute = doExecute,
                ExecuteWhenNoOutputs = true,
                Parameters = parameters,
                DataPath = parse.GetValue(data) is { } d ? env.Resolve(d) : null,
                ShowCode = parse.GetValue(showCode),
                GeneratedAt = GeneratedStamp.Resolve(null),
                Log = display.Log(env.Out.WriteLine),
                Progress = CellReports.For(display),
            }, ct));
            display.Dispose();
            foreach (var n in result.Notebooks.Where(n => n.Failure is not null))
            {
                await env.Error.WriteLineAsync($"csc-kpi: {Path.GetFileName(n.NotebookPath)}: {n.Failure}");
            }
            await env.Out.WriteLineAsync($"published {result.Notebooks.Count(n => n.HtmlPath is not null)} of {result.Notebooks.Count} notebook(s); index: {result.IndexPath}");
            if (audience.IsPublic)
            {
                await env.Out.WriteLineAsync($"public edition: {result.WithheldOutputs} output(s) withheld because they named a record of the data.");
            }
            if (recordPath is not null)
            {
                new RunRecord
                {
                    Command = "notebook publish",
                    Arguments = audience.Arguments,
                    KitVersion = MonthlyReportRenderer.KitVersion,
                    Audience = audience.Audience,
                    Disclosure = audience.IsPublic ? audience.Disclosure(kpiConfig) : null,
                    Data = parse.GetValue(data),
                    Inputs = result.DataFiles,
                    OtherInputs = notebooks,
                    ConfigPath = config,
                    Outputs = [.. result.Notebooks.Where(n => n.HtmlPath is not null).Select(n => n.HtmlPath!), result.IndexPath],
                }.Write(recordPath);
            }
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.DataErrors;
        });
        return publish;
    }

    /// <summary>The run copy of a notebook: <c>NAME.out.ipynb</c> beside it (the copies folders and patterns leave out).</summary>
    internal static string OutCopy(string notebook) => Path.ChangeExtension(notebook, ".out.ipynb");

    private static IReadOnlyList<string> Find(CliEnvironment env, string[] paths)
    {
        try
        {
            return NotebookPaths.Expand(paths, env.WorkingDirectory);
        }
        catch (NotebookException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    private static List<NotebookParameter> Parameters(string[]? values)
    {
        try
        {
            return (values ?? []).Select(NotebookParameter.Parse).ToList();
        }
        catch (NotebookException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    /// <summary>Notebook problems the user must fix (bad parameter, unreadable notebook) are usage errors.</summary>
    private static T GuardSync<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (NotebookException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    /// <summary>As <see cref="GuardSync{T}(Func{T})"/> for asynchronous work.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (NotebookException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    /// <summary>The runner's progress reports shown on a <see cref="NotebookProgressDisplay"/>; none when no display is on (the runner then logs each cell).</summary>
    private sealed class CellReports(NotebookProgressDisplay display) : IProgress<NotebookCellProgress>
    {
        public static CellReports? For(NotebookProgressDisplay display) => display.IsShowing ? new CellReports(display) : null;

        public void Report(NotebookCellProgress value) => display.Report(value.Notebook, value.CodeCellsDone, value.CodeCells);
    }
}
