using System.Text;

namespace Csc.Analysis.Data.Parsing;

/// <summary>
/// Recognises a UTF-16 text file from its first bytes: by its byte-order mark, or, without one, by the NUL byte that
/// every ASCII character of UTF-16 carries (in the odd bytes for little-endian, the even bytes for big-endian). Excel's
/// "Unicode text" and some database exports write UTF-16; read as UTF-8 it would be NUL bytes between every letter.
/// </summary>
internal static class WideText
{
    /// <summary>How many bytes <see cref="Detect"/> looks at.</summary>
    public const int SampleBytes = 512;

    /// <summary>The UTF-16 encoding of a file that starts with <paramref name="head"/> and whether it has a byte-order mark; null encoding when it is not UTF-16.</summary>
    public static (Encoding? Encoding, bool ByteOrderMark) Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            // FF FE 00 00 is UTF-32 little-endian, which is not UTF-16.
            return head.Length >= 4 && head[2] == 0 && head[3] == 0 ? (null, false) : (Encoding.Unicode, true);
        }
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, true);
        }
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            return (null, false);
        }
        // Without a mark: most code units of a header of column names are ASCII, so one byte of each pair is NUL and
        // the other is not. Require at least four pairs and three in four of them to look so.
        var pairs = head.Length / 2;
        if (pairs < 4)
        {
            return (null, false);
        }
        int little = 0, big = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] != 0 && head[i + 1] == 0)
            {
                little++;
            }
            else if (head[i] == 0 && head[i + 1] != 0)
            {
                big++;
            }
        }
        return little * 4 >= pairs * 3 ? (Encoding.Unicode, false)
            : big * 4 >= pairs * 3 ? (Encoding.BigEndianUnicode, false)
            : (null, false);
    }

    /// <summary>"little-endian" or "big-endian", for messages.</summary>
    public static string Describe(Encoding utf16) => utf16.CodePage == Encoding.BigEndianUnicode.CodePage ? "big-endian" : "little-endian";
}
