using System.Text.Json;

namespace Csc.Analysis.Cli.Tests.Workspace;

/// <summary>
/// .devcontainer/devcontainer.json and .vscode/{extensions,tasks,launch}.json (JSON with comments): every path,
/// project, tool and csc-kpi command line they name exists and parses, so the workspace works as written.
/// </summary>
public sealed class VsCodeWorkspaceTests
{
    private static readonly string Root = RepositoryRoot();

    private static JsonDocument Load(string relative)
    {
        var path = Path.Combine(Root, relative);
        Assert.True(File.Exists(path), $"{relative} is missing");
        return JsonDocument.Parse(File.ReadAllText(path), WorkspaceCommandChecker.Jsonc);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void Devcontainer_restores_the_tools_and_builds_the_solution_on_create()
    {
        using var doc = Load(".devcontainer/devcontainer.json");
        var line = doc.RootElement.GetProperty("postCreateCommand").GetString()!;
        var checker = new WorkspaceCommandChecker(Root);
        checker.CheckShellLine("devcontainer.json postCreateCommand", line);
        Assert.Empty(checker.Problems);
        Assert.Contains("dotnet tool restore", line, StringComparison.Ordinal);
        Assert.Contains("dotnet build Analysis.sln", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommended_extensions_are_the_devcontainer_extensions()
    {
        using var recommended = Load(".vscode/extensions.json");
        using var container = Load(".devcontainer/devcontainer.json");
        var a = Strings(recommended.RootElement.GetProperty("recommendations"));
        var b = Strings(container.RootElement.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions"));
        Assert.Equal(a.Order(StringComparer.Ordinal), b.Order(StringComparer.Ordinal));
        Assert.All(a, id => Assert.Matches("^[a-z0-9-]+\\.[a-z0-9-]+$", id));
        Assert.Contains("ms-dotnettools.csdevkit", a);
    }

    [Fact]
    public void Tasks_cover_build_test_report_notebooks_and_samples_and_every_command_parses()
    {
        using var doc = Load(".vscode/tasks.json");
        var checker = new WorkspaceCommandChecker(Root);
        var labels = new List<string>();
        var lines = new List<string>();
        foreach (var task in doc.RootElement.GetProperty("tasks").EnumerateArray())
        {
            var label = task.GetProperty("label").GetString()!;
            labels.Add(label);
            Assert.Equal("process", task.GetProperty("type").GetString());
            var tokens = new List<string> { task.GetProperty("command").GetString()! };
            tokens.AddRange(Strings(task.GetProperty("args")));
            lines.Add(string.Join(' ', tokens));
            checker.CheckCommand($"tasks.json '{label}'", tokens);
        }
        Assert.Empty(checker.Problems);
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("dotnet build Analysis.sln", lines);
        Assert.Contains("dotnet test Analysis.sln", lines);
        Assert.Contains(lines, l => l.Contains("-- report", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("-- notebook run ${file}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("-- notebook publish ${file}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("-- generate --out data-samples/havering-like", StringComparison.Ordinal));
    }

    [Fact]
    public void Notebook_tasks_accept_every_committed_notebook_as_the_current_file()
    {
        using var doc = Load(".vscode/tasks.json");
        var notebooks = Directory.GetFiles(Path.Combine(Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(notebooks);
        foreach (var notebook in notebooks)
        {
            var checker = new WorkspaceCommandChecker(Root) { CurrentFile = Path.GetRelativePath(Root, notebook) };
            foreach (var task in doc.RootElement.GetProperty("tasks").EnumerateArray()
                         .Where(t => Strings(t.GetProperty("args")).Contains("${file}")))
            {
                var tokens = new List<string> { task.GetProperty("command").GetString()! };
                tokens.AddRange(Strings(task.GetProperty("args")));
                checker.CheckCommand(task.GetProperty("label").GetString()!, tokens);
            }
            Assert.Empty(checker.Problems);
        }
    }

    [Fact]
    public void Launch_configurations_run_the_built_cli_with_arguments_it_accepts()
    {
        using var launch = Load(".vscode/launch.json");
        using var tasks = Load(".vscode/tasks.json");
        var labels = tasks.RootElement.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("label").GetString()).ToHashSet();
        var checker = new WorkspaceCommandChecker(Root);
        // UseArtifactsOutput puts a project's build in artifacts/bin/<project>/<configuration>/.
        var expected = Path.Combine(Root, "artifacts", "bin", "Csc.Analysis.Cli", "debug", checker.CliAssemblyName() + ".dll");
        var configurations = launch.RootElement.GetProperty("configurations").EnumerateArray().ToList();
        Assert.NotEmpty(configurations);
        foreach (var c in configurations)
        {
            var name = c.GetProperty("name").GetString()!;
            Assert.Equal("coreclr", c.GetProperty("type").GetString());
            Assert.Equal(expected, checker.Substitute(c.GetProperty("program").GetString()!));
            Assert.Contains(c.GetProperty("preLaunchTask").GetString(), labels);
            checker.RequirePath($"launch.json '{name}' cwd", checker.Substitute(c.GetProperty("cwd").GetString()!));
            checker.CheckCliArguments($"launch.json '{name}'", Strings(c.GetProperty("args")));
        }
        Assert.Empty(checker.Problems);
        Assert.Contains("<UseArtifactsOutput>true</UseArtifactsOutput>", File.ReadAllText(Path.Combine(Root, "Directory.Build.props")), StringComparison.Ordinal);
        var testBuild = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetFileName(testBuild) == "debug")
        {
            Assert.True(File.Exists(expected), $"{expected} is not built although the tests run from a debug build");
        }
    }

    [Fact]
    public void Vscode_files_are_not_ignored_by_git()
    {
        var ignore = File.ReadAllLines(Path.Combine(Root, ".gitignore"));
        foreach (var file in new[] { "extensions.json", "tasks.json", "launch.json" })
        {
            Assert.Contains($"!.vscode/{file}", ignore);
        }
    }

    [Fact]
    public void Checker_reports_unknown_flags_missing_paths_and_projects()
    {
        var checker = new WorkspaceCommandChecker(Root);
        checker.CheckCommand("a", ["dotnet", "run", "--project", "src/Csc.Analysis.Cli", "--", "report", "--no-such-flag"]);
        checker.CheckCommand("b", ["dotnet", "run", "--project", "src/Csc.Analysis.Cli", "--", "notebook", "run", "notebooks/none.ipynb"]);
        checker.CheckCommand("c", ["dotnet", "run", "--project", "src/No.Such.Project"]);
        checker.CheckCommand("d", ["dotnet", "build", "Missing.sln"]);
        checker.CheckCommand("e", ["dotnet", "run", "--project", "src/Csc.Analysis.Cli", "--", "notebook"]);
        checker.CheckShellLine("f", "dotnet tool run no-such-tool");
        Assert.Equal(6, checker.Problems.Count);
        Assert.StartsWith("a: ", checker.Problems[0], StringComparison.Ordinal);
        Assert.Contains("--no-such-flag", checker.Problems[0], StringComparison.Ordinal);
        Assert.Equal("b: 'notebooks/none.ipynb' does not exist.", checker.Problems[1]);
        Assert.Equal("c: --project 'src/No.Such.Project' is not a project folder.", checker.Problems[2]);
        Assert.Equal("d: 'Missing.sln' does not exist.", checker.Problems[3]);
        Assert.StartsWith("e: ", checker.Problems[4], StringComparison.Ordinal);
        Assert.Equal("f: tool command 'no-such-tool' is not in .config/dotnet-tools.json.", checker.Problems[5]);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException($"No Analysis.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
