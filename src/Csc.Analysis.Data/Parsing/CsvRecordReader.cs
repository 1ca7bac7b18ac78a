using System.Text;

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
    private readonly StringBuilder field = new();
    private int pos;
    private int len;
    private long line = 1;

    public CsvRecordReader(TextReader reader, char delimiter = ',')
    {
        this.reader = reader ?? throw new ArgumentNullException(nameof(reader));
        this.delimiter = delimiter;
    }

    /// <summary>The physical line the next record will start on.</summary>
    public long Line => line;

    /// <summary>Reads the next record, or returns null at the end of the input. Blank lines are returned too (see <see cref="CsvRecord.IsBlank"/>).</summary>
    public CsvRecord? Read()
    {
        if (Peek() < 0)
        {
            return null;
        }
        var start = line;
        var fields = new List<string>();
        field.Clear();
        var inQuotes = false;
        var fieldStart = true;
        var unterminated = false;
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                unterminated = inQuotes;
                break;
            }
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else if (ch == '\r' || ch == '\n')
                {
                    if (ch == '\r' && Peek() == '\n')
                    {
                        Next();
                    }
                    line++;
                    field.Append('\n');
                }
                else
                {
                    field.Append(ch);
                }
                continue;
            }
            if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
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
            if (ch == '"' && fieldStart && field.Length == 0)
            {
                inQuotes = true;
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            field.Append(ch);
        }
        fields.Add(field.ToString());
        return new CsvRecord(start, fields, unterminated);
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
