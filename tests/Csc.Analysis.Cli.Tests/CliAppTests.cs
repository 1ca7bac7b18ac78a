using System.CommandLine;

namespace Csc.Analysis.Cli.Tests;

public sealed class CliAppTests
{
    private static IEnumerable<Command> LeafCommands(Command command)
        => command.Subcommands.Count == 0 ? [command] : command.Subcommands.SelectMany(LeafCommands);

    private static RootCommand Root() => CliApp.BuildRoot(new CliEnvironment(TextWriter.Null, TextWriter.Null, TimeProvider.System, false, Path.GetTempPath()));

    [Fact]
    public void EveryCommand_HasExamplesInItsHelp_ThatAreValidCommandLines()
    {
        var root = Root();
        var problems = new List<string>();
        var examples = 0;
        foreach (var command in LeafCommands(root))
        {
            var lines = (command.Description ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("csc-kpi ", StringComparison.Ordinal)).ToList();
            if (lines.Count == 0)
            {
                problems.Add($"{command.Name}: no example in its --help");
            }
            foreach (var line in lines)
            {
                examples++;
                var parse = root.Parse(line["csc-kpi ".Length..]);
                if (parse.Errors.Count > 0)
                {
                    problems.Add($"{command.Name}: '{line}' does not parse: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
                }
                else if (!ReferenceEquals(parse.CommandResult.Command, command))
                {
                    problems.Add($"{command.Name}: '{line}' runs {parse.CommandResult.Command.Name}, not this command");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(examples >= 2 * LeafCommands(root).Count() - 4, $"{examples} examples");
    }

    [Fact]
    public void ProgressAndVerbose_AreAcceptedByEveryCommand()
    {
        var root = Root();
        foreach (var command in LeafCommands(root))
        {
            var path = string.Join(' ', command.Parents.OfType<Command>().Where(p => p is not RootCommand).Reverse().Select(p => p.Name).Append(command.Name));
            var parse = root.Parse($"{path} --progress plain --verbose --help");
            Assert.True(parse.Errors.Count == 0, $"{path}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void UnknownProgressMode_IsAUsageError()
    {
        using var cli = new CliRun();
        Assert.Equal(ExitCodes.Usage, cli.Run("validate", "--data", ".", "--progress", "loud"));
        Assert.Contains("loud", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnError_IsOneSentence_WithDetailsOnlyUnderVerbose()
    {
        using var cli = new CliRun();
        Assert.Equal(ExitCodes.Usage, cli.Run("validate", "--data", "nowhere"));
        Assert.Equal($"csc-kpi: '{Path.Combine(cli.Folder, "nowhere")}' does not exist.\n", cli.Error);

        Assert.Equal(ExitCodes.Usage, cli.Run("validate", "--data", "nowhere", "--verbose"));
        Assert.StartsWith($"csc-kpi: '{Path.Combine(cli.Folder, "nowhere")}' does not exist.\nCsc.Analysis.Cli.CliException: ", cli.Error, StringComparison.Ordinal);
        Assert.Contains(" at ", cli.Error, StringComparison.Ordinal);
    }
}
