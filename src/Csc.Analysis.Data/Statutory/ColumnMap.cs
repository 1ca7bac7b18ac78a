using Csc.Analysis.Data.Parsing;

namespace Csc.Analysis.Data.Statutory;

/// <summary>One column a table defines: its key (the DfE name or the kit's name for an Annex A field) and the header labels it may appear under.</summary>
internal sealed record ColumnSpec(string Key, bool Required, IReadOnlyList<string> Labels)
{
    public static ColumnSpec Req(string key, params string[] variants) => new(key, true, [key, .. variants]);

    public static ColumnSpec Opt(string key, params string[] variants) => new(key, false, [key, .. variants]);
}

/// <summary>
/// Matches a header row to a table's columns by label, ignoring case, spaces and punctuation.
/// Reports missing required columns, unknown columns and duplicated columns as located issues.
/// </summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> labelOf = new(StringComparer.Ordinal);

    private ColumnMap()
    {
    }

    /// <summary>The header labels that matched no column.</summary>
    public IReadOnlyList<string> Unknown { get; private set; } = [];

    /// <summary>Required columns that are absent.</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];

    public bool Has(string key) => index.ContainsKey(key);

    /// <summary>The 0-based position of <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key) => index.TryGetValue(key, out var i) ? i : -1;

    /// <summary>The label the file used for <paramref name="key"/> (for messages), or the key.</summary>
    public string Label(string key) => labelOf.TryGetValue(key, out var l) ? l : key;

    /// <summary>The value of <paramref name="key"/> in <paramref name="record"/>, or null when the column is absent or the record short.</summary>
    public string? Get(IReadOnlyList<string?> record, string key)
        => index.TryGetValue(key, out var i) && i < record.Count ? record[i] : null;

    /// <summary>
    /// Matches <paramref name="header"/> to <paramref name="columns"/>. Issues go to
    /// <paramref name="sink"/> when given (unknown columns as warnings, missing required columns as errors).
    /// </summary>
    public static ColumnMap Match(
        IReadOnlyList<string> header,
        IReadOnlyList<ColumnSpec> columns,
        IssueCollector? sink,
        string file,
        long? headerLine,
        Func<int, string>? columnName = null)
    {
        columnName ??= i => StatutoryValues.ColumnLetters(i);
        var byLabel = new Dictionary<string, ColumnSpec>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            foreach (var l in c.Labels)
            {
                byLabel.TryAdd(StatutoryValues.NormaliseLabel(l), c);
            }
        }
        var map = new ColumnMap();
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var label = header[i]?.Trim() ?? string.Empty;
            if (label.Length == 0)
            {
                continue;
            }
            if (!byLabel.TryGetValue(StatutoryValues.NormaliseLabel(label), out var spec))
            {
                unknown.Add(label);
                sink?.Warning(StatutoryRules.ColumnUnknown, file, headerLine, columnName(i), label,
                    $"Column '{label}' is not part of this table; it is ignored.");
                continue;
            }
            if (!map.index.TryAdd(spec.Key, i))
            {
                sink?.Warning(StatutoryRules.ColumnDuplicate, file, headerLine, columnName(i), label,
                    $"Column '{label}' repeats column {columnName(map.index[spec.Key])} ({map.labelOf[spec.Key]}); the first is used.");
                continue;
            }
            map.labelOf[spec.Key] = label;
        }
        var missing = columns.Where(c => c.Required && !map.index.ContainsKey(c.Key)).Select(c => c.Key).ToList();
        foreach (var m in missing)
        {
            sink?.Error(StatutoryRules.ColumnMissing, file, headerLine, m, null,
                $"Required column '{m}' is missing from the header; add it (blank values are allowed where the specification allows them).");
        }
        map.Unknown = unknown;
        map.Missing = missing;
        return map;
    }
}
