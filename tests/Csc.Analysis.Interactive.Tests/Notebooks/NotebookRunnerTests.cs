using System.Text.Json.Nodes;
using Csc.Analysis.Interactive.Notebooks;

namespace Csc.Analysis.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public sealed class NotebookRunnerTests
{
    private static JsonArray Cells(string path) => JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray();

    private static string OutputsText(JsonNode cell) => cell["outputs"]!.ToJsonString();

    [Fact]
    public async Task RunAsync_SimpleNotebook_WritesOutputsBackIntoIpynb()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("simple.ipynb",
            TestCell.Markdown("# Simple"),
            TestCell.Code("var x = 6 * 7;\nx"),
            TestCell.Code("Console.WriteLine(\"hello from cell 3\");"));
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions());
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(2, result.CellsRun);
        var cells = Cells(path);
        Assert.Equal(3, cells.Count);
        Assert.Contains("42", OutputsText(cells[1]!));
        Assert.Equal("execute_result", (string?)cells[1]!["outputs"]![0]!["output_type"]);
        Assert.Contains("hello from cell 3", OutputsText(cells[2]!));
        Assert.Equal("stream", (string?)cells[2]!["outputs"]![0]!["output_type"]);
        Assert.Equal(2, (int)cells[2]!["execution_count"]!);
    }

    /// <summary>Collects reports on the reporting thread (Progress&lt;T&gt; would post them).</summary>
    private sealed class Reports : IProgress<NotebookCellProgress>
    {
        public List<NotebookCellProgress> Seen { get; } = [];

        public void Report(NotebookCellProgress value) => Seen.Add(value);
    }

    [Fact]
    public async Task RunAsync_Progress_CountsCodeCells_BlankIncluded_StopsAtTheFailure_AndReplacesCellLines()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("progress.ipynb",
            TestCell.Markdown("# Progress"),
            TestCell.Code("var x = 1;"),
            TestCell.Code("   "),
            TestCell.Code("throw new InvalidOperationException(\"stop\");"),
            TestCell.Code("var y = 2;"));
        var reports = new Reports();
        var log = new List<string>();
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { WriteOutputs = false, Progress = reports, Log = log.Add });
        Assert.False(result.Succeeded);
        Assert.Equal(
            [new NotebookCellProgress("progress.ipynb", 0, 4), new NotebookCellProgress("progress.ipynb", 1, 4), new NotebookCellProgress("progress.ipynb", 2, 4)],
            reports.Seen);
        // With a reporter the "cell N ok" lines are left out; the failure is still logged.
        Assert.Equal("cell 4 failed:", Assert.Single(log)[..14]);
    }

    [Fact]
    public async Task RunAsync_TaggedParametersCell_ValuesOverridden()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("params.ipynb",
            TestCell.Code("string month = \"2017-04\";\nint n = 3; // how many\ndouble target = 0.5;", "parameters"),
            TestCell.Code("Console.WriteLine($\"{month}|{n * 2}|{target + 0.25}\");"));
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions
        {
            Parameters = [NotebookParameter.Parse("month=2017-05"), NotebookParameter.Parse("n=5"), NotebookParameter.Parse("target=0.75")],
        });
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var cells = Cells(path);
        Assert.Contains("2017-05|10|1", OutputsText(cells[1]!));
        Assert.Contains("Parameters overridden: month=2017-05 n=5 target=0.75", OutputsText(cells[0]!));
        // The notebook keeps its own defaults: only the run used the overrides.
        Assert.Contains("\"2017-04\"", string.Concat(cells[0]!["source"]!.AsArray().Select(n => (string?)n)));
        Assert.Equal("parameters", (string?)cells[0]!["metadata"]!["tags"]![0]);
    }

    [Fact]
    public async Task RunAsync_CommentMarkedParametersCellAndData_DataPathSet()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("data.ipynb",
            TestCell.Code("// parameters\nvar dataPath = \"../data-samples/havering-like\";"),
            TestCell.Code("Console.WriteLine(\"data=\" + dataPath);"));
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { DataPath = "/tmp/other data" });
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Contains("data=/tmp/other data", OutputsText(Cells(path)[1]!));
    }

    [Fact]
    public async Task RunAsync_DataWithoutDataPathParameter_NoteSaysIgnored()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("nodata.ipynb", TestCell.Code("1 + 1"));
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { DataPath = "/x" });
        Assert.True(result.Succeeded);
        Assert.Equal(["nodata.ipynb: --data ignored: the notebook declares no 'dataPath' parameter."], result.Notes);
    }

    [Fact]
    public async Task RunAsync_ThrowingCell_StopsWithCellNumber()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("fail.ipynb",
            TestCell.Markdown("# Failing"),
            TestCell.Code("var a = 1;"),
            TestCell.Code("throw new InvalidOperationException(\"boom in the third cell\");"),
            TestCell.Code("Console.WriteLine(\"never\");"));
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions());
        Assert.False(result.Succeeded);
        Assert.Equal(3, result.Failure!.CellNumber);
        Assert.Contains("boom in the third cell", result.Failure.Message);
        Assert.StartsWith("cell 3 failed: ", result.Failure.ToString());
        Assert.Equal(2, result.CellsRun);
        var cells = Cells(path);
        Assert.Equal("error", (string?)cells[2]!["outputs"]![0]!["output_type"]);
        Assert.Empty(cells[3]!["outputs"]!.AsArray());
    }

    [Fact]
    public async Task RunAsync_CompileError_ReportsCellNumberAndCompilerMessage()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("compile.ipynb", TestCell.Code("var ok = 1;"), TestCell.Code("var y = undefinedName + 1;"));
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { WriteOutputs = false });
        Assert.Equal(2, result.Failure!.CellNumber);
        Assert.Contains("undefinedName", result.Failure.Message);
    }

    [Fact]
    public async Task RunAsync_UndeclaredParameter_ThrowsNamingDeclaredOnes()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("p.ipynb", TestCell.Code("string month = \"2017-04\";", "parameters"));
        var ex = await Assert.ThrowsAsync<NotebookException>(() => NotebookRunner.RunAsync(path, new NotebookRunOptions { Parameters = [new NotebookParameter("year", "2017")] }));
        Assert.Equal("--param year: not declared in the parameters cell (cell 1); it declares month.", ex.Message);
    }

    [Fact]
    public async Task RunAsync_NoParametersCell_ParamThrows()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("np.ipynb", TestCell.Code("1"));
        var ex = await Assert.ThrowsAsync<NotebookException>(() => NotebookRunner.RunAsync(path, new NotebookRunOptions { Parameters = [new NotebookParameter("a", "1")] }));
        Assert.Equal("np.ipynb: --param given but the notebook has no parameters cell (tag a cell \"parameters\" or start it with \"// parameters\").", ex.Message);
    }

    [Fact]
    public async Task RunAsync_KitReferencedByArtifactsPath_UsesLoadedAssembly()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("kit.ipynb",
            TestCell.Code("#r \"../artifacts/bin/Csc.Analysis.Interactive/debug/Csc.Analysis.Interactive.dll\"\nCsc.Analysis.Interactive.CscKernel.EnsureFSharpCore();\nConsole.WriteLine(\"resolver=\" + Csc.Analysis.Interactive.CscKernel.FSharpCoreResolverInstalled);"),
            TestCell.Code("using Csc.Analysis.Reporting.Charts;\nReportCharts.Bar(new BarChartOptions { Title = \"Bars\", Categories = [\"a\", \"b\"], Series = [new ChartSeries(\"s\", [1, 2])] })"),
            TestCell.Code("ReportCharts.Bar(new BarChartOptions { Title = \"Bars\", Categories = [\"a\", \"b\"], Series = [new ChartSeries(\"s\", [1, 2])] })"));
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions());
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var cells = Cells(path);
        Assert.Contains("resolver=True", OutputsText(cells[0]!));
        var html1 = (string)cells[1]!["outputs"]![0]!["data"]!["text/html"]!.AsArray().Select(n => (string?)n).Aggregate((a, b) => a + b)!;
        var html2 = (string)cells[2]!["outputs"]![0]!["data"]!["text/html"]!.AsArray().Select(n => (string?)n).Aggregate((a, b) => a + b)!;
        Assert.Contains("<figure class=\"chart\"", html1);
        // plotly.js travels with the first chart output of the notebook only
        Assert.Contains("data-csc-plotly", html1);
        Assert.DoesNotContain("data-csc-plotly", html2);
        // the same chart twice gets two ids
        Assert.Matches("id=\"chart-[0-9a-f]{8}-2\"", html2);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "notebooks (one kernel at a time)";
}
