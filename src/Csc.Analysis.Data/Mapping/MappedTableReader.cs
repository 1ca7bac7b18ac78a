using System.Globalization;
using System.Security.Cryptography;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Mapping;

/// <summary>
/// Reads a council's own CSV export through a <see cref="MappedTable"/>: each source row becomes the canonical row
/// (the mapped columns' values, value maps applied, dates in the mapping's formats turned into yyyy-MM-dd, constants
/// added) and goes through the canonical loader's row readers, so it is checked as a canonical file is. Every issue
/// names the source file, its physical line and the source column (a constant's column is named "column (constant)").
/// </summary>
internal static class MappedTableReader
{
    public static SourceFile Read(MappedTable mapped, string mappingName, IssueCollector issues, ParseRuleIds rules, DateOnly? extractDate, Action<RowReader> onRow)
    {
        var name = Path.GetFileName(mapped.File);
        var local = new IssueCollector();
        long rows = 0, rejected = 0;
        var usable = false;
        using (var csv = CsvInput.Open(mapped.File))
        {
            string[]? header = null;
            long headerLine = 0;
            while (csv.Read())
            {
                if (!csv.IsBlank)
                {
                    header = csv.Fields();
                    headerLine = csv.Line;
                    break;
                }
            }
            if (header is null)
            {
                local.Error(rules.EmptyFile, name, 1, null, null, "empty file, expected a header row.");
            }
            else
            {
                var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                var twice = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < header.Length; i++)
                {
                    if (!index.TryAdd(header[i].Trim(), i))
                    {
                        twice.Add(header[i].Trim());
                    }
                }
                var columns = new List<(MappedColumn Column, int Source)>();
                var lost = false;
                foreach (var c in mapped.Columns)
                {
                    if (c.Source is null)
                    {
                        columns.Add((c, -1));
                    }
                    else if (twice.Contains(c.Source))
                    {
                        local.Error(CanonicalRules.MappingSourceColumn, name, headerLine, c.Source, null,
                            $"the header has '{c.Source}' more than once, so {c.Canonical} ({mappingName} line {c.Line}) cannot be told; it is not read.");
                        lost |= mapped.Table.RequiredColumns.Contains(c.Canonical);
                    }
                    else if (index.TryGetValue(c.Source, out var i))
                    {
                        columns.Add((c, i));
                    }
                    else
                    {
                        local.Error(CanonicalRules.MappingSourceColumn, name, headerLine, c.Source, null,
                            $"{mappingName} line {c.Line} reads {c.Canonical} from '{c.Source}', which is not in the header ({string.Join(", ", header.Select(h => h.Trim()))}); it is not read.");
                        lost |= mapped.Table.RequiredColumns.Contains(c.Canonical);
                    }
                }
                if (lost)
                {
                    local.Error(rules.MissingColumns, name, headerLine, null, null, "a required column cannot be read (see the issues above); no rows of this file were loaded.");
                }
                else
                {
                    var unmapped = new Dictionary<(int Column, string Value), (long Count, long FirstLine)>();
                    long line = 0;
                    long badRows = 0;
                    IEnumerable<string?[]> Rows()
                    {
                        var cells = new string?[columns.Count];
                        while (csv.Read())
                        {
                            if (csv.IsBlank)
                            {
                                continue;
                            }
                            line = csv.Line;
                            if (csv.Count != header.Length)
                            {
                                badRows++;
                                local.Error(rules.FieldCount, name, line, null, null,
                                    $"the row has {csv.Count} fields but the header has {header.Length}; check for an unquoted comma or a missing field.");
                                continue;
                            }
                            for (var c = 0; c < columns.Count; c++)
                            {
                                var (column, source) = columns[c];
                                cells[c] = source < 0 ? column.Constant : Convert(column, csv.Field(source), c, line, mapped, unmapped);
                            }
                            yield return cells;
                        }
                    }
                    var typed = columns.Select(c => new TypedColumn(c.Column.Canonical)).ToList();
                    (rows, rejected, usable) = TypedTableReader.Read(name, typed, Rows(), mapped.Table.Schema, local, rules, extractDate, onRow, () => line);
                    rows += badRows;
                    rejected += badRows;
                    foreach (var ((c, value), (count, first)) in unmapped.OrderBy(u => u.Key.Column).ThenByDescending(u => u.Value.Count).ThenBy(u => u.Key.Value, StringComparer.Ordinal))
                    {
                        var column = columns[c].Column;
                        local.Info(CanonicalRules.MappingUnmappedValue, name, first, column.Source, value, string.Create(CultureInfo.InvariantCulture,
                            $"'{value}' of {column.Canonical} is not in the values of {mappingName} line {column.Line} ({count} row{(count == 1 ? string.Empty : "s")}, first on this line); it is read as given."));
                    }
                }
            }
        }
        // The row readers name canonical columns: say which source column (or constant) each was read from.
        var sources = mapped.Columns.ToDictionary(c => c.Canonical, c => c.Source ?? c.Canonical + " (constant)", StringComparer.OrdinalIgnoreCase);
        foreach (var issue in local.Issues)
        {
            issues.Add(issue.Column is { } col && sources.TryGetValue(col, out var source) ? issue with { Column = source } : issue);
        }
        using var stream = File.OpenRead(mapped.File);
        var bytes = stream.Length;
        var sha = System.Convert.ToHexStringLower(SHA256.HashData(stream));
        return new SourceFile(mapped.File, sha, bytes, rows) { Rejected = rejected, Unusable = !usable };
    }

    // A source field as the canonical text: trimmed, its value mapped, a date or date-time in the mapping's formats as ISO.
    private static string? Convert(MappedColumn column, ReadOnlySpan<char> field, int index, long line, MappedTable table,
        Dictionary<(int Column, string Value), (long Count, long FirstLine)> unmapped)
    {
        var raw = field.Trim();
        if (raw.IsEmpty)
        {
            return null;
        }
        var text = raw.ToString();
        if (column.Values.Count > 0)
        {
            if (column.Values.TryGetValue(text, out var mapped))
            {
                return mapped;
            }
            // A value that is already canonical needs no map.
            var codes = CanonicalCodes.ListFor(table.Table, column.Canonical);
            if (codes is null || !codes.Contains(text))
            {
                var key = (index, text);
                unmapped[key] = unmapped.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.FirstLine) : (1, line);
            }
            return text;
        }
        var kind = CanonicalSchema.KindOf(column.Canonical);
        if (kind is CanonicalColumnKind.Date or CanonicalColumnKind.DateTime && table.DateFormats.Count > 0)
        {
            foreach (var format in table.DateFormats)
            {
                if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value))
                {
                    // A format with a time read into a date column gives its date: the mapping says the source writes dates so.
                    return kind == CanonicalColumnKind.Date ? IsoFormat.Date(DateOnly.FromDateTime(value)) : CanonicalExtractWriter.FormatDateTime(value);
                }
            }
        }
        return text;
    }
}
