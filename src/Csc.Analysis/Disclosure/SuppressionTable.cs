namespace Csc.Analysis.Disclosure;

/// <summary>
/// The cells of a published table and the additive relations between them ("this total is the sum of
/// those cells"), which is what a reader can use to recover a suppressed cell. Build it with
/// <see cref="AddCell"/> and <see cref="AddTotal"/>, or <see cref="ForGrid"/> for a grid with margins;
/// then <see cref="SmallCountSuppression.Apply"/> decides which cells to withhold.
/// </summary>
public sealed class SuppressionTable
{
    private readonly List<double> _values = [];
    private readonly List<string> _labels = [];
    private readonly List<SuppressionConstraint> _constraints = [];

    /// <summary>The number of cells.</summary>
    public int Count => _values.Count;

    /// <summary>Each cell's count, by index.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>Each cell's label (for messages and tests), by index.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The additive relations: each total equals the sum of its parts.</summary>
    public IReadOnlyList<SuppressionConstraint> Constraints => _constraints;

    /// <summary>Adds a cell holding a count (not negative) and returns its index.</summary>
    public int AddCell(string label, double count)
    {
        Preconditions.CheckArgument(count >= 0 && !double.IsNaN(count), $"The cell '{label}' has count {count}: counts must be 0 or more.");
        _values.Add(count);
        _labels.Add(label);
        return _values.Count - 1;
    }

    /// <summary>Records that the cell <paramref name="total"/> is the sum of the cells <paramref name="parts"/> (at least one).</summary>
    public void AddTotal(int total, IEnumerable<int> parts)
    {
        var list = parts.ToArray();
        Preconditions.CheckArgument(list.Length > 0, "A total needs at least one part.");
        foreach (var i in list.Append(total))
        {
            Preconditions.CheckArgument(i >= 0 && i < _values.Count, $"There is no cell {i}.");
        }
        Preconditions.CheckArgument(!list.Contains(total), "A total cannot be one of its own parts.");
        _constraints.Add(new SuppressionConstraint(total, list));
    }

    /// <summary>
    /// A grid of counts (rows × columns) with an optional total per row (the last column, e.g. the YTD of
    /// monthly counts) and an optional total per column (the last row, e.g. the council over its teams),
    /// and the grand total when both are given. Cell (r, c) has index <c>r × width + c</c> where width is the
    /// number of columns plus one when row totals are on.
    /// </summary>
    public static SuppressionTable ForGrid(double[,] counts, bool rowTotals, bool columnTotals)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = counts.GetLength(0);
        var cols = counts.GetLength(1);
        var width = cols + (rowTotals ? 1 : 0);
        var height = rows + (columnTotals ? 1 : 0);
        var table = new SuppressionTable();
        var index = new int[height, width];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                double value = 0;
                var rs = r < rows ? r..(r + 1) : 0..rows;
                var cs = c < cols ? c..(c + 1) : 0..cols;
                for (var i = rs.Start.Value; i < rs.End.Value; i++)
                {
                    for (var j = cs.Start.Value; j < cs.End.Value; j++)
                    {
                        value += counts[i, j];
                    }
                }
                var label = (r < rows ? $"r{r}" : "total") + "," + (c < cols ? $"c{c}" : "total");
                index[r, c] = table.AddCell(label, value);
            }
        }
        if (rowTotals)
        {
            for (var r = 0; r < height; r++)
            {
                table.AddTotal(index[r, cols], Enumerable.Range(0, cols).Select(c => index[r, c]));
            }
        }
        if (columnTotals)
        {
            for (var c = 0; c < width; c++)
            {
                table.AddTotal(index[rows, c], Enumerable.Range(0, rows).Select(r => index[r, c]));
            }
        }
        return table;
    }
}
