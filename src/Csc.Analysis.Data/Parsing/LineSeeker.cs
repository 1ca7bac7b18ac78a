namespace Csc.Analysis.Data.Parsing;

/// <summary>
/// Opens a file at the start of a physical line, for reading again after a broken record. Lines end at "\n",
/// "\r\n" or a lone "\r", as <see cref="CsvInput"/> counts them. Each call scans forward from the previous one,
/// so re-synchronising many times over a file reads it about once. Files with a UTF-16 or UTF-32 byte-order mark
/// are not re-opened part way (a byte offset there is not a character boundary the reader could start from).
/// </summary>
internal sealed class LineSeeker(string path)
{
    private long line = 1;
    private long offset;
    private bool lastWasCr;

    /// <summary>A stream positioned at the first byte of line <paramref name="target"/> (1-based), or null when the file has no such line or cannot be re-opened part way.</summary>
    public FileStream? OpenAtLine(long target)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            if (IsWideUnicode(stream) || target < line)
            {
                stream.Dispose();
                return null;
            }
            stream.Position = offset;
            var buffer = new byte[1 << 16];
            while (line < target)
            {
                var n = stream.Read(buffer, 0, buffer.Length);
                if (n == 0)
                {
                    stream.Dispose();
                    return null;
                }
                var i = 0;
                for (; i < n && line < target; i++)
                {
                    var b = buffer[i];
                    if (b == (byte)'\n')
                    {
                        if (!lastWasCr)
                        {
                            line++;
                        }
                        lastWasCr = false;
                    }
                    else if (b == (byte)'\r')
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
            }
            // A "\n" straight after the "\r" that ended the previous line belongs to that line end.
            stream.Position = offset;
            if (lastWasCr && stream.ReadByte() == '\n')
            {
                offset++;
                lastWasCr = false;
            }
            stream.Position = offset;
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static bool IsWideUnicode(FileStream stream)
    {
        Span<byte> bom = stackalloc byte[2];
        stream.Position = 0;
        var n = stream.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        return n == 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF) || (bom[0] == 0x00 && bom[1] == 0x00));
    }
}
