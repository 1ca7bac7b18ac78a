using System.Text.Json.Nodes;

namespace Csc.Analysis.Cli.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCliCollection
{
    public const string Name = "notebook commands (one kernel at a time)";
}

[Collection(NotebookCliCollection.Name)]
public sealed class NotebookCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("csc-cli-nb-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    private static string Notebook(params (string Kind, string Source, string[] Tags)[] cells)
    {
        var array = new JsonArray();
        foreach (var (kind, source, tags) in cells)
        {
            var metadata = kind == "code" ? new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } } : new JsonObject();
            if (tags.Length > 0)
            {
                metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());
            }
            var cell = new JsonObject { ["cell_type"] = kind, ["metadata"] = metadata, ["source"] = source };
            if (kind == "code")
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
            }
            array.Add(cell);
        }
        return new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        }.ToJsonString();
    }

    private async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliEnvironment(o, e, TimeProvider.System, false, _dir));
        return (exit, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task Run_WithParam_Exit0AndOutputsWritten()
    {
        File.WriteAllText(Path.Combine(_dir, "p.ipynb"), Notebook(
            ("markdown", "# P", []),
            ("code", "int months = 12;", ["parameters"]),
            ("code", "Console.WriteLine($\"months={months}\");", [])));
        var committed = File.ReadAllText(Path.Combine(_dir, "p.ipynb"));
        var (exit, stdout, stderr) = await Run("notebook", "run", "p.ipynb", "--param", "months=3");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"p.ipynb: ran 2 cell(s); outputs written to {Path.Combine(_dir, "p.out.ipynb")}", stdout);
        // The tracked notebook keeps no outputs; its run copy beside it has them.
        Assert.Equal(committed, File.ReadAllText(Path.Combine(_dir, "p.ipynb")));
        Assert.Contains("months=3", File.ReadAllText(Path.Combine(_dir, "p.out.ipynb")));
    }

    [Fact]
    public async Task Run_InPlace_WritesTheOutputsIntoTheNotebook()
    {
        File.WriteAllText(Path.Combine(_dir, "p.ipynb"), Notebook(
            ("code", "Console.WriteLine(\"in place\");", [])));
        var (exit, stdout, stderr) = await Run("notebook", "run", "p.ipynb", "--in-place");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"outputs written to {Path.Combine(_dir, "p.ipynb")}", stdout);
        Assert.Contains("in place", File.ReadAllText(Path.Combine(_dir, "p.ipynb")).Replace("Console.WriteLine(\\\"in place\\\")", "", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_dir, "p.out.ipynb")));
    }

    [Fact]
    public async Task Run_FailingCell_Exit1WithCellNumber()
    {
        File.WriteAllText(Path.Combine(_dir, "f.ipynb"), Notebook(
            ("code", "var a = 1;", []),
            ("code", "throw new InvalidOperationException(\"no referrals file\");", [])));
        var (exit, _, stderr) = await Run("notebook", "run", _dir);
        Assert.Equal(1, exit);
        Assert.Contains("csc-kpi: f.ipynb: cell 2 failed: ", stderr);
        Assert.Contains("no referrals file", stderr);
    }

    [Fact]
    public async Task Run_BadParamSyntax_Exit2()
    {
        File.WriteAllText(Path.Combine(_dir, "x.ipynb"), Notebook(("code", "1", [])));
        var (exit, _, stderr) = await Run("notebook", "run", "x.ipynb", "--param", "no-equals-sign");
        Assert.Equal(2, exit);
        Assert.Contains("--param 'no-equals-sign' must look like name=value", stderr);
    }

    [Fact]
    public async Task Run_MissingNotebook_Exit2()
    {
        var (exit, _, stderr) = await Run("notebook", "run", "missing.ipynb");
        Assert.Equal(2, exit);
        Assert.Contains("is neither a notebook nor a folder", stderr);
    }

    [Fact]
    public async Task Publish_Execute_WritesPageAndIndex()
    {
        File.WriteAllText(Path.Combine(_dir, "chart.ipynb"), Notebook(
            ("markdown", "# Chart page", []),
            ("code", "using Csc.Analysis.Reporting.Charts;\nReportCharts.Bar(new BarChartOptions { Title = \"B\", Categories = [\"a\"], Series = [new ChartSeries(\"s\", [1])] })", [])));
        var (exit, stdout, stderr) = await Run("notebook", "publish", "chart.ipynb", "--out", "site", "--execute");
        Assert.True(exit == 0, stderr);
        Assert.Contains("published 1 of 1 notebook(s)", stdout);
        var page = File.ReadAllText(Path.Combine(_dir, "site", "chart.html"));
        Assert.Contains("<h1>Chart page</h1>", page);
        Assert.Contains("Plotly.newPlot", page);
        Assert.True(File.Exists(Path.Combine(_dir, "site", "index.html")));
    }

    [Fact]
    public async Task Publish_WithoutOut_Exit2()
    {
        var (exit, _, stderr) = await Run("notebook", "publish", "x.ipynb");
        Assert.Equal(2, exit);
        Assert.Contains("--out", stderr);
    }

    /// <summary>A notebook whose one code cell has a saved output, as after 'notebook run'.</summary>
    private static string SavedNotebook(string text)
    {
        var json = JsonNode.Parse(Notebook(("markdown", "# Saved", []), ("code", "Console.WriteLine(\"again\");", [])))!;
        json["cells"]![1]!["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = text });
        return json.ToJsonString();
    }

    [Fact]
    public async Task Publish_ParamWithoutExecute_OnSavedOutputs_Exit2()
    {
        File.WriteAllText(Path.Combine(_dir, "x.ipynb"), SavedNotebook("saved text"));
        var (exit, _, stderr) = await Run("notebook", "publish", "x.ipynb", "--out", "site", "--param", "a=1");
        Assert.Equal(2, exit);
        Assert.Contains("--param and --data need --execute when a notebook has saved outputs", stderr);
    }

    [Fact]
    public async Task Publish_NotebookWithoutOutputs_IsRunFirstAndSaysSo()
    {
        File.WriteAllText(Path.Combine(_dir, "fresh.ipynb"), Notebook(
            ("markdown", "# Fresh", []),
            ("code", "int months = 12;", ["parameters"]),
            ("code", "Console.WriteLine($\"months={months * 2}\");", [])));
        var before = File.ReadAllBytes(Path.Combine(_dir, "fresh.ipynb"));
        var (exit, stdout, stderr) = await Run("notebook", "publish", "fresh.ipynb", "--out", "site", "--param", "months=5");
        Assert.True(exit == 0, stderr);
        Assert.Contains("fresh.ipynb: no saved outputs, so running it first (--execute runs every notebook).\n", stdout.ReplaceLineEndings("\n"));
        Assert.Single(stdout.Split('\n'), l => l.Contains("no saved outputs", StringComparison.Ordinal));
        Assert.Contains("months=10", File.ReadAllText(Path.Combine(_dir, "site", "fresh.html")));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_dir, "fresh.ipynb")));
    }

    [Fact]
    public async Task Publish_SeveralPathsAndAGlob_SavedOutputsKeptOthersRun()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "nb"));
        File.WriteAllText(Path.Combine(_dir, "nb", "a.ipynb"), Notebook(("markdown", "# A", []), ("code", "Console.WriteLine(\"ran a\");", [])));
        File.WriteAllText(Path.Combine(_dir, "nb", "b.ipynb"), SavedNotebook("saved b"));
        File.WriteAllText(Path.Combine(_dir, "c.ipynb"), Notebook(("markdown", "# C", []), ("code", "Console.WriteLine(\"ran c\");", [])));
        var (exit, stdout, stderr) = await Run("notebook", "publish", "nb/*.ipynb", "c.ipynb", "--out", "site");
        Assert.True(exit == 0, stderr);
        Assert.Contains("a.ipynb, c.ipynb: no saved outputs, so running them first", stdout);
        Assert.Contains("published 3 of 3 notebook(s)", stdout);
        Assert.Contains("ran a", File.ReadAllText(Path.Combine(_dir, "site", "a.html")));
        var b = File.ReadAllText(Path.Combine(_dir, "site", "b.html"));
        Assert.Contains("saved b", b);
        Assert.DoesNotContain("again", b.Replace("Console.WriteLine(&quot;again&quot;)", string.Empty, StringComparison.Ordinal));
        Assert.Contains("ran c", File.ReadAllText(Path.Combine(_dir, "site", "c.html")));
    }

    [Fact]
    public async Task Run_GlobAndFolder_RunsEachNotebookOnceInOrder()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "nb"));
        File.WriteAllText(Path.Combine(_dir, "nb", "b.ipynb"), Notebook(("code", "Console.WriteLine(\"b\");", [])));
        File.WriteAllText(Path.Combine(_dir, "nb", "a.ipynb"), Notebook(("code", "Console.WriteLine(\"a\");", [])));
        var (exit, stdout, stderr) = await Run("notebook", "run", "nb/b.ipynb", "nb/*.ipynb", "nb");
        Assert.True(exit == 0, stderr);
        var ran = stdout.Split('\n').Where(l => l.Contains(": ran ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(["b.ipynb", "a.ipynb"], ran);
    }

    [Fact]
    public async Task Run_PatternWithoutMatches_Exit2()
    {
        var (exit, _, stderr) = await Run("notebook", "run", "none/*.ipynb");
        Assert.Equal(2, exit);
        Assert.Contains("The pattern 'none/*.ipynb' matches no notebook.", stderr);
    }
}
