using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace Csc.Analysis.Data.Parsing;

/// <summary>
/// The one CSV reader of the loaders, over CsvHelper's <see cref="CsvReader"/> (RFC 4180, SIMD scanning of
/// UTF-8): comma separated, quoted fields may hold commas, quotes ("") and line breaks; a UTF-8 byte-order
/// mark is skipped and a UTF-16 or UTF-32 one honoured; LF, CRLF and CR line ends. Records are read one at a
/// time through fixed buffers (memory does not grow with the file) and each carries the physical line it
/// starts on, counting lines inside quoted fields. Fields are decoded to characters only when asked for;
/// bytes that are not UTF-8 become U+FFFD. Line breaks inside a quoted field are returned as "\n".
/// </summary>
public sealed class CsvInput : IDisposable
{
    private readonly CsvReader reader;
    private readonly IDisposable? owned;

    // The current record's fields decoded to characters, filled field by field on demand.
    private char[] chars = new char[1024];
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int[] decodedIn = new int[32];
    private int used;
    private int recordNumber;
    private CsvMalformedReason? malformed;
    private readonly bool bounded;
    private bool ended;

    private CsvInput(IDisposable? owned, Func<CsvReaderOptions, CsvReader> create, CsvInputOptions options)
    {
        this.owned = owned;
        bounded = options.MaxRecordBytes is not null;
        reader = create(new CsvReaderOptions
        {
            Separator = options.Separator,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = options.QuotedLineBreaks,
            TrimWhitespace = options.TrimSpaces,
            OnMalformedRecord = OnMalformed,
            MaxRecordSize = options.MaxRecordBytes,
        });
    }

    /// <summary>Reads <paramref name="stream"/> from its current position; the reader owns it unless <paramref name="leaveOpen"/>.</summary>
    public static CsvInput Open(Stream stream, bool leaveOpen = false, CsvInputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new CsvInput(leaveOpen ? null : stream, o => CsvReader.Create(stream, o, leaveOpen: true), options ?? CsvInputOptions.Default);
    }

    /// <summary>Reads characters from <paramref name="text"/>; the reader owns it unless <paramref name="leaveOpen"/>.</summary>
    public static CsvInput Open(TextReader text, bool leaveOpen = false, CsvInputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CsvInput(leaveOpen ? null : text, o => CsvReader.Create(text, o, leaveOpen: true), options ?? CsvInputOptions.Default);
    }

    /// <summary>Opens the file at <paramref name="path"/> for one sequential read.</summary>
    public static CsvInput Open(string path, CsvInputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Open(file, leaveOpen: false, options);
    }

    /// <summary>The physical (1-based) line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    public int Count { get; private set; }

    /// <summary>True when the input ended inside a quoted field that started in the current record: the rest of the input was read as that field.</summary>
    public bool UnterminatedQuote => Malformed == CsvMalformedReason.UnterminatedQuote;

    /// <summary>True when a quoted field of the current record reached the end of its line while <see cref="CsvInputOptions.QuotedLineBreaks"/> is off: the record ends there.</summary>
    public bool QuoteOpenAtLineEnd => Malformed == CsvMalformedReason.LineBreakInQuotes;

    /// <summary>The first quoting problem of the current record (a stray quote, text after a closing quote, a quote never closed), or null. The record is read as CsvHelper recovers it.</summary>
    public CsvMalformedReason? Malformed { get; private set; }

    /// <summary>
    /// True when the current record ran on past <see cref="CsvInputOptions.MaxRecordBytes"/>: it has no fields,
    /// <see cref="Line"/> is the line it starts on, and it is the last record this reader returns.
    /// </summary>
    public bool TooLong { get; private set; }

    /// <summary>Moves to the next record; false at the end of the input. Empty lines are passed over (",,," is returned: see <see cref="IsBlank"/>).</summary>
    public bool Read()
    {
        malformed = null;
        TooLong = false;
        bool more;
        try
        {
            more = !ended && reader.Read();
        }
        catch (CsvFormatException ex) when (bounded && ex.LineNumber > 0)
        {
            // The record outgrew the limit: one record without fields, the last of this reader.
            ended = true;
            recordNumber++;
            Line = ex.LineNumber;
            Count = 0;
            Malformed = null;
            TooLong = true;
            return true;
        }
        if (!more)
        {
            Count = 0;
            return false;
        }
        recordNumber++;
        Line = reader.LineNumber;
        Count = reader.FieldCount;
        Malformed = malformed;
        used = 0;
        if (decodedIn.Length < Count)
        {
            var size = Math.Max(Count, decodedIn.Length * 2);
            Array.Resize(ref starts, size);
            Array.Resize(ref lengths, size);
            Array.Resize(ref decodedIn, size);
        }
        return true;
    }

    /// <summary>Field <paramref name="index"/> (0-based) of the current record as characters, valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The record has {Count} fields.");
        }
        if (decodedIn[index] != recordNumber)
        {
            Decode(index);
        }
        return chars.AsSpan(starts[index], lengths[index]);
    }

    /// <summary>Field <paramref name="index"/> as a new string.</summary>
    public string Text(int index) => new(Field(index));

    /// <summary>Every field of the current record as strings.</summary>
    public string[] Fields()
    {
        var fields = new string[Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Text(i);
        }
        return fields;
    }

    /// <summary>True when every field of the current record is blank (",,," from a spreadsheet, or spaces).</summary>
    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (!Field(i).IsWhiteSpace())
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>True when the current record is not valid UTF-8 (the bytes read as U+FFFD) or holds U+FFFD itself.</summary>
    public bool HasReplacementCharacter
    {
        get
        {
            var raw = reader.RawRecord;
            return !Utf8.IsValid(raw) || raw.IndexOf("\uFFFD"u8) >= 0;
        }
    }

    /// <summary>True when the current record holds a NUL byte (a binary file, or UTF-16 without a byte-order mark).</summary>
    public bool HasNul => reader.RawRecord.IndexOf((byte)0) >= 0;

    /// <inheritdoc />
    public void Dispose()
    {
        reader.Dispose();
        owned?.Dispose();
    }

    // Called by CsvHelper before it returns the record (a record is reported once, with its first problem).
    private void OnMalformed(CsvMalformedRecord record) => malformed ??= record.Reason;

    private void Decode(int index)
    {
        var bytes = reader.GetSpan(index);
        var max = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (used + max > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + max));
        }
        var span = chars.AsSpan(used);
        var n = Encoding.UTF8.GetChars(bytes, span);
        // A line break inside a quoted field is one "\n", whichever line end the file uses.
        if (span[..n].Contains('\r'))
        {
            n = NormaliseLineBreaks(span[..n]);
        }
        starts[index] = used;
        lengths[index] = n;
        decodedIn[index] = recordNumber;
        used += n;
    }

    private static int NormaliseLineBreaks(Span<char> text)
    {
        var w = 0;
        for (var r = 0; r < text.Length; r++)
        {
            var c = text[r];
            if (c == '\r')
            {
                if (r + 1 < text.Length && text[r + 1] == '\n')
                {
                    r++;
                }
                c = '\n';
            }
            text[w++] = c;
        }
        return w;
    }
}
