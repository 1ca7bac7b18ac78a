using System.Security.Cryptography;
using Csc.Analysis.Data.Parsing;
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

    /// <summary>
    /// The sub-folders of <paramref name="folder"/> named like the files a loader reads (*.csv, *.xml): each is a
    /// FILE_UNREADABLE error, since its table would otherwise be silently empty, and an unusable source.
    /// </summary>
    public static IReadOnlyList<SourceFile> FoldersNamedAsFiles(string folder, string pattern, IssueCollector sink)
    {
        var found = new List<SourceFile>();
        foreach (var d in Directory.EnumerateDirectories(folder, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(d);
            sink.Error(StatutoryRules.FileUnreadable, name, null, null, null, $"{name} is a folder, not a file: nothing in it is read. Put the file in its place.");
            found.Add(new SourceFile(d, string.Empty, 0, 0) { Unusable = true });
        }
        return found;
    }
}
