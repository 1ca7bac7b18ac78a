namespace Csc.Analysis.Cli.Progress;

/// <summary>
/// One stage of long work (loading, computing, writing) while it runs: dispose it when the stage ends. A stage that
/// knows how many steps it has (units generated, notebooks run) moves a bar with <see cref="Increment"/>; one that does
/// not shows a spinner and its elapsed time.
/// </summary>
public abstract class ProgressStage : IDisposable
{
    /// <summary>A stage that shows nothing.</summary>
    internal static ProgressStage Nothing { get; } = new NothingStage();

    /// <summary>Marks <paramref name="steps"/> more steps as done.</summary>
    public abstract void Increment(long steps = 1);

    private int ended;

    /// <summary>Ends the stage (its final line stays on the screen with the elapsed time); a second call does nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref ended, 1) == 0)
        {
            Finish();
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>Ends the display of the stage; called once, by the first <see cref="Dispose"/>.</summary>
    protected abstract void Finish();

    private sealed class NothingStage : ProgressStage
    {
        public override void Increment(long steps = 1)
        {
        }

        protected override void Finish()
        {
        }
    }
}
