using Csc.Analysis.Data.Parsing;

namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// The statutory loaders' view of a comma-separated file: the header, then data records with the
/// physical line each starts on (over the shared <see cref="CsvInput"/>). Handles a UTF-8
/// byte-order mark, skips blank lines, reports an unterminated quoted field and a header
/// separated by semicolons, tabs or pipes.
/// </summary>
internal sealed class CsvRows : IDisposable
{
    private readonly CsvInput reader;
    private readonly IssueCollector sink;
    private readonly string file;

    private CsvRows(CsvInput reader, IssueCollector sink, string file)
    {
        this.reader = reader;
        this.sink = sink;
        this.file = file;
    }

    /// <summary>The header labels, trimmed, in file order.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>The line the current record (or the header) starts on.</summary>
    public long Line { get; private set; }

    /// <summary>Data rows read so far.</summary>
    public long Rows { get; private set; }

    /// <summary>True when the current record is unusable (an unterminated quoted field swallowed the rest of the file).</summary>
    public bool RecordBroken { get; private set; }

    /// <summary>The current record's fields.</summary>
    public IReadOnlyList<string> Record { get; private set; } = [];

    /// <summary>
    /// Opens <paramref name="path"/> and reads its header. Returns null (with an error issue)
    /// when the file is empty or not comma-separated.
    /// </summary>
    public static CsvRows? Open(string path, IssueCollector sink, string file)
    {
        return Open(CsvInput.Open(path), sink, file);
    }

    /// <summary>As <see cref="Open(string, IssueCollector, string)"/> over CSV bytes (which this instance then owns).</summary>
    public static CsvRows? Open(Stream stream, IssueCollector sink, string file) => Open(CsvInput.Open(stream), sink, file);

    private static CsvRows? Open(CsvInput input, IssueCollector sink, string file)
    {
        var rows = new CsvRows(input, sink, file);
        if (!rows.ReadHeader())
        {
            rows.Dispose();
            return null;
        }
        return rows;
    }

    private bool ReadHeader()
    {
        if (!ReadRecord())
        {
            sink.Error(StatutoryRules.FileEmpty, file, null, null, null, "The file is empty: expected a header row of column names.");
            return false;
        }
        Header = [.. Record.Select(h => h.Trim())];
        if (Header.Count == 1)
        {
            var only = Header[0];
            foreach (var (sep, name) in new[] { (';', "semicolons"), ('\t', "tabs"), ('|', "pipes") })
            {
                if (only.Contains(sep))
                {
                    sink.Error(StatutoryRules.CsvDelimiter, file, Line, null, only,
                        $"The header is separated by {name}, not commas: save the file as CSV (comma delimited) and load it again.");
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Moves to the next data record; false at the end of the file.</summary>
    public bool Read()
    {
        if (!ReadRecord())
        {
            return false;
        }
        Rows++;
        return true;
    }

    private bool ReadRecord()
    {
        while (reader.Read())
        {
            if (reader.Count <= 1 && !reader.UnterminatedQuote && reader.IsBlank)
            {
                continue;
            }
            Line = reader.Line;
            Record = reader.Fields();
            RecordBroken = reader.UnterminatedQuote;
            if (RecordBroken)
            {
                sink.Error(StatutoryRules.CsvMalformed, file, Line, null, Record.Count > 0 ? Record[^1] : null,
                    $"A quoted field on line {Line} is never closed; the rest of the file is read as that field and the row is rejected. Close the quote.");
            }
            return true;
        }
        return false;
    }

    public void Dispose() => reader.Dispose();
}
