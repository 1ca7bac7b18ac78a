using System.CommandLine;
using System.Reflection;

namespace Csc.Analysis.Cli;

/// <summary>Exit codes of csc-kpi.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int DataErrors = 1;
    public const int Usage = 2;
}

/// <summary>What a command may touch: output streams, time, the working folder. Injected so tests can run commands in-process.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, TimeProvider Time, bool IsTerminal, string WorkingDirectory)
{
    public static CliEnvironment Console() => new(
        System.Console.Out,
        System.Console.Error,
        TimeProvider.System,
        !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected,
        Environment.CurrentDirectory);

    /// <summary>A path relative to the working folder made absolute.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}

/// <summary>One csc-kpi subcommand. Every implementation in this assembly is registered.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command; its action returns an exit code from <see cref="ExitCodes"/>.</summary>
    Command Build(CliEnvironment env);
}

/// <summary>A user error: wrong arguments or an input that cannot be used at all. Exit code 2 unless given.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.Usage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment env)
    {
        var root = new RootCommand("csc-kpi: KPIs, statistics and reports for children's social care performance teams.");
        foreach (var type in typeof(CliApp).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var factory = (ICliCommand)Activator.CreateInstance(type, nonPublic: true)!;
            root.Subcommands.Add(factory.Build(env));
        }

        var config = new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await env.Error.WriteLineAsync(error.Message);
            }
            await env.Error.WriteLineAsync("Run 'csc-kpi --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (CliException ex)
        {
            await env.Error.WriteLineAsync($"csc-kpi: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or ArgumentException)
        {
            await env.Error.WriteLineAsync($"csc-kpi: {ex.Message}");
            return ExitCodes.DataErrors;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            await env.Error.WriteLineAsync($"csc-kpi: {ex.InnerException.Message}");
            return ExitCodes.DataErrors;
        }
    }
}
