using System.Security.Cryptography;
using System.Text;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Parsing;

/// <summary>The columns of one CSV table. Names are matched case-insensitively, ignoring surrounding spaces.</summary>
/// <param name="Required">Columns that must be in the header; without them the file is not loaded.</param>
/// <param name="Optional">Columns that may be absent (their values are then blank; the absence is reported as info).</param>
public sealed record CsvTableSchema(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary>Every column the table knows.</summary>
    public IEnumerable<string> All => Required.Concat(Optional).Concat(Extension);

    /// <summary>
    /// Columns that are accepted but whose absence is not reported when the file is read: the measures that need
    /// them say they are unavailable instead (for example referrals' closure_date).
    /// </summary>
    public IReadOnlyList<string> Extension { get; init; } = [];
}

/// <summary>
/// Reads one CSV table row by row, streaming: checks the header against a schema (reporting a
/// zero-byte file, a semicolon- or tab-delimited file, missing, unknown and duplicate columns),
/// then calls back with a <see cref="RowReader"/> for each non-blank row with the right number of
/// fields. Handles a UTF-8 BOM, UTF-16 with or without a BOM, CRLF, quoted fields with line breaks, blank lines
/// and blank rows (",,,,": counted in one info per file).
/// Computes the file's SHA-256 while reading.
/// </summary>
public static class CsvTableReader
{
    /// <summary>
    /// The longest record read (1 MiB; a canonical row is well under 1 KB): a record that runs on past it, such as a quote
    /// never closed early in a large file, is one rejected row and reading resumes on its next line, so memory stays
    /// bounded whatever the file's size.
    /// </summary>
    public const int MaxRecordBytes = 1 << 20;

    private static readonly CsvInputOptions ReadOptions = new() { MaxRecordBytes = MaxRecordBytes };

    /// <summary>
    /// Reads <paramref name="path"/>; <paramref name="fileName"/> names it in issues. Returns the file
    /// read: rows = data records read (blank lines not counted), of which <see cref="SourceFile.Rejected"/> were
    /// not passed on or came back with an error, so rows loaded + rejected = rows read. A record with a quote
    /// that is never closed, or that runs over several lines and has the wrong number of fields, is one rejected
    /// row and reading resumes on the line after the one it started on. When the header is unusable no rows
    /// are read and the returned file has 0 rows.
    /// </summary>
    public static SourceFile Read(
        string path,
        string fileName,
        CsvTableSchema schema,
        IssueCollector issues,
        ParseRuleIds rules,
        DateOnly? extractDate,
        Action<RowReader> onRow)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(onRow);

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var utf16 = SniffUtf16(file, out var byteOrderMark);
        using var hashing = new HashingStream(file);
        var table = new TableState(fileName, schema, issues, rules, extractDate, onRow);
        if (utf16 is not null && !byteOrderMark)
        {
            issues.Warning(rules.Encoding, fileName, 1, null, null,
                $"the file is UTF-16 ({WideText.Describe(utf16)}) without a byte-order mark; it is read as UTF-16. Save it as 'CSV UTF-8'.");
            table.EncodingReported = true;
        }
        long? resumeAfter;
        // UTF-16 is read through a UTF-8 transcoder, so the reader and its line counts are the same for every file.
        using var transcoded = utf16 is null ? null : Encoding.CreateTranscodingStream(hashing, utf16, Encoding.UTF8, leaveOpen: true);
        using (var csv = CsvInput.Open(transcoded ?? hashing, leaveOpen: true, ReadOptions))
        {
            table.Usable = ReadHeader(csv, table);
            resumeAfter = table.Usable ? ReadBody(csv, 0, table) : null;
        }
        hashing.ReadToEnd();
        // After a broken record reading starts again on the line after the one it began on, so one stray
        // quote costs one line, not the rest of the file.
        var resume = new LineSeeker(path, utf16);
        while (resumeAfter is { } line)
        {
            using var rest = resume.OpenAtLine(line + 1);
            if (rest is null)
            {
                break;
            }
            using var csv = CsvInput.Open(rest, leaveOpen: true, ReadOptions);
            resumeAfter = ReadBody(csv, line, table);
        }
        if (table.BlankRows > 0)
        {
            issues.Info(rules.BlankRows, fileName, table.FirstBlankRow, null, null, table.BlankRows == 1
                ? $"a blank row (every field empty, as a spreadsheet saves unused rows) is not data and was skipped; it is on line {table.FirstBlankRow}."
                : $"{table.BlankRows} blank rows (every field empty, as a spreadsheet saves unused rows) are not data and were skipped; the first is on line {table.FirstBlankRow}.");
        }
        if (table.Usable && table.Rows == 0)
        {
            issues.Info(rules.HeaderOnly, fileName, table.HeaderLine, null, null, "the file has a header but no data rows; the table is empty.");
        }
        return new SourceFile(path, hashing.HashHex(), hashing.BytesRead, table.Rows) { Rejected = table.Rejected, Unusable = !table.Usable };
    }

    /// <summary>What one table's read has found so far, across re-synchronisations.</summary>
    private sealed class TableState(string fileName, CsvTableSchema schema, IssueCollector issues, ParseRuleIds rules, DateOnly? extractDate, Action<RowReader> onRow)
    {
        public string FileName { get; } = fileName;

        public CsvTableSchema Schema { get; } = schema;

        public IssueCollector Issues { get; } = issues;

        public ParseRuleIds Rules { get; } = rules;

        public DateOnly? ExtractDate { get; } = extractDate;

        public Action<RowReader> OnRow { get; } = onRow;

        public RowReader? Row { get; set; }

        public int Width { get; set; }

        public bool EncodingReported { get; set; }

        public long Rows { get; set; }

        public long Rejected { get; set; }

        public bool Usable { get; set; }

        public long HeaderLine { get; set; }

        /// <summary>Rows of more than one field, every field blank (",,,,"), passed over.</summary>
        public long BlankRows { get; set; }

        /// <summary>The line of the first of <see cref="BlankRows"/>.</summary>
        public long? FirstBlankRow { get; set; }
    }

    // The UTF-16 encoding of the file (by its byte-order mark, or by the NUL bytes of its ASCII characters), or null;
    // the stream is left at its start.
    private static Encoding? SniffUtf16(FileStream file, out bool byteOrderMark)
    {
        Span<byte> head = stackalloc byte[WideText.SampleBytes];
        var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        var (encoding, bom) = WideText.Detect(head[..n]);
        byteOrderMark = bom;
        return encoding;
    }

    private static bool ReadHeader(CsvInput csv, TableState t)
    {
        // Blank lines before the header are passed over.
        string[]? header = null;
        long headerLine = 0;
        while (csv.Read())
        {
            if (csv.TooLong)
            {
                ReportTooLong(csv.Line, t);
                return false;
            }
            if (csv.Count == 1 && csv.IsBlank)
            {
                continue;
            }
            header = csv.Fields();
            headerLine = csv.Line;
            break;
        }
        if (header is null)
        {
            t.Issues.Error(t.Rules.EmptyFile, t.FileName, 1, null, null, "empty file, expected a header row.");
            return false;
        }
        var columns = CheckHeader(header, headerLine, t.FileName, t.Schema, t.Issues, t.Rules);
        if (columns is null)
        {
            return false;
        }
        t.HeaderLine = headerLine;
        t.Row = new RowReader(t.FileName, columns, t.Issues, t.Rules, t.ExtractDate);
        t.Width = header.Length;
        if (!t.EncodingReported && header.Any(f => f.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            ReportEncoding(headerLine, t.FileName, t.Issues, t.Rules);
            t.EncodingReported = true;
        }
        return true;
    }

    // Reads records to the end, lines numbered from lineOffset + 1; returns the line of a broken record to
    // re-read after (a quote never closed, or a record over several lines with the wrong number of fields), or null.
    private static long? ReadBody(CsvInput csv, long lineOffset, TableState t)
    {
        var row = t.Row!;
        while (csv.Read())
        {
            if (csv.TooLong)
            {
                var at = lineOffset + csv.Line;
                t.Rows++;
                t.Rejected++;
                ReportTooLong(at, t);
                return at;
            }
            if (csv.IsBlank)
            {
                // An empty line (or spaces) is one blank field; ",,,," is a blank row, noted.
                if (csv.Count > 1)
                {
                    t.BlankRows++;
                    t.FirstBlankRow ??= lineOffset + csv.Line;
                }
                continue;
            }
            var line = lineOffset + csv.Line;
            t.Rows++;
            if (!t.EncodingReported && csv.HasReplacementCharacter)
            {
                ReportEncoding(line, t.FileName, t.Issues, t.Rules);
                t.EncodingReported = true;
            }
            if (csv.UnterminatedQuote)
            {
                t.Rejected++;
                t.Issues.Error(t.Rules.UnterminatedQuote, t.FileName, line, null, null,
                    "a quoted field starts on this line and is never closed; this line is skipped and reading resumes on the next line. Close the quote (a quote inside a quoted field is written \"\").");
                return line;
            }
            if (csv.HasNul)
            {
                t.Rejected++;
                t.Issues.Error(t.Rules.NulByte, t.FileName, line, null, null,
                    "the row holds NUL bytes (a binary file, or UTF-16 saved without a byte-order mark); it is not loaded. Save the file as 'CSV UTF-8'.");
                continue;
            }
            if (csv.Count != t.Width)
            {
                t.Rejected++;
                if (SpansLines(csv))
                {
                    t.Issues.Error(t.Rules.FieldCount, t.FileName, line, null, null,
                        $"the row has {csv.Count} fields but the header has {t.Width}, and a quote on it runs over the following lines; this line is skipped and reading resumes on the next line. Check for a stray quote.");
                    return line;
                }
                t.Issues.Error(t.Rules.FieldCount, t.FileName, line, null, null,
                    $"the row has {csv.Count} fields but the header has {t.Width}; check for an unquoted comma or a missing field.");
                continue;
            }
            row.Reset(csv, line);
            t.OnRow(row);
            if (row.HasErrors)
            {
                t.Rejected++;
            }
        }
        return null;
    }

    private static void ReportTooLong(long line, TableState t)
        => t.Issues.Error(t.Rules.RecordTooLong, t.FileName, line, null, null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the record starting on this line runs on past {MaxRecordBytes >> 20} MB without ending (a quote that is never closed, or a file that is not text); this line is skipped and reading resumes on the next line."));

    private static bool SpansLines(CsvInput csv)
    {
        for (var i = 0; i < csv.Count; i++)
        {
            if (csv.Field(i).Contains('\n'))
            {
                return true;
            }
        }
        return false;
    }

    // The UTF-8 decoder turns bytes that are not UTF-8 into U+FFFD; say so once per file (the rows are kept).
    private static void ReportEncoding(long line, string fileName, IssueCollector issues, ParseRuleIds rules)
        => issues.Warning(rules.Encoding, fileName, line, null, null,
            "the file is not valid UTF-8 from this line on (reported once per file); characters such as £ or é are replaced. Save it as 'CSV UTF-8'.");

    internal static Dictionary<string, int>? CheckHeader(string[] header, long? headerLine, string fileName, CsvTableSchema schema, IssueCollector issues, ParseRuleIds rules)
    {
        var names = header.Select(f => f.Trim()).ToList();
        if (names.Count == 1 && (names[0].Contains(';') || names[0].Contains('\t')))
        {
            var kind = names[0].Contains(';') ? "semicolon" : "tab";
            issues.Error(rules.Delimiter, fileName, headerLine, null, names[0],
                $"looks like a {kind}-delimited file; canonical files are comma-separated. Save it as CSV (comma delimited).");
            return null;
        }

        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in schema.All)
        {
            known[c] = c;
        }
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ok = true;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Length == 0)
            {
                issues.Warning(rules.UnknownColumn, fileName, headerLine, $"(column {i + 1})", null,
                    $"header column {i + 1} has no name; its values are ignored.");
                continue;
            }
            if (!known.TryGetValue(name, out var canonical))
            {
                issues.Warning(rules.UnknownColumn, fileName, headerLine, name, null,
                    $"unknown column '{name}' is ignored; the known columns are {string.Join(", ", schema.All)}.");
                continue;
            }
            if (!columns.TryAdd(canonical, i))
            {
                issues.Error(rules.DuplicateColumn, fileName, headerLine, name, null,
                    $"column '{name}' appears more than once in the header; no rows of this file were loaded.");
                ok = false;
            }
        }
        var missing = schema.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            issues.Error(rules.MissingColumns, fileName, headerLine, string.Join(", ", missing), null,
                $"missing required column{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing)}; no rows of this file were loaded.");
            ok = false;
        }
        var absent = schema.Optional.Where(c => !columns.ContainsKey(c)).ToList();
        if (ok && absent.Count > 0)
        {
            issues.Info(rules.AbsentColumns, fileName, headerLine, string.Join(", ", absent), null,
                $"optional column{(absent.Count == 1 ? string.Empty : "s")} {string.Join(", ", absent)} absent; treated as blank.");
        }
        return ok ? columns : null;
    }

    /// <summary>A read-only pass-through stream that hashes what is read.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            hash.AppendData(buffer[..n]);
            BytesRead += n;
            return n;
        }

        public void ReadToEnd()
        {
            Span<byte> scratch = stackalloc byte[8192];
            while (Read(scratch) > 0)
            {
            }
        }

        public string HashHex() => Convert.ToHexStringLower(hash.GetHashAndReset());

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                hash.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
