using System.CommandLine.Parsing;
using System.Text.Json;
using System.Xml.Linq;

namespace Csc.Analysis.Cli.Tests.Workspace;

/// <summary>
/// Checks the command lines that the VS Code and dev container files name: the programs, the paths,
/// and every csc-kpi command line against the CLI's own parser. Each problem is a sentence naming where it is.
/// </summary>
internal sealed class WorkspaceCommandChecker(string root)
{
    /// <summary>Where the CLI project lives, relative to the root.</summary>
    public const string CliProject = "src/Csc.Analysis.Cli";

    public static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public List<string> Problems { get; } = [];

    /// <summary>The notebook that stands in for VS Code's <c>${file}</c> (the first committed one).</summary>
    public string CurrentFile { get; init; } = "notebooks/01-kpi-overview.ipynb";

    public string Substitute(string text) => text
        .Replace("${workspaceFolder}", root, StringComparison.Ordinal)
        .Replace("${file}", CurrentFile, StringComparison.Ordinal);

    /// <summary>Checks a shell line of commands joined by &amp;&amp; (the dev container's postCreateCommand).</summary>
    public void CheckShellLine(string where, string line)
    {
        foreach (var part in line.Split("&&", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens[0] is "sudo")
            {
                continue; // system packages: apt is not ours to check
            }
            CheckCommand(where, tokens);
        }
    }

    /// <summary>Checks one program and its arguments.</summary>
    public void CheckCommand(string where, IReadOnlyList<string> tokens)
    {
        var t = tokens.Select(Substitute).ToList();
        if (t.Count < 2 || t[0] != "dotnet")
        {
            Problems.Add($"{where}: '{string.Join(' ', t)}' is not a dotnet command.");
            return;
        }
        switch (t[1])
        {
            case "build" or "test" or "restore":
                var target = t.Skip(2).FirstOrDefault(a => !a.StartsWith('-'));
                if (target is null)
                {
                    Problems.Add($"{where}: 'dotnet {t[1]}' names no solution or project.");
                }
                else
                {
                    RequirePath(where, target);
                }
                break;
            case "tool":
                CheckTool(where, t);
                break;
            case "run":
                CheckRun(where, t);
                break;
            default:
                Problems.Add($"{where}: 'dotnet {t[1]}' is not a command this checker knows.");
                break;
        }
    }

    /// <summary>Checks csc-kpi arguments (what follows the program name) against the CLI's parser.</summary>
    public void CheckCliArguments(string where, IReadOnlyList<string> args)
    {
        var a = args.Select(Substitute).ToArray();
        var env = new CliEnvironment(TextWriter.Null, TextWriter.Null, TimeProvider.System, false, root);
        var parse = CliApp.BuildRoot(env).Parse(a);
        foreach (var error in parse.Errors)
        {
            Problems.Add($"{where}: csc-kpi {string.Join(' ', a)}: {error.Message}");
        }
        if (parse.Errors.Count > 0)
        {
            return;
        }
        if (parse.CommandResult.Command.Action is null)
        {
            Problems.Add($"{where}: csc-kpi {string.Join(' ', a)} names no runnable command.");
        }
        for (var i = 0; i + 1 < a.Length; i++)
        {
            if (a[i] is "--data" or "--config")
            {
                RequirePath(where, a[i + 1]);
            }
        }
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                RequirePath(where, token.Value);
            }
        }
    }

    public void RequirePath(string where, string path)
    {
        var full = Path.GetFullPath(path, root);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            Problems.Add($"{where}: '{path}' does not exist.");
        }
    }

    private void CheckTool(string where, List<string> t)
    {
        var manifest = Path.Combine(root, ".config", "dotnet-tools.json");
        if (!File.Exists(manifest))
        {
            Problems.Add($"{where}: 'dotnet tool {string.Join(' ', t.Skip(2))}' but .config/dotnet-tools.json is missing.");
            return;
        }
        if (t.Count > 3 && t[2] == "run")
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
            var commands = doc.RootElement.GetProperty("tools").EnumerateObject()
                .SelectMany(tool => tool.Value.GetProperty("commands").EnumerateArray().Select(c => c.GetString()))
                .ToHashSet(StringComparer.Ordinal);
            if (!commands.Contains(t[3]))
            {
                Problems.Add($"{where}: tool command '{t[3]}' is not in .config/dotnet-tools.json.");
            }
        }
        else if (t.Count < 3 || t[2] != "restore")
        {
            Problems.Add($"{where}: 'dotnet tool {string.Join(' ', t.Skip(2))}' is not restore or run.");
        }
    }

    private void CheckRun(string where, List<string> t)
    {
        var at = t.IndexOf("--project");
        if (at < 0 || at + 1 >= t.Count)
        {
            Problems.Add($"{where}: 'dotnet run' without --project.");
            return;
        }
        var project = t[at + 1].TrimEnd('/');
        var folder = Path.GetFullPath(project, root);
        if (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.csproj").Any())
        {
            Problems.Add($"{where}: --project '{project}' is not a project folder.");
            return;
        }
        var separator = t.IndexOf("--");
        if (Path.GetRelativePath(root, folder).Replace('\\', '/') == CliProject)
        {
            CheckCliArguments(where, separator < 0 ? [] : t.Skip(separator + 1).ToList());
        }
    }

    /// <summary>The CLI's assembly name as its project file sets it.</summary>
    public string CliAssemblyName()
    {
        var csproj = XDocument.Load(Path.Combine(root, CliProject, "Csc.Analysis.Cli.csproj"));
        return csproj.Descendants("AssemblyName").Single().Value;
    }
}
