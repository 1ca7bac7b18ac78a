using System.Security.Cryptography;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Statutory;

internal static class SourceFiles
{
    /// <summary>The SHA-256 and size of <paramref name="path"/> with the number of rows read from it.</summary>
    public static SourceFile Describe(string path, long rows)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var hash = SHA256.HashData(stream);
        return new SourceFile(path, Convert.ToHexStringLower(hash), stream.Length, rows);
    }
}
