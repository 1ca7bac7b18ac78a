using Csc.Analysis.Output;

namespace Csc.Analysis.Tests.Output;

public sealed class OutputPathsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "csc-paths-" + Guid.NewGuid().ToString("N"));

    public OutputPathsTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, "data", "referrals.csv"), "referral_id\n");
        File.WriteAllText(Path.Combine(root, "config.json"), "{}");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string P(params string[] parts) => Path.Combine([root, .. parts]);

    [Fact]
    public void OutputInsideOrEqualToAnInputFolder_IsRefused()
    {
        Assert.Equal($"is inside the input folder '{P("data")}'", OutputPaths.Conflict(P("data", "referrals.csv"), [P("data")]));
        Assert.Equal($"is inside the input folder '{P("data")}'", OutputPaths.Conflict(P("data", "new", "kpis.csv"), [P("data")]));
        Assert.Equal($"is the input folder '{P("data")}'", OutputPaths.Conflict(P("data") + Path.DirectorySeparatorChar, [P("data")]));
    }

    [Fact]
    public void OutputEqualToAnInputFile_IsRefused_EvenWrittenDifferently()
    {
        var odd = root + Path.DirectorySeparatorChar + "data" + Path.DirectorySeparatorChar + ".." + Path.DirectorySeparatorChar + "config.json";
        Assert.Equal($"is the input file '{P("config.json")}'", OutputPaths.Conflict(odd, [null, P("config.json")]));
    }

    [Fact]
    public void OutputBesideOrAboveTheInputs_IsAllowed()
    {
        Assert.Null(OutputPaths.Conflict(P("kpis.csv"), [P("data"), P("config.json")]));
        // A sibling whose name starts with the input folder's is not inside it.
        Assert.Null(OutputPaths.Conflict(P("data-out", "kpis.csv"), [P("data")]));
        Assert.Null(OutputPaths.Conflict(P("config.json.bak"), [P("config.json")]));
    }

    [Fact]
    public void IsInside_NeedsASeparatorAfterTheFolder()
    {
        Assert.True(OutputPaths.IsInside("/a/b/c", "/a/b"));
        Assert.False(OutputPaths.IsInside("/a/bc", "/a/b"));
        Assert.False(OutputPaths.IsInside("/a/b", "/a/b"));
    }
}
