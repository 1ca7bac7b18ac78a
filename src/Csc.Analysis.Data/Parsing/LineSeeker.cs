using System.Text;

namespace Csc.Analysis.Data.Parsing;

/// <summary>
/// Opens a file at the start of a physical line, for reading again after a broken record. Lines end at "\n",
/// "\r\n" or a lone "\r", as <see cref="CsvInput"/> counts them. Each call scans forward from the previous one,
/// so re-synchronising many times over a file reads it about once. A UTF-16 file (with or without a byte-order
/// mark: <see cref="WideText"/>) is scanned two bytes at a time and re-opened as UTF-8, so a broken record there
/// costs one line too; a UTF-32 file is not re-opened part way.
/// </summary>
internal sealed class LineSeeker(string path, Encoding? utf16 = null)
{
    private readonly bool bigEndian = utf16 is UnicodeEncoding { CodePage: 1201 };
    private long line = 1;
    private long offset;
    private bool lastWasCr;

    /// <summary>
    /// A stream positioned at the first byte of line <paramref name="target"/> (1-based), or null when the file has no
    /// such line or cannot be re-opened part way. For a UTF-16 file the stream gives the rest of the file as UTF-8.
    /// </summary>
    public Stream? OpenAtLine(long target)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            if ((utf16 is null && IsWideUnicode(stream)) || target < line)
            {
                stream.Dispose();
                return null;
            }
            var unit = utf16 is null ? 1 : 2;
            stream.Position = offset;
            var buffer = new byte[1 << 16];
            var held = 0; // bytes of buffer carried over: the first byte of a code unit split between two reads
            while (line < target)
            {
                var n = stream.Read(buffer, held, buffer.Length - held);
                if (n == 0)
                {
                    stream.Dispose();
                    return null;
                }
                n += held;
                var i = 0;
                for (; i + unit <= n && line < target; i += unit)
                {
                    var c = unit == 1 ? buffer[i] : bigEndian ? (buffer[i] << 8) | buffer[i + 1] : buffer[i] | (buffer[i + 1] << 8);
                    if (c == '\n')
                    {
                        if (!lastWasCr)
                        {
                            line++;
                        }
                        lastWasCr = false;
                    }
                    else if (c == '\r')
                    {
                        line++;
                        lastWasCr = true;
                    }
                    else
                    {
                        lastWasCr = false;
                    }
                }
                offset += i;
                held = line < target ? n - i : 0;
                if (held > 0)
                {
                    buffer[0] = buffer[i];
                }
            }
            // A "\n" straight after the "\r" that ended the previous line belongs to that line end.
            stream.Position = offset;
            if (lastWasCr && NextIsLineFeed(stream, unit))
            {
                offset += unit;
                lastWasCr = false;
            }
            stream.Position = offset;
            return utf16 is null ? stream : Encoding.CreateTranscodingStream(stream, utf16, Encoding.UTF8, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private bool NextIsLineFeed(FileStream stream, int unit)
    {
        Span<byte> next = stackalloc byte[2];
        var n = stream.ReadAtLeast(next[..unit], unit, throwOnEndOfStream: false);
        if (n < unit)
        {
            return false;
        }
        return unit == 1 ? next[0] == '\n' : bigEndian ? next[0] == 0 && next[1] == '\n' : next[0] == '\n' && next[1] == 0;
    }

    private static bool IsWideUnicode(FileStream stream)
    {
        Span<byte> bom = stackalloc byte[2];
        stream.Position = 0;
        var n = stream.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        return n == 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF) || (bom[0] == 0x00 && bom[1] == 0x00));
    }
}
