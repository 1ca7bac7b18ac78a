using Csc.Analysis.Cli.Progress;

namespace Csc.Analysis.Cli.Tests.Progress;

public sealed class CliProgressTests
{
    /// <summary>A clock that moves only when told to.</summary>
    private sealed class SteppedTime : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;
    }

    private static CliEnvironment Env(TextWriter error, bool terminal, bool canRedraw, TimeProvider? time = null)
        => new(TextWriter.Null, error, time ?? TimeProvider.System, terminal, Path.GetTempPath()) { CanRedraw = canRedraw };

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void Auto_Redirected_ShowsNothing(bool terminal, bool canRedraw)
        => Assert.Same(CliProgress.Silent, CliProgress.For(ProgressMode.Auto, Env(TextWriter.Null, terminal, canRedraw)));

    [Fact]
    public void None_InATerminal_ShowsNothing()
        => Assert.Same(CliProgress.Silent, CliProgress.For(ProgressMode.None, Env(TextWriter.Null, true, true)));

    [Fact]
    public void Auto_TerminalThatCannotRedraw_WritesPlainLineWithElapsedSeconds()
    {
        var error = new StringWriter { NewLine = "\n" };
        var time = new SteppedTime();
        var progress = CliProgress.For(ProgressMode.Auto, Env(error, terminal: true, canRedraw: false, time));
        using (progress.Stage("Loading extract"))
        {
            Assert.Equal("", error.ToString()); // nothing while the stage runs
            time.Ticks += TimeSpan.FromSeconds(2.46).Ticks;
        }
        Assert.Equal("Loading extract: 2.5 s\n", error.ToString());
    }

    [Fact]
    public void Plain_StageWithSteps_CountsThem_AndEndsOnce()
    {
        var error = new StringWriter { NewLine = "\n" };
        var time = new SteppedTime();
        var stage = CliProgress.For(ProgressMode.Plain, Env(error, terminal: false, canRedraw: false, time)).Stage("Generating 3 unit(s)", 3);
        stage.Increment();
        stage.Increment(2);
        time.Ticks += TimeSpan.FromSeconds(0.04).Ticks;
        stage.Dispose();
        stage.Dispose();
        Assert.Equal("Generating 3 unit(s) (3 of 3): 0.0 s\n", error.ToString());
    }

    [Fact]
    public void Run_ReturnsTheWorksResult_AndEndsTheStageWhenItThrows()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = CliProgress.For(ProgressMode.Plain, Env(error, terminal: false, canRedraw: false, new SteppedTime()));
        Assert.Equal(42, progress.Run("Calculating KPIs", () => 42));
        Assert.Throws<InvalidOperationException>(() => progress.Run<int>("Writing the report", () => throw new InvalidOperationException("disk full")));
        Assert.Equal("Calculating KPIs: 0.0 s\nWriting the report: 0.0 s\n", error.ToString());
    }

    [Fact]
    public void Live_DrawsTheStage_AndLeavesItComplete()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = CliProgress.For(ProgressMode.Live, Env(error, terminal: false, canRedraw: false));
        using (var stage = progress.Stage("Generating 4 unit(s) as canonical", 4))
        {
            stage.Increment(4);
        }
        using (progress.Stage("Loading <extract> [team]"))
        {
        }
        var text = error.ToString();
        Assert.Contains("Generating 4 unit(s) as canonical", text, StringComparison.Ordinal);
        Assert.Contains("100%", text, StringComparison.Ordinal);
        // Spectre markup in a description is shown as written, not interpreted.
        Assert.Contains("Loading <extract> [team]", text, StringComparison.Ordinal);
        Assert.Contains("✓", text, StringComparison.Ordinal);
    }
}
