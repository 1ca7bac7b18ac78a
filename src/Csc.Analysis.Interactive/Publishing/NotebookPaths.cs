using System.Text;
using System.Text.RegularExpressions;
using Csc.Analysis.Interactive.Notebooks;

namespace Csc.Analysis.Interactive.Publishing;

/// <summary>
/// The notebooks several command-line paths name: a notebook file, a folder (its .ipynb files in name order, as
/// <see cref="NotebookPublisher.FindNotebooks(string)"/>) or a shell glob such as <c>notebooks/*.ipynb</c>, expanded
/// here when the shell did not (Windows, or a quoted pattern). Globs follow the shell: <c>*</c> and <c>?</c> match
/// within one path segment, <c>[abc]</c> one of the characters, <c>**</c> any number of folders, and names starting
/// with a dot are matched only by a pattern starting with a dot. Matches are in ordinal name order; a notebook
/// named twice is taken once, where it first appears.
/// </summary>
public static class NotebookPaths
{
    private static readonly char[] GlobCharacters = ['*', '?', '['];

    /// <summary>Whether <paramref name="path"/> contains glob characters.</summary>
    public static bool IsGlob(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.IndexOfAny(GlobCharacters) >= 0;
    }

    /// <summary>Expands every path in order (of a glob's matches, only .ipynb files); relative paths are taken from <paramref name="workingDirectory"/>.</summary>
    /// <exception cref="NotebookException">No paths, a path that is neither a file nor a folder, a folder without notebooks, or a glob that matches no notebook.</exception>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> paths, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentException.ThrowIfNullOrEmpty(workingDirectory);
        if (paths.Count == 0)
        {
            throw new NotebookException("No notebook given: name a .ipynb file, a folder or a pattern such as notebooks/*.ipynb.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var path in paths)
        {
            IReadOnlyList<string> found;
            if (IsGlob(path) && !File.Exists(Path.GetFullPath(path, workingDirectory)))
            {
                // Run copies (NAME.out.ipynb, from 'notebook run') are left out unless the pattern asks for them.
                var copies = path.EndsWith(".out.ipynb", StringComparison.OrdinalIgnoreCase);
                found = Glob(path, workingDirectory)
                    .Where(f => f.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)
                        && (copies || !f.EndsWith(".out.ipynb", StringComparison.OrdinalIgnoreCase)))
                    .ToList();
                if (found.Count == 0)
                {
                    throw new NotebookException($"The pattern '{path}' matches no notebook.");
                }
            }
            else
            {
                found = NotebookPublisher.FindNotebooks(Path.GetFullPath(path, workingDirectory));
            }
            foreach (var f in found)
            {
                if (seen.Add(f))
                {
                    result.Add(f);
                }
            }
        }
        return result;
    }

    /// <summary>The files (not folders) a glob matches, full paths in ordinal order.</summary>
    public static IReadOnlyList<string> Glob(string pattern, string workingDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var normalised = pattern.Replace('\\', '/');
        string start;
        string rest;
        if (Path.IsPathRooted(pattern))
        {
            var root = Path.GetPathRoot(pattern)!;
            start = root;
            rest = normalised[root.Replace('\\', '/').Length..];
        }
        else
        {
            start = workingDirectory;
            rest = normalised;
        }
        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var matches = new List<string>();
        Walk(start, segments, 0, matches);
        return matches.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static void Walk(string directory, string[] segments, int index, List<string> matches)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            if (last)
            {
                // a trailing ** matches every file below, as in bash with globstar
                foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
                {
                    if (!HasHiddenPart(Path.GetRelativePath(directory, file)))
                    {
                        matches.Add(file);
                    }
                }
                return;
            }
            Walk(directory, segments, index + 1, matches);
            foreach (var sub in Directory.EnumerateDirectories(directory).Where(d => !Path.GetFileName(d).StartsWith('.')))
            {
                Walk(sub, segments, index, matches);
            }
            return;
        }
        if (!IsGlob(segment))
        {
            var next = Path.Combine(directory, segment);
            if (last)
            {
                if (File.Exists(next))
                {
                    matches.Add(next);
                }
            }
            else
            {
                Walk(next, segments, index + 1, matches);
            }
            return;
        }
        var regex = SegmentRegex(segment);
        var entries = last ? Directory.EnumerateFiles(directory) : Directory.EnumerateDirectories(directory);
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') && !segment.StartsWith('.'))
            {
                continue;
            }
            if (regex.IsMatch(name))
            {
                if (last)
                {
                    matches.Add(entry);
                }
                else
                {
                    Walk(entry, segments, index + 1, matches);
                }
            }
        }
    }

    private static bool HasHiddenPart(string relative)
        => relative.Replace('\\', '/').Split('/').Any(p => p.StartsWith('.'));

    /// <summary>One path segment's glob as an anchored regular expression (case-sensitive, as on Linux).</summary>
    internal static Regex SegmentRegex(string segment)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            switch (c)
            {
                case '*':
                    sb.Append(".*");
                    break;
                case '?':
                    sb.Append('.');
                    break;
                case '[':
                    var close = segment.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        sb.Append(Regex.Escape("["));
                        break;
                    }
                    var set = segment[(i + 1)..close];
                    var negate = set.StartsWith('!') || set.StartsWith('^');
                    if (negate)
                    {
                        set = set[1..];
                    }
                    sb.Append('[').Append(negate ? "^" : string.Empty).Append(set.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        sb.Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
