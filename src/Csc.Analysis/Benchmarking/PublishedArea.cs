namespace Csc.Analysis.Benchmarking;

/// <summary>A council, region or England as the published data names it.</summary>
public sealed record PublishedArea
{
    /// <summary>The DfE number (a council's LA number, 980-990 a region, 970 England).</summary>
    public required int Number { get; init; }

    /// <summary>The published name ("Havering", "London", "England").</summary>
    public required string Name { get; init; }

    /// <summary>Council, region or England.</summary>
    public required AreaKind Kind { get; init; }

    /// <summary>For a council, the DfE number of its region as published (London, 986, for a London borough); null otherwise or when not known.</summary>
    public int? RegionNumber { get; init; }
}
