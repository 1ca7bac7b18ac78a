namespace Csc.Analysis.Output;

/// <summary>
/// An output being written: <see cref="Stream"/> is a temporary file in the target's own folder (named
/// <c>.NAME.RANDOM.tmp</c>), which <see cref="Commit"/> flushes to disk and moves over the target in one step.
/// Disposing without committing deletes the temporary file, so the target keeps its previous bytes.
/// Get one from <see cref="OutputFile.Begin"/>.
/// </summary>
public sealed class PendingOutput : IDisposable
{
    private readonly FileStream stream;
    private bool done;

    internal PendingOutput(string path, string temporaryPath, FileStream stream)
    {
        Path = path;
        TemporaryPath = temporaryPath;
        this.stream = stream;
    }

    /// <summary>The file the output replaces when committed (absolute).</summary>
    public string Path { get; }

    /// <summary>The temporary file written until <see cref="Commit"/>, in the same folder as <see cref="Path"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>Where to write the output's bytes. Writers wrapping it must leave it open or be disposed before <see cref="Commit"/>.</summary>
    public Stream Stream => stream;

    /// <summary>Flushes the bytes to disk and moves the temporary file over <see cref="Path"/> (a rename: readers see the old file or the new one, never a part).</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(done, this);
        try
        {
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            File.Move(TemporaryPath, Path, overwrite: true);
            done = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Discard();
            throw OutputNotWritableException.For(Path, ex);
        }
    }

    /// <summary>Deletes the temporary file unless <see cref="Commit"/> has moved it into place; the target is untouched.</summary>
    public void Dispose() => Discard();

    private void Discard()
    {
        if (done)
        {
            return;
        }
        done = true;
        stream.Dispose();
        try
        {
            File.Delete(TemporaryPath);
        }
        catch (IOException)
        {
            // Best effort: a temporary file that cannot be deleted is hidden and never replaces the target.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
