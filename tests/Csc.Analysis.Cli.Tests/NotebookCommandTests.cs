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
        var (exit, stdout, stderr) = await Run("notebook", "run", "p.ipynb", "--param", "months=3");
        Assert.True(exit == 0, stderr);
        Assert.Contains("p.ipynb: ran 2 cell(s)", stdout);
        Assert.Contains("months=3", File.ReadAllText(Path.Combine(_dir, "p.ipynb")));
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

    [Fact]
    public async Task Publish_ParamWithoutExecute_Exit2()
    {
        File.WriteAllText(Path.Combine(_dir, "x.ipynb"), Notebook(("code", "1", [])));
        var (exit, _, stderr) = await Run("notebook", "publish", "x.ipynb", "--out", "site", "--param", "a=1");
        Assert.Equal(2, exit);
        Assert.Contains("--param and --data need --execute", stderr);
    }
}
