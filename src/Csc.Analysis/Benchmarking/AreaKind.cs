namespace Csc.Analysis.Benchmarking;

/// <summary>What a published area is.</summary>
public enum AreaKind
{
    /// <summary>A council (local authority with children's services).</summary>
    Council,

    /// <summary>A region (or Inner/Outer London).</summary>
    Region,

    /// <summary>England (DfE number 970).</summary>
    England,
}
