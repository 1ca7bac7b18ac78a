namespace Csc.Analysis.Benchmarking;

/// <summary>A kit KPI and the published measure it is compared with, with how their definitions differ.</summary>
public sealed record BenchmarkMapping
{
    /// <summary>The kit's KPI id.</summary>
    public required string KpiId { get; init; }

    /// <summary>The published measure's code (<c>Short Desc</c>).</summary>
    public required string Measure { get; init; }

    /// <summary>How the kit's definition differs from DfE's (empty when it does not).</summary>
    public required string Difference { get; init; }
}
