namespace Csc.Analysis.Output;

/// <summary>
/// Keeps outputs off inputs: an output may not be an input file, nor be or lie inside an input folder (so a run
/// can never overwrite the extract, its config, or add files to the folder it reads). Paths are compared after
/// <see cref="Path.GetFullPath(string)"/>, case-sensitively on Linux and case-insensitively elsewhere; symbolic links
/// are not followed.
/// </summary>
public static class OutputPaths
{
    private static readonly StringComparison Comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Why <paramref name="output"/> may not be written given <paramref name="inputs"/> (files or folders; nulls are
    /// skipped), as a clause such as "is inside the input folder '/data/extract'"; null when it may. An input that does
    /// not exist is taken as a file.
    /// </summary>
    public static string? Conflict(string output, IEnumerable<string?> inputs)
    {
        ArgumentException.ThrowIfNullOrEmpty(output);
        ArgumentNullException.ThrowIfNull(inputs);
        var target = Normalise(output);
        foreach (var input in inputs)
        {
            if (string.IsNullOrEmpty(input))
            {
                continue;
            }
            var source = Normalise(input);
            if (Directory.Exists(source))
            {
                if (string.Equals(target, source, Comparison))
                {
                    return $"is the input folder '{source}'";
                }
                if (IsInside(target, source))
                {
                    return $"is inside the input folder '{source}'";
                }
            }
            else if (string.Equals(target, source, Comparison))
            {
                return $"is the input file '{source}'";
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="path"/> lies below <paramref name="folder"/> (both absolute and normalised).</summary>
    public static bool IsInside(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, Comparison);
    }

    private static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
