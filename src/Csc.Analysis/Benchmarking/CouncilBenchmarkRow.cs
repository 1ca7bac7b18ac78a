using Csc.Analysis.Domain;

namespace Csc.Analysis.Benchmarking;

/// <summary>A benchmark row of one council of a stack.</summary>
/// <param name="Council">The council.</param>
/// <param name="Row">Its comparison with the published figures.</param>
/// <param name="Symbol">In a public table, the symbol of a withheld value; else null.</param>
public sealed record CouncilBenchmarkRow(CouncilCode Council, BenchmarkRow Row, string? Symbol = null);
