using BenchmarkDotNet.Running;
using Csc.Analysis.Benchmarks;

// dotnet run -c Release --project tests/Csc.Analysis.Benchmarks -- --filter '*Stl*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/Csc.Analysis.Benchmarks -- stl-vs-r FOLDER   (used by stl-vs-r.sh)
if (args.Length >= 1 && args[0] == "stl-vs-r")
{
    return StlVersusR.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(StlBenchmarks).Assembly).Run(args);
return 0;
