using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// Checks an .xlsx file before it is opened, so that a hostile or unsuitable workbook is refused with a message
/// instead of exhausting memory: a password-protected (encrypted) workbook or an old .xls file (both OLE compound
/// files, not zip packages), a zip whose parts would expand beyond <see cref="MaxUncompressedBytes"/> in all, or a
/// large part that expands more than <see cref="MaxRatio"/> times (a zip bomb). The declared sizes are a reliable
/// cap: .NET refuses an entry whose data expands past its declared size.
/// </summary>
internal static class XlsxGuard
{
    /// <summary>The most the parts of one workbook may expand to, in all (256 MiB: an Annex A of 1 million rows is about 150 MiB).</summary>
    public const long MaxUncompressedBytes = 256L * 1024 * 1024;

    /// <summary>The largest expansion accepted for a part bigger than <see cref="RatioCheckedAbove"/>: sheet XML expands 5 to 30 times.</summary>
    public const double MaxRatio = 200;

    /// <summary>Parts smaller than this (uncompressed) are not ratio-checked: tiny parts compress extremely well.</summary>
    public const long RatioCheckedAbove = 1024 * 1024;

    /// <summary>The most rows a worksheet can have (Excel's limit); a sheet claiming more is refused.</summary>
    public const long MaxRows = 1_048_576;

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Null when the workbook may be opened, else the reason it is refused (one sentence with what to do).</summary>
    public static string? Refusal(string path)
    {
        Span<byte> head = stackalloc byte[8];
        using (var stream = File.OpenRead(path))
        {
            if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(OleSignature))
            {
                return IsEncrypted(stream)
                    ? "The workbook is password-protected (encrypted), so it cannot be read: open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx."
                    : "The file is an old Excel 97-2003 workbook (.xls), not .xlsx: open it in Excel and save it as an Excel Workbook (.xlsx), or export each list as CSV.";
            }
        }
        try
        {
            using var zip = ZipFile.OpenRead(path);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > RatioCheckedAbove && entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > MaxRatio)
                {
                    return string.Create(CultureInfo.InvariantCulture,
                        $"The part '{entry.FullName}' expands {entry.Length / entry.CompressedLength:0}-fold ({entry.CompressedLength:N0} to {entry.Length:N0} bytes), more than a real workbook does ({MaxRatio:0}-fold at most): it is refused as a possible zip bomb. Export the lists as CSV instead.");
                }
                if (total > MaxUncompressedBytes)
                {
                    return string.Create(CultureInfo.InvariantCulture,
                        $"The workbook expands to more than {MaxUncompressedBytes / (1024 * 1024)} MiB, more than any Annex A needs: it is refused. Export the lists as CSV (read as a stream) instead.");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            return $"The file is not a readable .xlsx workbook ({ex.Message}). Open it in Excel and save it as an Excel Workbook (.xlsx), or export each list as CSV.";
        }
        return null;
    }

    // An encrypted OOXML file is an OLE compound file holding an "EncryptionInfo" stream; its directory names are UTF-16.
    private static bool IsEncrypted(FileStream stream)
    {
        var marker = Encoding.Unicode.GetBytes("EncryptionInfo");
        stream.Position = 0;
        var buffer = new byte[Math.Min(stream.Length, 16L * 1024 * 1024)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).IndexOf(marker) >= 0;
    }
}
