namespace Csc.Analysis.Interactive.Notebooks;

/// <summary>
/// A notebook run's progress, reported before its first code cell (<see cref="CodeCellsDone"/> 0) and after each code
/// cell has run or been skipped, so a display can show a bar per notebook. A run that stops at a failing cell reports no
/// further progress.
/// </summary>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="CodeCellsDone">Code cells run (or skipped because blank) so far.</param>
/// <param name="CodeCells">Code cells in the notebook.</param>
public sealed record NotebookCellProgress(string Notebook, int CodeCellsDone, int CodeCells)
{
    /// <summary>True when every code cell has run.</summary>
    public bool IsComplete => CodeCellsDone >= CodeCells;
}
