using System.Buffers;

namespace Csc.Analysis.Data.Parsing;

/// <summary>One CSV record: its fields and the physical (1-based) line on which it starts.</summary>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields, bool UnterminatedQuote)
{
    /// <summary>True when every field is blank (an empty line, or ",,," from a spreadsheet).</summary>
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// A streaming RFC 4180 reader: comma-separated (or another delimiter), fields optionally quoted
/// with "" for a quote inside, quoted fields may hold delimiters and line breaks. Accepts LF, CRLF
/// and CR line ends; line breaks inside quoted fields are returned as "\n". Each record carries
/// the physical line it starts on, so messages point at the right line even after multi-line fields.
/// Reads through a fixed buffer: memory does not grow with the file.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly char[] buffer = new char[BufferSize];
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");
    private readonly SearchValues<char> plainStops;
    private readonly CsvRecordBuffer scratch = new();
    private int pos;
    private int len;
    private long line = 1;

    public CsvRecordReader(TextReader reader, char delimiter = ',')
    {
        this.reader = reader ?? throw new ArgumentNullException(nameof(reader));
        this.delimiter = delimiter;
        plainStops = SearchValues.Create([delimiter, '"', '\r', '\n']);
    }

    /// <summary>The physical line the next record will start on.</summary>
    public long Line => line;

    /// <summary>Reads the next record, or returns null at the end of the input. Blank lines are returned too (see <see cref="CsvRecord.IsBlank"/>).</summary>
    public CsvRecord? Read()
    {
        if (!ReadInto(scratch))
        {
            return null;
        }
        var fields = new string[scratch.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new string(scratch.Field(i));
        }
        return new CsvRecord(scratch.Line, fields, scratch.UnterminatedQuote);
    }

    /// <summary>
    /// Reads the next record into <paramref name="record"/> (reused from row to row, so a large file
    /// makes no garbage per field), or returns false at the end of the input. Same rules as
    /// <see cref="Read"/>. Runs of ordinary characters are found with a vectorised search and
    /// copied in one step; only delimiters, quotes and line ends are handled one by one.
    /// </summary>
    internal bool ReadInto(CsvRecordBuffer record)
    {
        if (Peek() < 0)
        {
            return false;
        }
        record.Start(line);
        var inQuotes = false;
        var fieldStart = true;
        while (true)
        {
            if (pos >= len && !Fill())
            {
                record.UnterminatedQuote = inQuotes;
                break;
            }
            // Copy the run of characters up to the next one that matters in the current state.
            var rest = buffer.AsSpan(pos, len - pos);
            var stop = inQuotes ? rest.IndexOfAny(QuotedStops) : rest.IndexOfAny(plainStops);
            var run = stop < 0 ? rest : rest[..stop];
            if (run.Length > 0)
            {
                record.Append(run);
                pos += run.Length;
                if (!inQuotes)
                {
                    fieldStart = false; // an ordinary character: a quote after it is literal
                }
                if (stop < 0)
                {
                    continue;
                }
            }
            var ch = buffer[pos++];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        record.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    // '\r' or '\n' inside quotes: one line break, kept as "\n".
                    if (ch == '\r' && Peek() == '\n')
                    {
                        Next();
                    }
                    line++;
                    record.Append('\n');
                }
                continue;
            }
            if (ch == delimiter)
            {
                record.EndField();
                fieldStart = true;
                continue;
            }
            if (ch == '\r' || ch == '\n')
            {
                if (ch == '\r' && Peek() == '\n')
                {
                    Next();
                }
                line++;
                break;
            }
            // A quote: opens a quoted field at the start of a field, otherwise it is an ordinary character.
            if (fieldStart)
            {
                inQuotes = true;
                fieldStart = false;
                continue;
            }
            record.Append(ch);
        }
        record.EndField();
        return true;
    }

    public void Dispose() => reader.Dispose();

    private int Peek()
    {
        if (pos >= len && !Fill())
        {
            return -1;
        }
        return buffer[pos];
    }

    private int Next()
    {
        if (pos >= len && !Fill())
        {
            return -1;
        }
        return buffer[pos++];
    }

    private bool Fill()
    {
        len = reader.Read(buffer, 0, buffer.Length);
        pos = 0;
        return len > 0;
    }
}

/// <summary>
/// One record read by <see cref="CsvRecordReader.ReadInto"/>, held as characters plus field
/// boundaries so that callers can parse fields as spans and make strings only where needed.
/// Reused from record to record; a field's span is valid until the next read.
/// </summary>
internal sealed class CsvRecordBuffer
{
    private char[] chars = new char[1024];
    private int[] ends = new int[32];
    private int length;

    /// <summary>The physical (1-based) line on which the record starts.</summary>
    public long Line { get; private set; }

    /// <summary>True when the input ended inside a quoted field.</summary>
    public bool UnterminatedQuote { get; set; }

    /// <summary>The number of fields.</summary>
    public int Count { get; private set; }

    /// <summary>The unquoted text of every field, one after another (for whole-record checks).</summary>
    public ReadOnlySpan<char> AllText => chars.AsSpan(0, length);

    /// <summary>True when every field is blank (as <see cref="CsvRecord.IsBlank"/>).</summary>
    public bool IsBlank => AllText.IsWhiteSpace();

    /// <summary>Field <paramref name="index"/> (0-based).</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        var start = index == 0 ? 0 : ends[index - 1];
        return chars.AsSpan(start, ends[index] - start);
    }

    internal void Start(long line)
    {
        Line = line;
        UnterminatedQuote = false;
        Count = 0;
        length = 0;
    }

    internal void Append(char c)
    {
        if (length == chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
        }
        chars[length++] = c;
    }

    internal void Append(ReadOnlySpan<char> run)
    {
        if (length + run.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + run.Length));
        }
        run.CopyTo(chars.AsSpan(length));
        length += run.Length;
    }

    internal void EndField()
    {
        if (Count == ends.Length)
        {
            Array.Resize(ref ends, ends.Length * 2);
        }
        ends[Count++] = length;
    }
}
