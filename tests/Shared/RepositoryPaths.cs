namespace Csc.Analysis.TestSupport;

/// <summary>
/// Paths in the repository for tests that read committed files (docs, data-samples, notebooks, reference outputs):
/// the root is the folder holding Analysis.sln above the test assembly. One file, linked into every test project
/// by Directory.Build.props.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    });

    /// <summary>The repository root, or null when the tests run outside a checkout.</summary>
    public static string? TryRoot => Found.Value;

    /// <summary>The repository root; an <see cref="InvalidOperationException"/> outside a checkout.</summary>
    public static string Root => Found.Value
        ?? throw new InvalidOperationException($"No Analysis.sln above {AppContext.BaseDirectory}: run the tests from the repository.");

    /// <summary>A path below the root, from its parts (<c>Of("docs", "kpis.md")</c>).</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);
}
