using Spectre.Console;

namespace Csc.Analysis.Cli.Progress;

/// <summary>
/// Shows long work on standard error while it runs, in the way <see cref="ProgressMode"/> names: a live Spectre.Console
/// display, plain lines or nothing. Commands wrap each long step in <see cref="Stage"/>; nothing else is written while a
/// stage is open, so warnings and results never interleave with the display.
/// </summary>
/// <example>
/// <code>
/// using (env.Progress.Stage("Loading data-samples/havering-like"))
/// {
///     load = CaseDataLoader.Load(path);
/// }
/// </code>
/// </example>
public abstract class CliProgress
{
    /// <summary>Shows nothing.</summary>
    public static CliProgress Silent { get; } = new SilentProgress();

    /// <summary>Starts a stage called <paramref name="description"/>, with <paramref name="steps"/> steps when it knows how many.</summary>
    public abstract ProgressStage Stage(string description, long? steps = null);

    /// <summary>Runs <paramref name="work"/> as a stage called <paramref name="description"/> and returns its result.</summary>
    public T Run<T>(string description, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var stage = Stage(description);
        return work();
    }

    /// <summary>
    /// The display for <paramref name="mode"/> in <paramref name="env"/>: <see cref="ProgressMode.Auto"/> is resolved from
    /// whether the streams are a terminal and whether that terminal can redraw (see <see cref="CliEnvironment.CanRedraw"/>).
    /// </summary>
    public static CliProgress For(ProgressMode mode, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var resolved = mode switch
        {
            ProgressMode.Auto when !env.IsTerminal => ProgressMode.None,
            ProgressMode.Auto => env.CanRedraw ? ProgressMode.Live : ProgressMode.Plain,
            _ => mode,
        };
        return resolved switch
        {
            ProgressMode.Live => new LiveProgress(env.Error),
            ProgressMode.Plain => new PlainProgress(env.Error, env.Time),
            _ => Silent,
        };
    }

    private sealed class SilentProgress : CliProgress
    {
        public override ProgressStage Stage(string description, long? steps = null) => ProgressStage.Nothing;
    }

    /// <summary>Writes "description: 2.4 s" when a stage ends (and its step count when it has one).</summary>
    private sealed class PlainProgress(TextWriter error, TimeProvider time) : CliProgress
    {
        public override ProgressStage Stage(string description, long? steps = null) => new PlainStage(error, time, TerminalSafeWriter.Show(description), steps);

        private sealed class PlainStage(TextWriter error, TimeProvider time, string description, long? steps) : ProgressStage
        {
            private readonly long started = time.GetTimestamp();
            private long done;

            public override void Increment(long steps = 1) => Interlocked.Add(ref done, steps);

            protected override void Finish()
            {
                var seconds = time.GetElapsedTime(started).TotalSeconds;
                var count = steps is { } total ? FormattableString.Invariant($" ({Interlocked.Read(ref done)} of {total})") : "";
                error.WriteLine(FormattableString.Invariant($"{description}{count}: {seconds:0.0} s"));
            }
        }
    }

    /// <summary>
    /// A Spectre.Console progress display per stage on its own thread (Spectre's display is synchronous): the stage's
    /// line shows a spinner or bar and the elapsed time while it runs and stays, complete, when it ends.
    /// </summary>
    private sealed class LiveProgress(TextWriter error) : CliProgress
    {
        private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });

        public override ProgressStage Stage(string description, long? steps = null) => new LiveStage(console, TerminalSafeWriter.Show(description), steps);

        private sealed class LiveStage : ProgressStage
        {
            private readonly ManualResetEventSlim ready = new();
            private readonly ManualResetEventSlim finished = new();
            private readonly Thread thread;
            private ProgressTask? task;

            public LiveStage(IAnsiConsole console, string description, long? steps)
            {
                var display = console.Progress()
                    .AutoClear(false)
                    .HideCompleted(false)
                    .Columns(steps is null
                        ? [new SpinnerColumn { CompletedText = "✓" }, new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn()]
                        : [new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()]);
                thread = new Thread(() =>
                {
                    try
                    {
                        display.Start(ctx =>
                        {
                            task = ctx.AddTask(Markup.Escape(description), maxValue: steps is { } n && n > 0 ? n : 1);
                            task.IsIndeterminate = steps is null;
                            ready.Set();
                            finished.Wait();
                            task.IsIndeterminate = false;
                            task.Value = task.MaxValue;
                            task.StopTask();
                        });
                    }
                    catch (Exception ex) when (ex is IOException or InvalidOperationException)
                    {
                        // A display that cannot draw (a closed terminal) costs the run nothing but the display.
                    }
                    finally
                    {
                        ready.Set();
                    }
                })
                { IsBackground = true, Name = "csc-kpi progress" };
                thread.Start();
                ready.Wait();
            }

            public override void Increment(long steps = 1) => task?.Increment(steps);

            protected override void Finish()
            {
                finished.Set();
                thread.Join();
                ready.Dispose();
                finished.Dispose();
            }
        }
    }
}
