using Csc.Analysis.Data.Canonical;

namespace Csc.Analysis.Data.Tests.Synthetic;

/// <summary>data-samples/havering-like is exactly the generator's default output (regenerate it with `csc-kpi generate --out data-samples/havering-like`).</summary>
public sealed class CommittedSampleTests(DefaultDataFixture fixture) : IClassFixture<DefaultDataFixture>, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "csc-sample-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RepositoryRoot() => RepositoryPaths.Root;

    [Fact]
    public void HaveringLike_SameBytesAsDefaultGeneration()
    {
        var sample = Path.Combine(RepositoryRoot(), "data-samples", "havering-like");
        var written = CanonicalExtractWriter.Write(fixture.Set.Data, folder);
        foreach (var file in written)
        {
            var name = Path.GetFileName(file);
            var committed = Path.Combine(sample, name);
            Assert.True(File.Exists(committed), $"data-samples/havering-like/{name} is missing");
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(committed)),
                $"data-samples/havering-like/{name} differs from the generator's default output: regenerate it with 'csc-kpi generate --out data-samples/havering-like'.");
        }
    }
}
