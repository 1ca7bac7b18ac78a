using System.CommandLine;
using System.Reflection;

namespace Csc.Analysis.Cli;

/// <summary>Exit codes of csc-kpi (a contract with scripts that call it).</summary>
public static class ExitCodes
{
    /// <summary>0: everything asked for was written and nothing was lost.</summary>
    public const int Ok = 0;

    /// <summary>1: output was written but some input could not be used (rows, series or tables reported on stderr), or an input file could not be read.</summary>
    public const int DataErrors = 1;

    /// <summary>2: the command line itself is wrong (unknown option, bad value, missing argument, an output over an input, an output folder that cannot be written); nothing was written.</summary>
    public const int Usage = 2;
}

/// <summary>What a command may touch: output streams, time, the working folder. Injected so tests can run commands in-process.</summary>
/// <param name="Out">Where results and progress go (stdout).</param>
/// <param name="Error">Where problems go (stderr).</param>
/// <param name="Time">The clock: today's date where a command needs one (for example the default as-at date) and elapsed times; tests fix it.</param>
/// <param name="IsTerminal">Whether both streams are a console (not redirected): progress and timings are printed only then, so redirected output stays byte-identical.</param>
/// <param name="WorkingDirectory">The folder relative paths are resolved against.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, TimeProvider Time, bool IsTerminal, string WorkingDirectory)
{
    /// <summary>The real process: the console's streams, the system clock and the current directory.</summary>
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
    /// <summary>The exit code the process ends with (<see cref="ExitCodes.Usage"/> unless given).</summary>
    public int ExitCode { get; } = exitCode;
}

/// <summary>The csc-kpi command line: every <c>ICliCommand</c> in this assembly as a subcommand, in name order.</summary>
public static class CliApp
{
    /// <summary>
    /// Parses <paramref name="args"/> and runs the subcommand. Parse errors are written to <see cref="CliEnvironment.Error"/>
    /// and give <see cref="ExitCodes.Usage"/>; a <see cref="CliException"/> gives its message (prefixed "csc-kpi: ") and exit
    /// code; unreadable files and unusable data (I/O, format and argument errors) give their message and
    /// <see cref="ExitCodes.DataErrors"/>, never a stack trace.
    /// </summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="env">Streams, clock and working folder.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliEnvironment env)
    {
        var root = BuildRoot(env);
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
        catch (Output.OutputNotWritableException ex)
        {
            await env.Error.WriteLineAsync($"csc-kpi: {ex.Message}");
            return ExitCodes.Usage;
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

    /// <summary>The root command with every subcommand, as <see cref="RunAsync"/> parses with (tests check command lines against it).</summary>
    internal static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand("csc-kpi: KPIs, statistics and reports for children's social care performance teams.");
        foreach (var type in typeof(CliApp).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var factory = (ICliCommand)Activator.CreateInstance(type, nonPublic: true)!;
            root.Subcommands.Add(factory.Build(env));
        }
        return root;
    }
}
