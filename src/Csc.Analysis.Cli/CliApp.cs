using System.CommandLine;
using System.Reflection;
using Csc.Analysis.Cli.Progress;

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

    /// <summary>3: a fault in csc-kpi itself stopped the command (the message says to run again with <c>--verbose</c> and report it).</summary>
    public const int Fault = 3;
}

/// <summary>What a command may touch: output streams, time, the working folder. Injected so tests can run commands in-process.</summary>
/// <param name="Out">Where results and progress go (stdout).</param>
/// <param name="Error">Where problems go (stderr).</param>
/// <param name="Time">The clock: today's date where a command needs one (for example the default as-at date) and elapsed times; tests fix it.</param>
/// <param name="IsTerminal">Whether both streams are a console (not redirected): progress and timings are printed only then, so redirected output stays byte-identical.</param>
/// <param name="WorkingDirectory">The folder relative paths are resolved against.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, TimeProvider Time, bool IsTerminal, string WorkingDirectory)
{
    /// <summary>
    /// Whether the terminal can redraw a live display: false under continuous integration (<c>CI</c> set) and for
    /// <c>TERM=dumb</c>, where <see cref="ProgressMode.Auto"/> prints plain lines instead.
    /// </summary>
    public bool CanRedraw { get; init; }

    /// <summary>How long work is shown while it runs (from <c>--progress</c>; silent unless set).</summary>
    public CliProgress Progress { get; init; } = CliProgress.Silent;

    /// <summary>Whether errors carry their details (<c>--verbose</c>): the exception's type and stack trace after the sentence.</summary>
    public bool Verbose { get; init; }

    /// <summary>The real process: the console's streams, the system clock and the current directory.</summary>
    public static CliEnvironment Console() => new(
        System.Console.Out,
        System.Console.Error,
        TimeProvider.System,
        !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected,
        Environment.CurrentDirectory)
    {
        CanRedraw = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal),
    };

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
        ArgumentNullException.ThrowIfNull(env);
        // Text from the data reaches the streams only through TerminalSafeWriter; the progress display, which draws
        // with escape sequences of its own, writes to the real stream.
        var safe = env with
        {
            Out = env.Out as TerminalSafeWriter ?? new TerminalSafeWriter(env.Out),
            Error = env.Error as TerminalSafeWriter ?? new TerminalSafeWriter(env.Error),
        };
        var parse = BuildRoot(safe).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await safe.Error.WriteLineAsync(error.Message);
            }
            await safe.Error.WriteLineAsync("Run 'csc-kpi --help' for usage.");
            return ExitCodes.Usage;
        }
        var run = safe with
        {
            Progress = CliProgress.For(parse.GetValue<ProgressMode>(ProgressOptionName), env),
            Verbose = parse.GetValue<bool>(VerboseOptionName),
        };
        if (!ReferenceEquals(run.Progress, CliProgress.Silent) || run.Verbose)
        {
            // The commands capture the environment they are built with: build them again with the display and verbosity asked for.
            parse = BuildRoot(run).Parse(args);
        }
        var config = new InvocationConfiguration { Output = run.Out, Error = run.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (CliException ex)
        {
            return await Fail(run, ex, ex.Message, ex.ExitCode);
        }
        catch (Output.OutputNotWritableException ex)
        {
            return await Fail(run, ex, ex.Message, ExitCodes.Usage);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or ArgumentException)
        {
            return await Fail(run, ex, ex.Message, ExitCodes.DataErrors);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return await Fail(run, ex.InnerException, ex.InnerException.Message, ExitCodes.DataErrors);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return await Fail(run, ex,
                $"an unexpected fault stopped the command ({ex.GetType().Name}: {ex.Message.TrimEnd('.')}). Run it again with --verbose and report what it prints.",
                ExitCodes.Fault);
        }
    }

    /// <summary>The name of the option every command takes for its progress display (<see cref="ProgressMode"/>).</summary>
    internal const string ProgressOptionName = "--progress";

    /// <summary>The name of the option every command takes for detailed errors.</summary>
    internal const string VerboseOptionName = "--verbose";

    /// <summary>Writes the one-sentence message (prefixed "csc-kpi: "), and under <c>--verbose</c> the exception in full after it.</summary>
    private static async Task<int> Fail(CliEnvironment env, Exception ex, string message, int exitCode)
    {
        await env.Error.WriteLineAsync($"csc-kpi: {message}");
        if (env.Verbose)
        {
            await env.Error.WriteLineAsync(ex.ToString());
        }
        return exitCode;
    }

    /// <summary>The root command with every subcommand, as <see cref="RunAsync"/> parses with (tests check command lines against it).</summary>
    internal static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand("csc-kpi: KPIs, statistics and reports for children's social care performance teams.")
        {
            new Option<ProgressMode>(ProgressOptionName)
            {
                Description = "Show long work while it runs on stderr: auto (default: a live display in a terminal, plain lines under CI or TERM=dumb, nothing when redirected), live, plain or none.",
                DefaultValueFactory = _ => ProgressMode.Auto,
                Recursive = true,
            },
            new Option<bool>(VerboseOptionName)
            {
                Description = "Follow an error's one-sentence message with its details (the exception and stack trace), to report a fault.",
                Recursive = true,
            },
        };
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
