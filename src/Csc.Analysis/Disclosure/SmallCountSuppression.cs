namespace Csc.Analysis.Disclosure;

/// <summary>
/// Primary and secondary suppression of a table of counts, as DfE releases do it. Primary: every count
/// from 1 to the threshold. Secondary: while a total relation has exactly one withheld cell (so it could
/// be recovered by subtraction), or <see cref="SuppressionAudit"/> finds a withheld cell that the totals
/// determine, one more cell of that relation is withheld: the smallest non-zero shown part (ties: the
/// first), else the total; a shown zero is withheld only when nothing else is left, since a zero
/// protects no neighbour that a larger cell would not.
/// The result leaves no withheld cell exactly recoverable from the shown cells and the totals.
/// </summary>
public static class SmallCountSuppression
{
    /// <summary>Decides, for every cell of <paramref name="table"/>, whether it may be shown.</summary>
    public static SuppressionResult Apply(SuppressionTable table, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var cells = new CellSuppression[table.Count];
        for (var i = 0; i < table.Count; i++)
        {
            cells[i] = options.IsSmall(table.Values[i]) ? CellSuppression.Primary : CellSuppression.Shown;
        }
        bool Suppressed(int i) => cells[i] != CellSuppression.Shown;

        var byCell = new List<SuppressionConstraint>[table.Count];
        foreach (var constraint in table.Constraints)
        {
            foreach (var m in constraint.Members)
            {
                (byCell[m] ??= []).Add(constraint);
            }
        }

        while (true)
        {
            var changed = false;
            foreach (var constraint in table.Constraints)
            {
                if (constraint.Members.Count(Suppressed) == 1 && Complement(table, constraint, cells) is { } extra)
                {
                    cells[extra] = CellSuppression.Secondary;
                    changed = true;
                }
            }
            if (changed)
            {
                continue;
            }
            var recoverable = SuppressionAudit.RecoverableCells(table, Suppressed);
            if (recoverable.Count == 0)
            {
                break;
            }
            var progressed = false;
            foreach (var cell in recoverable)
            {
                foreach (var constraint in byCell[cell] ?? [])
                {
                    if (Complement(table, constraint, cells) is { } extra)
                    {
                        cells[extra] = CellSuppression.Secondary;
                        progressed = true;
                        break;
                    }
                }
                if (progressed)
                {
                    break;
                }
            }
            if (!progressed)
            {
                // No shown non-zero cell is left in the exposed cells' relations: withhold the shown zeros there
                // too rather than publish a recoverable figure; stop when even that changes nothing.
                var widened = false;
                foreach (var m in recoverable.SelectMany(cell => byCell[cell] ?? []).SelectMany(c => c.Members))
                {
                    if (!Suppressed(m))
                    {
                        cells[m] = CellSuppression.Secondary;
                        widened = true;
                    }
                }
                if (!widened)
                {
                    break;
                }
            }
        }
        return new SuppressionResult(table, cells, options);
    }

    private static int? Complement(SuppressionTable table, SuppressionConstraint constraint, CellSuppression[] cells)
    {
        int? best = null;
        foreach (var part in constraint.Parts)
        {
            if (cells[part] == CellSuppression.Shown && table.Values[part] > 0
                && (best is null || table.Values[part] < table.Values[best.Value]))
            {
                best = part;
            }
        }
        if (best is null && cells[constraint.Total] == CellSuppression.Shown && table.Values[constraint.Total] > 0)
        {
            best = constraint.Total;
        }
        return best;
    }
}
