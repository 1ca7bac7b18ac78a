using System.Security.Cryptography;
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
/// fields. Handles a UTF-8 BOM, CRLF, quoted fields with line breaks and trailing blank lines.
/// Computes the file's SHA-256 while reading.
/// </summary>
public static class CsvTableReader
{
    /// <summary>
    /// Reads <paramref name="path"/>; <paramref name="fileName"/> names it in issues. Returns the file
    /// read (rows = data rows passed on or rejected, blank lines not counted). When the header is
    /// unusable no rows are read and the returned file has 0 rows.
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
        using var hashing = new HashingStream(file);
        long rows;
        using (var csv = CsvInput.Open(hashing, leaveOpen: true))
        {
            rows = ReadRecords(csv, fileName, schema, issues, rules, extractDate, onRow);
        }
        hashing.ReadToEnd();
        return new SourceFile(path, hashing.HashHex(), hashing.BytesRead, rows);
    }

    private static long ReadRecords(CsvInput csv, string fileName, CsvTableSchema schema, IssueCollector issues, ParseRuleIds rules, DateOnly? extractDate, Action<RowReader> onRow)
    {
        // Blank lines before the header are passed over.
        string[]? header = null;
        long headerLine = 0;
        while (csv.Read())
        {
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
            issues.Error(rules.EmptyFile, fileName, 1, null, null, "empty file, expected a header row.");
            return 0;
        }
        var columns = CheckHeader(header, headerLine, fileName, schema, issues, rules);
        if (columns is null)
        {
            return 0;
        }

        var row = new RowReader(fileName, columns, issues, rules, extractDate);
        var width = header.Length;
        long rows = 0;
        var encodingReported = header.Any(f => f.Contains('\uFFFD', StringComparison.Ordinal));
        if (encodingReported)
        {
            ReportEncoding(headerLine, fileName, issues, rules);
        }
        while (csv.Read())
        {
            if (csv.IsBlank)
            {
                continue;
            }
            rows++;
            if (!encodingReported && csv.HasReplacementCharacter)
            {
                ReportEncoding(csv.Line, fileName, issues, rules);
                encodingReported = true;
            }
            if (csv.UnterminatedQuote)
            {
                issues.Error(rules.UnterminatedQuote, fileName, csv.Line, null, null, "a quoted field starts on this line and is never closed: the rest of the file was read as one field. Close the quote (a quote inside a quoted field is written \"\").");
                continue;
            }
            if (csv.Count != width)
            {
                issues.Error(rules.FieldCount, fileName, csv.Line, null, null,
                    $"the row has {csv.Count} fields but the header has {width}; check for an unquoted comma or a missing field.");
                continue;
            }
            row.Reset(csv);
            onRow(row);
        }
        return rows;
    }

    // The UTF-8 decoder turns bytes that are not UTF-8 into U+FFFD; say so once per file (the rows are kept).
    private static void ReportEncoding(long line, string fileName, IssueCollector issues, ParseRuleIds rules)
        => issues.Warning(rules.Encoding, fileName, line, null, null,
            "the file is not valid UTF-8 from this line on (reported once per file); characters such as £ or é are replaced. Save it as 'CSV UTF-8'.");

    private static Dictionary<string, int>? CheckHeader(string[] header, long headerLine, string fileName, CsvTableSchema schema, IssueCollector issues, ParseRuleIds rules)
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
