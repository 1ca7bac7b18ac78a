using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Csc.Analysis.Interactive.Tests.Notebooks;

/// <summary>Skips with a message when the local tool dotnet-repl (from .config/dotnet-tools.json) is not restored.</summary>
public sealed class OfficialKernelFactAttribute : FactAttribute
{
    public const string ReplVersion = "0.3.259";

    public OfficialKernelFactAttribute()
    {
        if (OfficialKernel.RepoRoot() is null)
        {
            Skip = "Official-kernel test skipped: the repository root (Analysis.sln) was not found above the test assembly.";
        }
        else if (!Directory.Exists(Path.Combine(OfficialKernel.NuGetPackages(), "dotnet-repl", ReplVersion)))
        {
            Skip = $"Official-kernel test skipped: dotnet-repl {ReplVersion} is not restored; run 'dotnet tool restore' in the repository root (.ci/run does).";
        }
    }
}

internal static class OfficialKernel
{
    public static string NuGetPackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p ? p
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public static string? RepoRoot() => RepositoryPaths.TryRoot;

    /// <summary>Runs a notebook with `dotnet tool run dotnet-repl -- --run ... --exit-after-run --output-path ...` from the repository root.</summary>
    public static (int ExitCode, string Output, JsonNode? Notebook) Run(string notebookPath)
    {
        var outPath = Path.ChangeExtension(notebookPath, ".out.ipynb");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoRoot()!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "tool", "run", "dotnet-repl", "--", "--run", notebookPath, "--exit-after-run", "--output-path", outPath })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(300_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet-repl did not finish within 5 minutes");
        }
        var output = stdout + stderr.Result;
        var notebook = File.Exists(outPath) ? JsonNode.Parse(File.ReadAllText(outPath)) : null;
        return (p.ExitCode, output, notebook);
    }

    /// <summary>Every string in every output, concatenated (decoded, not JSON-escaped).</summary>
    public static string AllOutputs(JsonNode notebook) =>
        string.Concat(notebook["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).SelectMany(Strings));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray a => a.SelectMany(Strings),
        JsonObject o => o.SelectMany(kv => Strings(kv.Value)),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}

/// <summary>
/// Proves the FSharp.Core resolver in the official kernel (dotnet-repl 0.3.259, .NET Interactive):
/// a notebook referencing the kit by path draws every chart kind, a bare Plotly.NET chart and a
/// Deedle frame; without the resolver the same Plotly.NET call fails.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class OfficialKernelTests
{
    private static string KitDll => typeof(CscKernel).Assembly.Location;

    private static string FirstCell(bool withResolver) =>
        $"#r \"{KitDll}\"\n" +
        (withResolver
            ? "Csc.Analysis.Interactive.CscKernel.EnsureFSharpCore();\nawait Csc.Analysis.Interactive.CscKernel.LoadAsync(Microsoft.DotNet.Interactive.Kernel.Root);\n"
            : string.Empty) +
        "Console.WriteLine(\"kit referenced\");";

    private const string ChartsCell = """
        using Csc.Analysis.Reporting.Charts;
        using Csc.Analysis.Reporting.Html;
        string[] months = ["Jan", "Feb", "Mar", "Apr"];
        var figures = new List<ChartFigure>
        {
            ReportCharts.Trend(new TrendChartOptions { Title = "Trend", XLabels = months, Series = new ChartSeries("s", [1, 2, 3, 4]), Target = 2.5, Spc = new SpcLines(2.5, 0, 5), SpecialCauseIndexes = [3], Events = [new ChartEvent("Feb", "Event")] }),
            ReportCharts.Bar(new BarChartOptions { Title = "Bar", Categories = months, Series = [new ChartSeries("s", [1, 2, 3, 4])] }),
            ReportCharts.Seasonal(new SeasonalChartOptions { Title = "Seasonal", Values = [1, 2, 3, 4, 5, 6, -6, -5, -4, -3, -2, -1] }),
            ReportCharts.Forecast(new ForecastChartOptions { Title = "Forecast", HistoryLabels = months, History = [1, 2, 3, 4], ForecastLabels = ["May"], Mean = [5], Lower80 = [4], Upper80 = [6], Lower95 = [3], Upper95 = [7] }),
            ReportCharts.KaplanMeier(new KaplanMeierChartOptions { Title = "KM", Curves = [new SurvivalCurve("c", [0, 1, 2], [1, 0.5, 0.2])] }),
            ReportCharts.Scatter(new ScatterChartOptions { Title = "Scatter", X = [1, 2], Y = [3, 4] }),
        };
        var rendered = figures.Count(f => HtmlFragment.Render(f).Markup.Contains("Plotly.newPlot"));
        Console.WriteLine($"charts ok {rendered}");
        """;

    private const string PlotlyAndDeedleCell = """
        var bare = Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2, 3 }, new[] { 2, 4, 8 });
        var frame = Deedle.Frame.FromRecords(new[] { new { A = 1.0 }, new { A = 3.0 } });
        var mean = Deedle.Stats.mean(frame.GetColumn<double>("A"));
        Console.WriteLine($"deedle mean {mean}");
        bare
        """;

    [OfficialKernelFact]
    public void DotnetRepl_KitNotebookWithResolver_DrawsEveryChartKind()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("official.ipynb",
            TestCell.Markdown("# Official kernel check"),
            TestCell.Code(FirstCell(withResolver: true)),
            TestCell.Code(ChartsCell),
            TestCell.Code(PlotlyAndDeedleCell));
        var (exit, output, notebook) = OfficialKernel.Run(path);
        Assert.True(exit == 0, $"dotnet-repl exited {exit}: {output[..Math.Min(output.Length, 2000)]}");
        Assert.NotNull(notebook);
        var outputs = OfficialKernel.AllOutputs(notebook!);
        Assert.Contains("charts ok 6", outputs);
        Assert.Contains("deedle mean 2", outputs);
        // The bare Plotly.NET chart went through the kit's formatter: offline, plotly.js inline once.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(outputs, "<script data-csc-plotly="));
        Assert.DoesNotContain("<script src=", outputs);
    }

    [OfficialKernelFact]
    public void DotnetRepl_SameCallsWithoutResolver_Fail()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("official-no-resolver.ipynb",
            TestCell.Code(FirstCell(withResolver: false)),
            TestCell.Code(ChartsCell));
        var (exit, _, notebook) = OfficialKernel.Run(path);
        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("charts ok", notebook is null ? string.Empty : OfficialKernel.AllOutputs(notebook));
    }
}
