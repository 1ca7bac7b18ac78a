using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Csc.Analysis.Cli.Tests.Workspace;

/// <summary>
/// Every command of every guide in docs/guides is run, in the guide's order, in a fresh folder that holds the
/// bundled sample (data-samples and the published figures linked, the notebooks copied), after the files the guide
/// shows (a block whose first line is <c>// file: NAME</c> or <c># file: NAME</c>) are written; each must end with the
/// exit code the guide gives (0 unless its line ends <c># exit N</c>). So the guides do not rot.
/// </summary>
public sealed partial class GuideCommandsTests
{
    private static readonly string Guides = RepositoryPaths.Of("docs", "guides");

    private static List<string> Names()
        => [.. Directory.GetFiles(Guides, "*.md").Select(Path.GetFileName).OfType<string>().Where(f => f != "README.md").Order(StringComparer.Ordinal)];

    public static TheoryData<string> GuideNames() => [.. Names()];

    /// <summary>One step of a guide: a file to write, or a command with the exit code it should end with.</summary>
    private sealed record Step(int Line, string? File, string Text, string[]? Arguments, int ExitCode);

    [Fact]
    public void EveryGuide_IsListedInTheIndex_AndHasCommands()
    {
        var index = File.ReadAllText(Path.Combine(Guides, "README.md"));
        foreach (var name in Names())
        {
            Assert.Contains($"]({name})", index, StringComparison.Ordinal);
            Assert.Contains(Steps(Path.Combine(Guides, name)), s => s.Arguments is not null);
        }
    }

    [Theory]
    [MemberData(nameof(GuideNames))]
    public void GuideCommands_RunAsWritten(string guide)
    {
        using var cli = new CliRun();
        Directory.CreateSymbolicLink(Path.Combine(cli.Folder, "data-samples"), RepositoryPaths.Of("data-samples"));
        Directory.CreateDirectory(Path.Combine(cli.Folder, "published"));
        Directory.CreateSymbolicLink(Path.Combine(cli.Folder, "published", "dfe-lait"), RepositoryPaths.Of("published", "dfe-lait"));
        var notebooks = Directory.CreateDirectory(Path.Combine(cli.Folder, "notebooks"));
        foreach (var nb in Directory.GetFiles(RepositoryPaths.Of("notebooks"), "*.ipynb"))
        {
            File.Copy(nb, Path.Combine(notebooks.FullName, Path.GetFileName(nb)));
        }
        foreach (var step in Steps(Path.Combine(Guides, guide)))
        {
            if (step.File is not null)
            {
                cli.Write(step.File, step.Text);
                continue;
            }
            var code = cli.Run(step.Arguments!);
            Assert.True(code == step.ExitCode,
                $"{guide} line {step.Line}: '{step.Text}' exited {code}, the guide says {step.ExitCode}.\nstdout: {cli.Out}\nstderr: {cli.Error}");
        }
    }

    [GeneratedRegex(@"^(?:// |# )file: (?<name>.+)$")]
    private static partial Regex FileHeader();

    [GeneratedRegex(@"\s+# exit (?<code>\d+)\s*$")]
    private static partial Regex ExitComment();

    private static List<Step> Steps(string path)
    {
        var steps = new List<Step>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal) || lines[i].Length == 3)
            {
                continue;
            }
            var language = lines[i][3..].Trim();
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end] != "```")
            {
                end++;
            }
            var body = lines[start..end];
            i = end;
            if (body.Length > 0 && FileHeader().Match(body[0]) is { Success: true } header)
            {
                steps.Add(new Step(start + 1, header.Groups["name"].Value.Trim(), string.Join('\n', body[1..]) + "\n", null, 0));
                continue;
            }
            if (language != "bash")
            {
                continue;
            }
            for (var j = 0; j < body.Length; j++)
            {
                var line = body[j].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }
                Assert.True(line.StartsWith("csc-kpi ", StringComparison.Ordinal), $"{Path.GetFileName(path)} line {start + j + 1}: a guide's bash block holds only csc-kpi commands, found '{line}'.");
                var exit = 0;
                if (ExitComment().Match(line) is { Success: true } comment)
                {
                    exit = int.Parse(comment.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    line = line[..comment.Index];
                }
                steps.Add(new Step(start + j + 1, null, line, [.. CommandLineParser.SplitCommandLine(line["csc-kpi ".Length..])], exit));
            }
        }
        return steps;
    }
}
