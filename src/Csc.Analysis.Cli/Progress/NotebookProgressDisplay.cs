namespace Csc.Analysis.Cli.Progress;

/// <summary>
/// Shows notebook runs on a <see cref="CliProgress"/>: a stage per notebook ("Running 01-kpi-overview.ipynb") whose bar
/// counts its code cells, opened when the run reports its first progress and ended when every cell has run, when the next
/// notebook starts, or on <see cref="Dispose"/> (a run that stopped at a failing cell). Log lines that come while a stage
/// is open are held until it ends, so they never break into the display.
/// </summary>
/// <remarks>
/// It knows notebooks only by name and cell counts (the notebook command adapts the runner's reports to
/// <see cref="Report"/>), so .NET Interactive stays inside that command. Reports are handled on the reporting thread,
/// not posted to a synchronisation context, so a stage never ends after the command has written its next line.
/// </remarks>
internal sealed class NotebookProgressDisplay(CliProgress progress) : IDisposable
{
    private readonly List<string> held = [];
    private ProgressStage? stage;
    private string? notebook;
    private int shown;
    private Action<string>? write;

    /// <summary>True when a display is on: it replaces the runner's per-cell lines.</summary>
    public bool IsShowing { get; } = !ReferenceEquals(progress, CliProgress.Silent);

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

    /// <summary>
    /// Shows that <paramref name="cellsDone"/> of the <paramref name="cells"/> code cells of <paramref name="name"/> have
    /// run: a report for another notebook (or for the same one after it completed) starts a new stage.
    /// </summary>
    public void Report(string name, int cellsDone, int cells)
    {
        if (name != notebook)
        {
            End();
            notebook = name;
            shown = 0;
            stage = progress.Stage($"Running {name}", cells);
        }
        stage?.Increment(cellsDone - shown);
        shown = cellsDone;
        if (cellsDone >= cells)
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
