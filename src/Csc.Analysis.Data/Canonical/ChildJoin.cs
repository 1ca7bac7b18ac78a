using System.Globalization;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Validation;

namespace Csc.Analysis.Data.Canonical;

/// <summary>
/// How well one table's child ids join children.csv: counted row by row as the table is read, then judged once
/// (<see cref="Check"/>), so ids that lost their leading zeros in one table are one error naming the table, the share
/// and example ids, not only thousands of row warnings and a KPI that silently falls to 0%.
/// </summary>
internal sealed class ChildJoin
{
    /// <summary>Tables with fewer rows with a child id than this are not judged.</summary>
    public const int MinRows = 20;

    private const int Examples = 3;

    private readonly List<string> examples = new(Examples);
    private long rows;
    private long orphans;

    /// <summary>Counts one row's child id, <paramref name="known"/> when children.csv has it.</summary>
    public void Count(string childId, bool known)
    {
        rows++;
        if (!known)
        {
            orphans++;
            if (examples.Count < Examples && !examples.Contains(childId, StringComparer.Ordinal))
            {
                examples.Add(childId);
            }
        }
    }

    /// <summary>
    /// Adds <see cref="CanonicalRules.ChildIdsDoNotJoin"/> to <paramref name="issues"/> and returns true when more than
    /// <paramref name="maxShare"/> of the rows are orphans.
    /// </summary>
    public bool Check(IssueCollector issues, string file, IReadOnlyDictionary<string, long> childIds, double maxShare)
    {
        if (rows < MinRows || orphans <= maxShare * rows)
        {
            return false;
        }
        var share = (double)orphans / rows;
        var hint = LeadingZerosHint(childIds);
        issues.Error(CanonicalRules.ChildIdsDoNotJoin, file, null, "child_id", examples[0], string.Create(CultureInfo.InvariantCulture,
            $"{orphans} of {rows} child ids ({share:0.0%}) in {file} are not in children.csv (for example {string.Join(", ", examples.Select(e => $"'{e}'"))}): the tables do not join. The rows are kept, but the KPIs the table feeds are unreliable. {hint}"));
        return true;
    }

    /// <summary>What the examples suggest: ids that match children.csv's once leading zeros are ignored.</summary>
    private string LeadingZerosHint(IReadOnlyDictionary<string, long> childIds)
    {
        var trimmed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in childIds.Keys)
        {
            trimmed.TryAdd(TrimZeros(id), id);
        }
        foreach (var e in examples)
        {
            if (trimmed.TryGetValue(TrimZeros(e), out var match) && !string.Equals(match, e, StringComparison.Ordinal))
            {
                return $"'{e}' matches children.csv's '{match}' but for leading zeros: keep ids as text when the file is saved (Excel drops leading zeros).";
            }
        }
        return "Check that both files come from the same system and extract, with ids written the same way.";
    }

    /// <summary>The id without the zeros that start its digits: C000734 → C734, 000734 → 734.</summary>
    private static string TrimZeros(string id)
    {
        var i = 0;
        while (i < id.Length && !char.IsAsciiDigit(id[i]))
        {
            i++;
        }
        var j = i;
        while (j < id.Length - 1 && id[j] == '0')
        {
            j++;
        }
        return string.Concat(id.AsSpan(0, i), id.AsSpan(j));
    }
}
