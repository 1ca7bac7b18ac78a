namespace Csc.Analysis.Disclosure;

/// <summary>The outcome of <see cref="SmallCountSuppression.Apply"/>: for every cell of the table, whether it is shown and why not.</summary>
public sealed class SuppressionResult
{
    private readonly CellSuppression[] _cells;

    internal SuppressionResult(SuppressionTable table, CellSuppression[] cells, DisclosureOptions options)
    {
        Table = table;
        _cells = cells;
        Options = options;
    }

    /// <summary>The table the decision is about.</summary>
    public SuppressionTable Table { get; }

    /// <summary>The options applied.</summary>
    public DisclosureOptions Options { get; }

    /// <summary>Each cell's decision, by index.</summary>
    public IReadOnlyList<CellSuppression> Cells => _cells;

    /// <summary>True when cell <paramref name="index"/> is withheld (primary or secondary).</summary>
    public bool IsSuppressed(int index) => _cells[index] != CellSuppression.Shown;

    /// <summary>The number of cells withheld as small counts.</summary>
    public int PrimaryCount => _cells.Count(c => c == CellSuppression.Primary);

    /// <summary>The number of cells withheld to protect others.</summary>
    public int SecondaryCount => _cells.Count(c => c == CellSuppression.Secondary);

    /// <summary>Cell <paramref name="index"/> as it may be published (rounded when rounding is on).</summary>
    public DisclosedValue Disclosed(int index) => Disclose.Count(Table.Values[index], Options, IsSuppressed(index));
}
