using BenchmarkDotNet.Attributes;
using Csc.Analysis.Statistics.Decomposition;

namespace Csc.Analysis.Benchmarks;

/// <summary>
/// STL speed: a batch of 10,000 monthly series of 60 points (the shape of a KPI pack across teams and measures) and one
/// series of 10,000 points. Inputs are synthetic (trend, two harmonics, noise) and fixed by a seed.
/// </summary>
[MemoryDiagnoser]
public class StlBenchmarks
{
    private static readonly StlOptions RDefaults = new() { Period = 12, SeasonalWindow = 7 };
    private static readonly StlOptions RRobust = RDefaults with { Robust = true };

    private double[][] batch = [];
    private double[] longSeries = [];

    [GlobalSetup]
    public void Setup()
    {
        batch = SyntheticSeries.Batch(10_000, 60, seed: 1);
        longSeries = SyntheticSeries.Batch(1, 10_000, seed: 2)[0];
    }

    [Benchmark(Description = "10,000 x 60, stl(s.window = 7), serial")]
    public DecompositionResult[] BatchSerial() => Stl.DecomposeMany(batch, RDefaults);

    [Benchmark(Description = "10,000 x 60, stl(s.window = 7), parallel")]
    public DecompositionResult[] BatchParallel() => Stl.DecomposeMany(batch, RDefaults, parallel: true);

    [Benchmark(Description = "10,000 x 60, robust, serial")]
    public DecompositionResult[] BatchRobustSerial() => Stl.DecomposeMany(batch, RRobust);

    [Benchmark(Description = "1 x 10,000, stl(s.window = 7)")]
    public DecompositionResult LongSeries() => Stl.Decompose(longSeries, RDefaults);

    [Benchmark(Description = "1 x 10,000, robust")]
    public DecompositionResult LongRobust() => Stl.Decompose(longSeries, RRobust);

    [Benchmark(Description = "1 x 10,000, periodic")]
    public DecompositionResult LongPeriodic() => Stl.Decompose(longSeries, new StlOptions { Period = 12, PeriodicSeasonal = true });
}

/// <summary>Deterministic synthetic monthly series: level + slope·t + two harmonics + noise (xorshift, Box–Muller).</summary>
internal static class SyntheticSeries
{
    public static double[][] Batch(int count, int length, int seed)
    {
        var state = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;
        double Uniform()
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return ((state >> 11) + 0.5) / (1UL << 53);
        }
        var result = new double[count][];
        for (var s = 0; s < count; s++)
        {
            var level = 50 + 100 * Uniform();
            var slope = Uniform() - 0.5;
            var amplitude = 5 + 20 * Uniform();
            var values = new double[length];
            for (var t = 0; t < length; t++)
            {
                var noise = Math.Sqrt(-2 * Math.Log(Uniform())) * Math.Cos(2 * Math.PI * Uniform());
                values[t] = level + slope * t + amplitude * Math.Sin(2 * Math.PI * t / 12) + 0.4 * amplitude * Math.Cos(4 * Math.PI * t / 12) + 3 * noise;
            }
            result[s] = values;
        }
        return result;
    }
}
