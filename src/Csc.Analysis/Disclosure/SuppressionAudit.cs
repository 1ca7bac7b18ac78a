namespace Csc.Analysis.Disclosure;

/// <summary>
/// Checks a suppression pattern the way an intruder would: treating the withheld cells as unknowns and
/// the table's totals as linear equations, which withheld cells are determined exactly? (A cell is
/// determined when its unit vector lies in the row space of the equations restricted to the unknowns.)
/// Bounds from non-negativity are not audited: an interval for a cell is not treated as disclosure.
/// </summary>
public static class SuppressionAudit
{
    private const double Tolerance = 1e-9;

    /// <summary>The indexes of the withheld cells whose exact value can be recovered from the shown cells and the totals, in ascending order.</summary>
    public static IReadOnlyList<int> RecoverableCells(SuppressionTable table, Func<int, bool> isSuppressed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(isSuppressed);
        var unknowns = Enumerable.Range(0, table.Count).Where(isSuppressed).ToArray();
        if (unknowns.Length == 0)
        {
            return [];
        }
        var column = new Dictionary<int, int>();
        for (var i = 0; i < unknowns.Length; i++)
        {
            column[unknowns[i]] = i;
        }

        var rows = new List<double[]>();
        foreach (var constraint in table.Constraints)
        {
            var row = new double[unknowns.Length];
            var any = false;
            if (column.TryGetValue(constraint.Total, out var t))
            {
                row[t] += 1;
                any = true;
            }
            foreach (var part in constraint.Parts)
            {
                if (column.TryGetValue(part, out var p))
                {
                    row[p] -= 1;
                    any = true;
                }
            }
            if (any)
            {
                rows.Add(row);
            }
        }

        var pivotRowOfColumn = ReducedRowEchelon(rows, unknowns.Length);
        var recoverable = new List<int>();
        for (var c = 0; c < unknowns.Length; c++)
        {
            if (pivotRowOfColumn[c] is { } r && IsSingleton(rows[r], c))
            {
                recoverable.Add(unknowns[c]);
            }
        }
        return recoverable;
    }

    private static bool IsSingleton(double[] row, int column)
    {
        for (var j = 0; j < row.Length; j++)
        {
            if (j != column && Math.Abs(row[j]) > Tolerance)
            {
                return false;
            }
        }
        return true;
    }

    // Gauss-Jordan elimination in place; returns, per column, the row holding its pivot (null when none).
    private static int?[] ReducedRowEchelon(List<double[]> rows, int columns)
    {
        var pivotOf = new int?[columns];
        var next = 0;
        for (var c = 0; c < columns && next < rows.Count; c++)
        {
            var best = -1;
            for (var r = next; r < rows.Count; r++)
            {
                if (Math.Abs(rows[r][c]) > Tolerance && (best < 0 || Math.Abs(rows[r][c]) > Math.Abs(rows[best][c])))
                {
                    best = r;
                }
            }
            if (best < 0)
            {
                continue;
            }
            (rows[next], rows[best]) = (rows[best], rows[next]);
            var pivot = rows[next];
            var scale = pivot[c];
            for (var j = 0; j < columns; j++)
            {
                pivot[j] /= scale;
            }
            for (var r = 0; r < rows.Count; r++)
            {
                if (r == next || Math.Abs(rows[r][c]) <= Tolerance)
                {
                    continue;
                }
                var factor = rows[r][c];
                var row = rows[r];
                for (var j = 0; j < columns; j++)
                {
                    row[j] -= factor * pivot[j];
                }
            }
            pivotOf[c] = next;
            next++;
        }
        return pivotOf;
    }
}
