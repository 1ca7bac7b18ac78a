using System.Text;

namespace Csc.Analysis.Output;

/// <summary>
/// The one way the kit writes a file: the bytes go to a temporary file in the target's folder, are flushed to disk
/// and the temporary file is moved over the target. A run that fails or is killed while writing leaves the previous
/// file byte-identical (and at most a hidden <c>.NAME.RANDOM.tmp</c> when killed); two runs writing the same path
/// each write their own temporary file, so the target is always one run's whole output. A missing folder is
/// created; a folder that cannot be written is one <see cref="OutputNotWritableException"/>.
/// </summary>
/// <example>
/// <code>
/// OutputFile.Write("reports/page.html", stream => page.WriteTo(stream));
/// OutputFile.WriteText("out/summary.txt", text);
/// </code>
/// </example>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Starts writing <paramref name="path"/>: creates its folder when needed and opens the temporary file. Call
    /// <see cref="PendingOutput.Commit"/> when the output is complete; disposing without it keeps the old file.
    /// </summary>
    /// <exception cref="OutputNotWritableException">The folder cannot be created or written.</exception>
    public static PendingOutput Begin(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new OutputNotWritableException($"cannot write '{full}': it is not a file path.");
        if (Directory.Exists(full))
        {
            throw new OutputNotWritableException($"cannot write '{full}': it is a folder; give a file name.");
        }
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            Directory.CreateDirectory(folder);
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            return new PendingOutput(full, temporary, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputNotWritableException.For(full, ex);
        }
    }

    /// <summary>
    /// Writes <paramref name="path"/> with <paramref name="write"/> (given the stream of the temporary file) and moves
    /// it into place; when <paramref name="write"/> throws, the temporary file is deleted, the target keeps its
    /// previous bytes and the exception propagates.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var pending = Begin(path);
        write(pending.Stream);
        pending.Commit();
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark (see <see cref="Write"/>).</summary>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream =>
        {
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes);
        });
    }

    /// <summary>Writes the text <paramref name="write"/> writes to a <see cref="TextWriter"/> (UTF-8 without a byte-order mark, "\n" line ends).</summary>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });
    }

    /// <summary>Creates the folder <paramref name="path"/> (and its parents) for outputs; <see cref="OutputNotWritableException"/> when it cannot be.</summary>
    public static void CreateFolder(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message.TrimEnd('.');
            throw new OutputNotWritableException($"cannot create the output folder '{full}' ({reason}).", ex);
        }
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="path"/> (see <see cref="Write"/>).</summary>
    public static void Copy(string source, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        Write(path, stream =>
        {
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read);
            input.CopyTo(stream);
        });
    }
}
