namespace Csc.Analysis.Disclosure;

/// <summary>One additive relation in a <see cref="SuppressionTable"/>: the cell <see cref="Total"/> equals the sum of <see cref="Parts"/>.</summary>
/// <param name="Total">The index of the total cell.</param>
/// <param name="Parts">The indexes of the cells that add up to it.</param>
public sealed record SuppressionConstraint(int Total, IReadOnlyList<int> Parts)
{
    /// <summary>The total and its parts: every cell the relation links.</summary>
    public IEnumerable<int> Members => Parts.Prepend(Total);
}
