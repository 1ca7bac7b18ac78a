namespace Csc.Analysis.Journeys;

/// <summary>A table's records grouped by child once (each child's sorted by date, then input order), and lookups in a child's few records: linear over the table.</summary>
internal static class ChildRecords
{
    // Each child's records sorted by date (then in input order); children in order of first appearance.
    internal static Dictionary<string, List<T>> ByChild<T>(IEnumerable<T> records, Func<T, string> child, Func<T, DateOnly> date)
    {
        var map = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var id = child(r);
            if (!map.TryGetValue(id, out var list))
            {
                map.Add(id, list = []);
            }
            list.Add(r);
        }
        foreach (var list in map.Values)
        {
            if (list.Count > 1)
            {
                var sorted = list.OrderBy(date).ToList(); // OrderBy is stable: same-day records keep their input order
                list.Clear();
                list.AddRange(sorted);
            }
        }
        return map;
    }

    internal static T? First<T>(Dictionary<string, List<T>> map, string child, Func<T, bool> match)
        where T : class
        => map.TryGetValue(child, out var list) ? list.FirstOrDefault(match) : null;

    internal static T? Last<T>(Dictionary<string, List<T>> map, string child, Func<T, bool> match)
        where T : class
        => map.TryGetValue(child, out var list) ? list.LastOrDefault(match) : null;
}
