using System.Text;

namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// Reads a comma-separated file (RFC 4180) record by record with the 1-based line each record
/// starts on; a record spans lines when a quoted field holds a newline. Handles a UTF-8
/// byte-order mark, CRLF, LF and CR line ends, skips blank lines, and reports stray quotes, an
/// unterminated quoted field and a header separated by semicolons, tabs or pipes.
/// </summary>
internal sealed class CsvRows : IDisposable
{
    private readonly TextReader reader;
    private readonly IssueSink sink;
    private readonly string file;
    private readonly StringBuilder field = new();
    private readonly List<string> fields = [];
    private long line = 1;

    private CsvRows(TextReader reader, IssueSink sink, string file)
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
    public string[] Record { get; private set; } = [];

    /// <summary>
    /// Opens <paramref name="path"/> and reads its header. Returns null (with an error issue)
    /// when the file is empty or not comma-separated.
    /// </summary>
    public static CsvRows? Open(string path, IssueSink sink, string file)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Open(new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16), sink, file);
    }

    /// <summary>As <see cref="Open(string, IssueSink, string)"/> over a reader (which this instance then owns).</summary>
    public static CsvRows? Open(TextReader reader, IssueSink sink, string file)
    {
        var rows = new CsvRows(reader, sink, file);
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
                    sink.Error(StatutoryRules.CsvDelimiter, file, Line, null, Truncate(only),
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
        while (true)
        {
            if (reader.Peek() < 0)
            {
                return false;
            }
            Line = line;
            RecordBroken = false;
            fields.Clear();
            var blank = ReadFields();
            if (!blank)
            {
                Record = [.. fields];
                return true;
            }
        }
    }

    /// <summary>Reads one physical record into <see cref="fields"/>; true when it was a blank line.</summary>
    private bool ReadFields()
    {
        field.Clear();
        var anyContent = false;
        var strayReported = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                fields.Add(field.ToString());
                return !anyContent && fields.Count == 1 && fields[0].Length == 0;
            }
            if (c == '"' && field.Length == 0)
            {
                anyContent = true;
                ReadQuoted(ref strayReported);
                continue;
            }
            if (c == ',')
            {
                anyContent = true;
                fields.Add(field.ToString());
                field.Clear();
                continue;
            }
            if (c == '\r' || c == '\n')
            {
                EndLine(c);
                fields.Add(field.ToString());
                return !anyContent && fields.Count == 1 && fields[0].Length == 0;
            }
            if (c == '"' && !strayReported)
            {
                strayReported = true;
                sink.Warning(StatutoryRules.CsvMalformed, file, line, null, null,
                    "A double quote appears inside an unquoted field; it is read as written. Wrap fields holding quotes, commas or newlines in double quotes and double the inner quotes.");
            }
            anyContent = true;
            field.Append((char)c);
        }
    }

    private void ReadQuoted(ref bool strayReported)
    {
        var opened = line;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                sink.Error(StatutoryRules.CsvMalformed, file, opened, null, Truncate(field.ToString()),
                    $"A quoted field opened on line {opened} is never closed; the rest of the file is read as that field and the row is rejected. Close the quote.");
                RecordBroken = true;
                return;
            }
            if (c == '"')
            {
                if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                    continue;
                }
                var next = reader.Peek();
                if (next is ',' or '\r' or '\n' or < 0)
                {
                    return;
                }
                if (!strayReported)
                {
                    strayReported = true;
                    sink.Warning(StatutoryRules.CsvMalformed, file, line, null, null,
                        "Text follows the closing quote of a quoted field; it is read as part of the field. Double quotes inside a quoted field must be doubled.");
                }
                continue;
            }
            if (c == '\r' || c == '\n')
            {
                // A newline inside quotes is part of the field (kept as \n).
                EndLine(c);
                field.Append('\n');
                continue;
            }
            field.Append((char)c);
        }
    }

    private void EndLine(int c)
    {
        if (c == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }
        line++;
    }

    private static string Truncate(string s) => s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 77), "...");

    public void Dispose() => reader.Dispose();
}
