namespace Csc.Analysis.Benchmarking;

/// <summary>One published figure: a measure's value for an area in a year (null when published as not available, <c>-</c>).</summary>
public sealed record PublishedValue
{
    /// <summary>The measure's code (the extract's <c>Short Desc</c>, e.g. <c>CP_conf_15days</c>).</summary>
    public required string Measure { get; init; }

    /// <summary>The year, named by the 31 March it ends on for financial-year measures (2017 = April 2016 to March 2017).</summary>
    public required int Year { get; init; }

    /// <summary>The area's DfE number.</summary>
    public required int Area { get; init; }

    /// <summary>The value; null when not available.</summary>
    public required double? Value { get; init; }
}
