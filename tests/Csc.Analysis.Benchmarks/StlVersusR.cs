using System.Diagnostics;
using System.Globalization;
using Csc.Analysis.Statistics.Decomposition;

namespace Csc.Analysis.Benchmarks;

/// <summary>
/// The C# half of stl-vs-r.sh: reads the inputs R decomposed (batch.csv: one series per line; long.csv: one value per line),
/// times the same decompositions (wall-clock and process CPU time, best of several runs after a warm-up), and checks the batch results
/// against R's (r_batch_components.csv: seasonal and trend per series).
/// </summary>
internal static class StlVersusR
{
    public static int Run(string[] args)
    {
        if (args.Length != 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: stl-vs-r FOLDER (a folder written by stl-vs-r.sh)");
            return 2;
        }
        var folder = args[0];
        var batch = File.ReadLines(Path.Combine(folder, "batch.csv")).Select(ParseLine).ToArray();
        var longSeries = File.ReadLines(Path.Combine(folder, "long.csv")).Select(Parse).ToArray();
        var options = new StlOptions { Period = 12, SeasonalWindow = 7 };
        var robust = options with { Robust = true };

        // Check the answers first: the C# batch against R's on the same inputs.
        var ours = Stl.DecomposeMany(batch, options);
        var largest = 0.0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(folder, "r_batch_components.csv")))
        {
            var values = ParseLine(line);
            var n = values.Length / 2;
            var result = ours[lineNumber++];
            for (var i = 0; i < n; i++)
            {
                largest = Math.Max(largest, Math.Abs(values[i] - result.Seasonal[i]));
                largest = Math.Max(largest, Math.Abs(values[n + i] - result.Trend[i]));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C#: largest |difference| from R over {lineNumber} series (seasonal and trend): {largest:E2}"));

        Report($"C#: {batch.Length} x {batch[0].Length}, stl(s.window = 7), serial", 3, () => Stl.DecomposeMany(batch, options));
        Report($"C#: {batch.Length} x {batch[0].Length}, stl(s.window = 7), parallel ({Environment.ProcessorCount} cores)", 3, () => Stl.DecomposeMany(batch, options, parallel: true));
        Report($"C#: {batch.Length} x {batch[0].Length}, robust, serial", 3, () => Stl.DecomposeMany(batch, robust));
        Report($"C#: {batch.Length} x {batch[0].Length}, robust, parallel", 3, () => Stl.DecomposeMany(batch, robust, parallel: true));
        Report($"C#: 1 x {longSeries.Length}, stl(s.window = 7)", 20, () => Stl.Decompose(longSeries, options));
        Report($"C#: 1 x {longSeries.Length}, robust", 20, () => Stl.Decompose(longSeries, robust));
        Report($"C#: 1 x {longSeries.Length}, periodic", 20, () => Stl.Decompose(longSeries, new StlOptions { Period = 12, PeriodicSeasonal = true }));
        return 0;
    }

    private static void Report(string what, int runs, Func<object> action)
    {
        action(); // warm-up (JIT, buffers)
        var process = Process.GetCurrentProcess();
        var bestWall = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            var wall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            bestWall = Math.Min(bestWall, wall);
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        // CPU time is summed over threads (a parallel run uses more CPU than wall-clock time) and is the steadier figure
        // on a busy machine; it has the resolution of the operating system's accounting (a few milliseconds).
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {bestWall:F1} ms elapsed, {bestCpu:F1} ms CPU (best of {runs})"));
    }

    private static double[] ParseLine(string line) => line.Split(',').Select(Parse).ToArray();

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
