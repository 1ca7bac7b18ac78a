using Csc.Analysis.Cli.Progress;

namespace Csc.Analysis.Cli.Tests.Progress;

public sealed class NotebookProgressDisplayTests
{
    private static (NotebookProgressDisplay Display, StringWriter Screen) Plain()
    {
        var screen = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(screen, screen, TimeProvider.System, true, Path.GetTempPath());
        return (new NotebookProgressDisplay(CliProgress.For(ProgressMode.Plain, env)), screen);
    }

    private static string WithoutSeconds(string text) => System.Text.RegularExpressions.Regex.Replace(text, @": \d+\.\d s", ": N s");

    [Fact]
    public void StagePerNotebook_CountsCodeCells_HoldsLinesUntilTheStageEnds()
    {
        var (display, screen) = Plain();
        var log = display.Log(line => screen.WriteLine("log: " + line));
        log("before any notebook");
        display.Report("a.ipynb", 0, 3);
        display.Report("a.ipynb", 1, 3);
        log("a note while a.ipynb runs");
        display.Report("a.ipynb", 2, 3);
        display.Report("a.ipynb", 3, 3);
        // b.ipynb stops at its second cell: the next notebook (or the end) closes its stage.
        display.Report("b.ipynb", 0, 4);
        display.Report("b.ipynb", 1, 4);
        log("cell 2 failed: boom");
        display.Dispose();
        display.Dispose();
        Assert.Equal(
            "log: before any notebook\n"
            + "Running a.ipynb (3 of 3): N s\n"
            + "log: a note while a.ipynb runs\n"
            + "Running b.ipynb (1 of 4): N s\n"
            + "log: cell 2 failed: boom\n",
            WithoutSeconds(screen.ToString()));
    }

    [Fact]
    public void SameNotebookTwice_TwoStages()
    {
        var (display, screen) = Plain();
        display.Report("a.ipynb", 0, 1);
        display.Report("a.ipynb", 1, 1);
        display.Report("a.ipynb", 0, 1);
        display.Report("a.ipynb", 1, 1);
        Assert.Equal("Running a.ipynb (1 of 1): N s\nRunning a.ipynb (1 of 1): N s\n", WithoutSeconds(screen.ToString()));
    }

    [Fact]
    public void Silent_NoReporter_LinesWrittenAtOnce()
    {
        var lines = new List<string>();
        using var display = new NotebookProgressDisplay(CliProgress.Silent);
        Assert.False(display.IsShowing);
        display.Log(lines.Add)("cell 1 ok");
        Assert.Equal(["cell 1 ok"], lines);
    }
}
