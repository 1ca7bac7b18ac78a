using System.Globalization;
using System.Security.Cryptography;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Statutory;
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
        var name = Path.GetFileName(mapped.File) + (mapped.IsWorkbook && mapped.Sheet is { } sheetName ? $" [{sheetName}]" : string.Empty);
        var local = new IssueCollector();
        long rows = 0, rejected = 0;
        var usable = false;
        using (var source = SourceRows.Open(mapped))
        {
            if (source.Refusal is { } refusal)
            {
                local.Error(CanonicalRules.TableUnreadable, name, null, null, null, refusal);
            }
            string?[]? header = null;
            long headerLine = 0;
            while (source.Read())
            {
                if (!source.IsBlank)
                {
                    header = [.. source.Fields];
                    headerLine = source.Line;
                    break;
                }
            }
            if (header is null && source.Refusal is not null)
            {
                // reported above
            }
            else if (header is null)
            {
                local.Error(rules.EmptyFile, name, 1, null, null, "empty file, expected a header row.");
            }
            else
            {
                var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                var twice = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < header.Length; i++)
                {
                    var h = header[i]?.Trim() ?? string.Empty;
                    if (h.Length > 0 && !index.TryAdd(h, i))
                    {
                        twice.Add(h);
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
                            $"{mappingName} line {c.Line} reads {c.Canonical} from '{c.Source}', which is not in the header ({string.Join(", ", header.Select(h => h?.Trim()).Where(h => h is { Length: > 0 }))}); it is not read.");
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
                        while (source.Read())
                        {
                            if (source.IsBlank)
                            {
                                continue;
                            }
                            line = source.Line;
                            if (!mapped.IsWorkbook && source.Fields.Count != header.Length)
                            {
                                badRows++;
                                local.Error(rules.FieldCount, name, line, null, null,
                                    $"the row has {source.Fields.Count} fields but the header has {header.Length}; check for an unquoted comma or a missing field.");
                                continue;
                            }
                            for (var c = 0; c < columns.Count; c++)
                            {
                                var (column, at) = columns[c];
                                cells[c] = at < 0 ? column.Constant : Convert(column, source.Field(at), source.Number(at), c, line, mapped, unmapped);
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
    private static string? Convert(MappedColumn column, string? field, double? number, int index, long line, MappedTable table,
        Dictionary<(int Column, string Value), (long Count, long FirstLine)> unmapped)
    {
        var text = field?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
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
        if (kind is CanonicalColumnKind.Date or CanonicalColumnKind.DateTime && number is { } serial && serial is > 0 and < 2958466)
        {
            // A workbook's date cell is a number of days since 1899-12-30 (its fraction the time of day).
            var value = DateTime.FromOADate(serial);
            return kind == CanonicalColumnKind.Date ? TypedTableReader.Text(value, kind) : CanonicalExtractWriter.FormatDateTime(value);
        }
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

    /// <summary>The rows of a source: a CSV file (CsvInput) or a worksheet of an .xlsx workbook.</summary>
    private sealed class SourceRows : IDisposable
    {
        private readonly CsvInput? csv;
        private readonly XlsxWorkbook? workbook;
        private readonly IEnumerator<AnnexRow>? sheet;
        private string?[] fields = [];
        private double?[] numbers = [];

        private SourceRows(CsvInput? csv, XlsxWorkbook? workbook, IEnumerator<AnnexRow>? sheet, string? refusal)
        {
            this.csv = csv;
            this.workbook = workbook;
            this.sheet = sheet;
            Refusal = refusal;
        }

        /// <summary>Why the source cannot be read (a workbook that is not safe to open, a sheet that is not there), or null.</summary>
        public string? Refusal { get; }

        public long Line { get; private set; }

        public IReadOnlyList<string?> Fields => fields;

        public bool IsBlank => Array.TrueForAll(fields, string.IsNullOrWhiteSpace);

        public static SourceRows Open(MappedTable table)
        {
            if (!table.IsWorkbook)
            {
                return new SourceRows(CsvInput.Open(table.File, new CsvInputOptions { Separator = table.Delimiter }), null, null, null);
            }
            if (XlsxGuard.Refusal(table.File) is { } refusal)
            {
                return new SourceRows(null, null, null, refusal);
            }
            var book = XlsxWorkbook.Open(table.File);
            var name = table.Sheet ?? (book.SheetNames.Count > 0 ? book.SheetNames[0] : null);
            if (name is null || !book.SheetNames.Contains(name))
            {
                var names = string.Join(", ", book.SheetNames);
                book.Dispose();
                return new SourceRows(null, null, null, $"the workbook has no sheet '{name}'; its sheets are {names}.");
            }
            return new SourceRows(null, book, book.Rows(name).GetEnumerator(), null);
        }

        public bool Read()
        {
            if (csv is not null)
            {
                if (!csv.Read())
                {
                    return false;
                }
                Line = csv.Line;
                fields = csv.Fields();
                numbers = new double?[fields.Length];
                return true;
            }
            if (sheet is null || !sheet.MoveNext())
            {
                return false;
            }
            var row = sheet.Current;
            Line = row.Line;
            fields = [.. row.Cells.Select(c => c.IsError ? "#ERROR" : c.Text)];
            numbers = [.. row.Cells.Select(c => c.Number)];
            return true;
        }

        public string? Field(int index) => index < fields.Length ? fields[index] : null;

        public double? Number(int index) => index < numbers.Length ? numbers[index] : null;

        public void Dispose()
        {
            csv?.Dispose();
            sheet?.Dispose();
            workbook?.Dispose();
        }
    }
}
