using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Csc.Analysis.Interactive.Notebooks;
using Csc.Analysis.Interactive.Publishing;
using Microsoft.DotNet.Interactive.Documents;

namespace Csc.Analysis.Interactive.Tests.Notebooks;

/// <summary>Where the kit's notebooks and the sample data are: found by walking up to Analysis.sln.</summary>
internal static class KitNotebooks
{
    public static readonly string[] Names =
    [
        "01-kpi-overview",
        "02-icpc-timeliness-root-cause",
        "03-looked-after-s20-seasonality-forecast",
        "04-front-door-seasonality-spc",
        "05-cin-cp-balance-drift",
        "06-placements-distance-permanency",
        "07-how-we-compare",
        "08-journeys-and-drift",
    ];

    public static string Root => OfficialKernel.RepoRoot() ?? throw new InvalidOperationException("Analysis.sln was not found above the test assembly.");

    public static string Folder => Path.Combine(Root, "notebooks");

    public static string Data => Path.Combine(Root, "data-samples", "havering-like");
}

/// <summary>
/// Runs every notebook once in the kit's runner (into a temp copy, outputs written back) and
/// publishes the notebooks folder twice with <c>Execute</c>, as
/// <c>csc-kpi notebook publish notebooks --out DIR --execute</c> does (with the notebooks' own
/// default data path, so the pages are the ones an analyst gets). The tests share these runs.
/// </summary>
public sealed class KitNotebooksFixture : IAsyncLifetime
{
    public string Temp { get; } = Directory.CreateTempSubdirectory("csc-kit-nb-").FullName;

    public IReadOnlyDictionary<string, NotebookRunResult> Runs { get; private set; } = new Dictionary<string, NotebookRunResult>();

    /// <summary>The first <c>publish --execute</c> run.</summary>
    public PublishResult First { get; private set; } = null!;

    /// <summary>The second, identical run.</summary>
    public PublishResult Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var copies = Path.Combine(Temp, "notebooks");
        Directory.CreateDirectory(copies);
        var runs = new Dictionary<string, NotebookRunResult>();
        foreach (var name in KitNotebooks.Names)
        {
            var copy = Path.Combine(copies, name + ".ipynb");
            File.Copy(Path.Combine(KitNotebooks.Folder, name + ".ipynb"), copy);
            runs[name] = await NotebookRunner.RunAsync(copy, new NotebookRunOptions { DataPath = KitNotebooks.Data, PlotlyMode = PlotlyOutputMode.PageSupplied });
        }
        Runs = runs;
        First = await PublishExecuted("first");
        Second = await PublishExecuted("second");
    }

    private Task<PublishResult> PublishExecuted(string folder) => NotebookPublisher.PublishAsync(NotebookPublisher.FindNotebooks(KitNotebooks.Folder),
        new PublishOptions { OutputDirectory = Path.Combine(Temp, folder), Execute = true, Environment = _ => null });

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Temp, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
        return Task.CompletedTask;
    }
}

[Collection(NotebookCollection.Name)]
public sealed class KitNotebooksTests(KitNotebooksFixture fixture) : IClassFixture<KitNotebooksFixture>
{
    private static IEnumerable<string> OutputTexts(InteractiveDocument document) =>
        document.Elements.SelectMany(e => e.Outputs).SelectMany(o => o switch
        {
            DisplayElement d => d.Data.Values.Select(v => v?.ToString() ?? string.Empty),
            ReturnValueElement r => r.Data.Values.Select(v => v?.ToString() ?? string.Empty),
            TextElement t => [t.Text],
            ErrorElement err => [err.ErrorValue ?? string.Empty],
            _ => [],
        });

    public static TheoryData<string> Names => [.. KitNotebooks.Names];

    [Fact]
    public void Folder_HoldsExactlyTheKitNotebooks()
    {
        var found = NotebookPublisher.FindNotebooks(KitNotebooks.Folder).Select(p => Path.GetFileNameWithoutExtension(p)).ToList();
        Assert.Equal(KitNotebooks.Names, found);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Notebook_IsCSharpIpynbWithParametersAndNoSavedOutputs(string name)
    {
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(KitNotebooks.Folder, name + ".ipynb")))!;
        Assert.Equal("csharp", (string?)doc["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        var cells = doc["cells"]!.AsArray();
        Assert.StartsWith("# ", string.Concat(cells[0]!["source"]!.AsArray().Select(s => (string?)s)));
        var code = cells.Where(c => (string?)c!["cell_type"] == "code").ToList();
        Assert.All(code, c => Assert.Empty(c!["outputs"]!.AsArray()));
        Assert.Contains("CscKernel.EnsureFSharpCore()", string.Concat(code[0]!["source"]!.AsArray().Select(s => (string?)s)));
        var parameters = code.Single(c => c!["metadata"]!["tags"] is JsonArray t && t.Any(x => (string?)x == "parameters"));
        var text = string.Concat(parameters!["source"]!.AsArray().Select(s => (string?)s));
        Assert.Contains("string dataPath = ", text);
        Assert.Contains("string month = ", text);
        // Every parameter the cell declares is used by a later cell (a parameter that does nothing misleads).
        var later = string.Concat(code.SkipWhile(c => c != parameters).Skip(1).SelectMany(c => c!["source"]!.AsArray().Select(s => (string?)s)));
        foreach (Match m in Regex.Matches(text, @"^\s*\w+ (\w+) = ", RegexOptions.Multiline))
        {
            var parameter = m.Groups[1].Value;
            Assert.True(Regex.IsMatch(later, $@"\b{parameter}\b"), $"{name}: the parameter '{parameter}' is not used by any later cell");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void KitRunner_Notebook_RunsEveryCellWithTablesAndCharts(string name)
    {
        var run = fixture.Runs[name];
        Assert.True(run.Succeeded, $"{name}: {run.Failure}");
        var codeCells = run.Document.Elements.Count(e => e.KernelName is null or "csharp" && e.Contents.Length > 0 && !IsMarkdown(e));
        Assert.Equal(codeCells, run.CellsRun);
        var outputs = string.Concat(OutputTexts(run.Document));
        // Plotly charts drawn by the kit's chart API, and at least one table (an HtmlTable or a DataFrame).
        Assert.True(Regex.Count(outputs, "Plotly\\.newPlot") >= 2, $"{name}: fewer than two charts");
        Assert.Contains("<table", outputs);
        Assert.DoesNotContain("Exception", outputs);
        Assert.DoesNotContain("NaN", outputs);
    }

    private static bool IsMarkdown(InteractiveDocumentElement e) => e.KernelName is "markdown" or "md";

    [Fact]
    public void KitRunner_IcpcNotebook_FindsPatternAndExplainsShare()
    {
        var outputs = string.Concat(OutputTexts(fixture.Runs["02-icpc-timeliness-root-cause"].Document));
        Assert.Contains("systematic patterns", outputs);
        Assert.Matches("Recording explains -?\\d+% of the recorded change", outputs);
        Assert.Contains("Rate effect", outputs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void KitRunner_HowWeCompareNotebook_PublishedFiguresForHavering()
    {
        var outputs = string.Concat(OutputTexts(fixture.Runs["07-how-we-compare"].Document));
        Assert.Contains("Havering (311) beside the figures the Department for Education publishes", outputs);
        Assert.Contains("How we compare, 2016-17 (the year to 31 March 2017)", outputs);
        Assert.Contains("Neighbours&#39; range", outputs);
        Assert.Contains("Published measure CP_conf_15days.", outputs);
    }

    [Fact]
    public void KitRunner_JourneysAndDriftNotebook_TheReportsSankeyAndDrift()
    {
        var outputs = string.Concat(OutputTexts(fixture.Runs["08-journeys-and-drift"].Document));
        // the same components as the monthly report's appendix, on the sample (May 2017)
        Assert.Contains("2,133 children referred from 2016-04-01 to 2017-03-31", outputs);
        Assert.Contains("661 of the 2,133 children (31.0%) are still open at 2017-05-31", outputs);
        Assert.Contains("\"type\":\"sankey\"", outputs);
        Assert.Contains("Referral to CP plan: days by year and by team", outputs);
        Assert.Contains("Plans open beyond their thresholds at 2017-05-31", outputs);
        // disproportionality with the sample's population by ethnicity, found beside data-samples/havering-like
        Assert.Contains("Population: population-ethnicity.csv.", outputs);
        Assert.Contains("Children referred: relative rate index against White British", outputs);
        Assert.Contains("Children on a child protection plan by ethnicity group, 2016-06-01 to 2017-05-31", outputs);
    }

    [Fact]
    public void KitRunner_LookedAfterNotebook_ForecastHasBothIntervals()
    {
        var outputs = string.Concat(OutputTexts(fixture.Runs["03-looked-after-s20-seasonality-forecast"].Document));
        Assert.Contains("80% interval", outputs);
        Assert.Contains("95% interval", outputs);
        Assert.Contains("chosen automatically", outputs);
    }

    [Fact]
    public void Publish_Executed_IndexAndOnePagePerNotebook()
    {
        Assert.True(fixture.First.Succeeded, string.Join("; ", fixture.First.Notebooks.Select(n => n.Failure?.ToString()).OfType<string>()));
        var dir = Path.GetDirectoryName(fixture.First.IndexPath)!;
        var pages = Directory.GetFiles(dir, "*.html").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([.. KitNotebooks.Names.Select(n => n + ".html"), "index.html"], pages);
        var index = File.ReadAllText(fixture.First.IndexPath);
        foreach (var name in KitNotebooks.Names)
        {
            Assert.Contains($"href=\"{name}.html\"", index);
            var html = File.ReadAllText(Path.Combine(dir, name + ".html"));
            Assert.Single(Regex.Matches(html, "<h1[ >]"));
            Assert.Contains("<table", html);
            Assert.Contains("Plotly.newPlot", html);
        }
    }

    [Fact]
    public void Publish_TwoRuns_ByteIdentical()
    {
        var a = Path.GetDirectoryName(fixture.Second.IndexPath)!;
        var b = Path.GetDirectoryName(fixture.First.IndexPath)!;
        Assert.True(fixture.Second.Succeeded);
        foreach (var file in KitNotebooks.Names.Select(n => n + ".html").Append("index.html"))
        {
            var first = File.ReadAllBytes(Path.Combine(a, file));
            var second = File.ReadAllBytes(Path.Combine(b, file));
            Assert.True(first.AsSpan().SequenceEqual(second), $"{file} differs between the two runs");
        }
    }
}

/// <summary>
/// Runs every kit notebook in the official kernel (dotnet-repl from .config/dotnet-tools.json),
/// started in the notebooks folder as docs/notebooks.md says, so the first cell's relative
/// <c>#r "../artifacts/..."</c> and the default data path resolve as they do in VS Code.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class KitNotebooksOfficialKernelTests
{
    private static (int ExitCode, string Output, JsonNode? Notebook) RunInNotebookFolder(string name, string outDir)
    {
        var outPath = Path.Combine(outDir, name + ".out.ipynb");
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = KitNotebooks.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "tool", "run", "dotnet-repl", "--", "--run", name + ".ipynb", "--exit-after-run", "--output-path", outPath })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(300_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet-repl did not finish {name} within 5 minutes");
        }
        var notebook = File.Exists(outPath) ? JsonNode.Parse(File.ReadAllText(outPath)) : null;
        return (p.ExitCode, stdout + stderr.Result, notebook);
    }

    [OfficialKernelFact]
    public void DotnetRepl_EveryKitNotebook_RunsWithChartsAndNoErrors()
    {
        var kitDll = Path.Combine(KitNotebooks.Root, "artifacts", "bin", "Csc.Analysis.Interactive", "debug", "Csc.Analysis.Interactive.dll");
        Assert.True(File.Exists(kitDll), $"The notebooks reference {kitDll}; build the repository (dotnet build) first.");
        var outDir = Directory.CreateTempSubdirectory("csc-kit-repl-").FullName;
        try
        {
            foreach (var name in KitNotebooks.Names)
            {
                var (exit, output, notebook) = RunInNotebookFolder(name, outDir);
                Assert.True(exit == 0, $"{name}: dotnet-repl exited {exit}: {output[..Math.Min(output.Length, 2000)]}");
                Assert.NotNull(notebook);
                var cells = notebook!["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToList();
                var errors = cells.SelectMany(c => c!["outputs"]!.AsArray()).Where(o => (string?)o!["output_type"] == "error").ToList();
                Assert.True(errors.Count == 0, $"{name}: {errors.FirstOrDefault()?.ToJsonString()}");
                // Every cell after the set-up and parameters cells shows something.
                Assert.All(cells.Skip(2), c => Assert.NotEmpty(c!["outputs"]!.AsArray()));
                var outputs = OfficialKernel.AllOutputs(notebook);
                Assert.Contains("Plotly.newPlot", outputs);
                Assert.Contains("<table", outputs);
            }
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
