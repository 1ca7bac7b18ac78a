using Csc.Analysis.Output;

namespace Csc.Analysis.Tests.Output;

public sealed class OutputFileTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "csc-output-" + Guid.NewGuid().ToString("N"));

    public OutputFileTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void WriterThatThrowsMidWrite_LeavesThePreviousFileByteIdentical_AndNoTemporaryFile()
    {
        var path = Path.Combine(folder, "report.html");
        byte[] previous = [0x3C, 0x70, 0x3E, 0x6F, 0x6C, 0x64, 0x0A];
        File.WriteAllBytes(path, previous);

        var ex = Assert.Throws<InvalidOperationException>(() => OutputFile.Write(path, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("disk full (simulated)");
        }));

        Assert.Equal("disk full (simulated)", ex.Message);
        Assert.Equal(previous, File.ReadAllBytes(path));
        Assert.Equal(["report.html"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void PendingOutput_IsInTheTargetFolder_AndOnlyCommitReplacesTheTarget()
    {
        var path = Path.Combine(folder, "kpis.csv");
        File.WriteAllText(path, "old\n");
        using (var pending = OutputFile.Begin(path))
        {
            Assert.Equal(folder, Path.GetDirectoryName(pending.TemporaryPath));
            Assert.StartsWith(".kpis.csv.", Path.GetFileName(pending.TemporaryPath), StringComparison.Ordinal);
            pending.Stream.Write("new\n"u8);
            pending.Stream.Flush();
            // Until the commit a reader sees the old file whole.
            Assert.Equal("old\n", File.ReadAllText(path));
            pending.Commit();
        }
        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void MissingFolders_AreCreated()
    {
        var path = Path.Combine(folder, "a", "b", "page.html");
        OutputFile.WriteText(path, "é\n");
        Assert.Equal(new byte[] { 0xC3, 0xA9, 0x0A }, File.ReadAllBytes(path));
    }

    [Fact]
    public void FolderThatCannotBeWritten_IsOneMessageNamingTheOutputAndFolder()
    {
        // A file where a folder should be: fails for every user, root included.
        var blocker = Path.Combine(folder, "taken");
        File.WriteAllText(blocker, "x");
        var path = Path.Combine(blocker, "sub", "out.csv");

        var ex = Assert.Throws<OutputNotWritableException>(() => OutputFile.WriteText(path, "a\n"));

        Assert.StartsWith($"cannot write '{path}': the folder '{Path.Combine(blocker, "sub")}' cannot be written (", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal("x", File.ReadAllText(blocker));
    }

    [Fact]
    public void TargetThatIsAFolder_IsRefused()
    {
        var ex = Assert.Throws<OutputNotWritableException>(() => OutputFile.WriteText(folder, "a"));
        Assert.Contains("is a folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateFolder_OverAFile_IsOneMessage()
    {
        var blocker = Path.Combine(folder, "file");
        File.WriteAllText(blocker, "x");
        var ex = Assert.Throws<OutputNotWritableException>(() => OutputFile.CreateFolder(Path.Combine(blocker, "export")));
        Assert.StartsWith($"cannot create the output folder '{Path.Combine(blocker, "export")}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_CopiesTheBytes()
    {
        var source = Path.Combine(folder, "in.json");
        File.WriteAllBytes(source, [1, 2, 3, 0, 255]);
        OutputFile.Copy(source, Path.Combine(folder, "out", "in.json"));
        Assert.Equal(new byte[] { 1, 2, 3, 0, 255 }, File.ReadAllBytes(Path.Combine(folder, "out", "in.json")));
    }

    [Fact]
    public void TwoWritersOfOnePath_NeverInterleave_TheLastCommitWinsWhole()
    {
        var path = Path.Combine(folder, "same.txt");
        using var first = OutputFile.Begin(path);
        using var second = OutputFile.Begin(path);
        first.Stream.Write("first run\n"u8);
        second.Stream.Write("second\n"u8);
        first.Commit();
        Assert.Equal("first run\n", File.ReadAllText(path));
        second.Commit();
        Assert.Equal("second\n", File.ReadAllText(path));
    }
}
