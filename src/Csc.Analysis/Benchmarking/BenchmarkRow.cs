namespace Csc.Analysis.Benchmarking;

/// <summary>
/// One KPI in one year against the published figures. Null members are not available (no value, no published
/// figure, no polarity).
/// </summary>
public sealed record BenchmarkRow
{
    /// <summary>The kit's KPI id.</summary>
    public required string KpiId { get; init; }

    /// <summary>The year, named by the 31 March it ends on.</summary>
    public required int Year { get; init; }

    /// <summary>The kit's figure: a snapshot at the March month end, a flow's year to date at March.</summary>
    public required double? Value { get; init; }

    /// <summary>England's published value.</summary>
    public required double? England { get; init; }

    /// <summary>The council's region's published value.</summary>
    public required double? Region { get; init; }

    /// <summary>The mean of the neighbours' available published values.</summary>
    public required double? NeighboursMean { get; init; }

    /// <summary>How many neighbours have a published value.</summary>
    public required int NeighboursN { get; init; }

    /// <summary>The smallest of the neighbours' published values (the band's lower edge in charts).</summary>
    public required double? NeighboursMin { get; init; }

    /// <summary>The largest of the neighbours' published values.</summary>
    public required double? NeighboursMax { get; init; }

    /// <summary>The value's position among the other councils' published values (1 = best; a tie takes the better rank).</summary>
    public required int? Rank { get; init; }

    /// <summary>The other councils with a published value, plus one (the council itself).</summary>
    public required int? Of { get; init; }

    /// <summary>A (best quarter) to D, from the quartiles of the other councils' published values.</summary>
    public required char? Quartile { get; init; }

    /// <summary>The published measure's code.</summary>
    public required string Measure { get; init; }
}
