using Csc.Analysis.Interactive.Notebooks;

namespace Csc.Analysis.Cli.Progress;

/// <summary>
/// Shows notebook runs on a <see cref="CliProgress"/>: a stage per notebook ("Running 01-kpi-overview.ipynb") whose bar
/// counts its code cells, opened when the run reports its first progress and ended when every cell has run, when the next
/// notebook starts, or on <see cref="Dispose"/> (a run that stopped at a failing cell). Log lines that come while a stage
/// is open are held until it ends, so they never break into the display.
/// </summary>
/// <remarks>
/// Reports are handled on the reporting thread (this is not <see cref="Progress{T}"/>, which would post them to a
/// synchronisation context and could end a stage after the command has written its next line).
/// </remarks>
internal sealed class NotebookProgressDisplay(CliProgress progress) : IProgress<NotebookCellProgress>, IDisposable
{
    private readonly List<string> held = [];
    private ProgressStage? stage;
    private string? notebook;
    private int shown;
    private Action<string>? write;

    /// <summary>True when a display is on: it replaces the runner's per-cell lines.</summary>
    public bool IsShowing { get; } = !ReferenceEquals(progress, CliProgress.Silent);

    /// <summary>This display as the runner's progress reporter, or null when no display is on (the runner then logs each cell).</summary>
    public IProgress<NotebookCellProgress>? Reporter => IsShowing ? this : null;

    /// <summary>A log that writes each line with <paramref name="writer"/>, or holds it while a stage is open.</summary>
    public Action<string> Log(Action<string> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        write = writer;
        return line =>
        {
            if (stage is null)
            {
                writer(line);
            }
            else
            {
                held.Add(line);
            }
        };
    }

    /// <inheritdoc/>
    public void Report(NotebookCellProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Notebook != notebook)
        {
            End();
            notebook = value.Notebook;
            shown = 0;
            stage = progress.Stage($"Running {value.Notebook}", value.CodeCells);
        }
        stage?.Increment(value.CodeCellsDone - shown);
        shown = value.CodeCellsDone;
        if (value.IsComplete)
        {
            End();
        }
    }

    /// <summary>Ends the open stage, if any, and writes the lines held while it was open.</summary>
    public void Dispose() => End();

    private void End()
    {
        stage?.Dispose();
        stage = null;
        notebook = null;
        foreach (var line in held)
        {
            write?.Invoke(line);
        }
        held.Clear();
    }
}
