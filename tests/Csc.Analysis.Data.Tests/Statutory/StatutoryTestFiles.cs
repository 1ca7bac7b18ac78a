using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Statutory;

/// <summary>Where the statutory test files are: the repository's own TestData and the shared external samples.</summary>
internal static class StatutoryTestFiles
{
    /// <summary>The repository root (the folder holding Analysis.sln).</summary>
    public static string RepoRoot => RepositoryPaths.Root;

    /// <summary>A path under tests/Csc.Analysis.Data.Tests/TestData/statutory.</summary>
    public static string TestData(params string[] parts)
        => Path.Combine([RepoRoot, "tests", "Csc.Analysis.Data.Tests", "TestData", "statutory", .. parts]);

    /// <summary>../shared/external-samples next to the repository, or null when absent.</summary>
    public static string? ExternalSamples
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "external-samples"));
            return Directory.Exists(p) ? p : null;
        }
    }

    public const string ExternalSkipReason = "../shared/external-samples (the public validators' fake statutory files) is not next to this checkout; these tests need it.";

    private static readonly Lazy<string> RunFolder = new(() =>
    {
        // One folder per test run; folders left by runs more than a day old are removed.
        var parent = Path.Combine(Path.GetTempPath(), "csc-statutory-tests");
        if (Directory.Exists(parent))
        {
            foreach (var old in new DirectoryInfo(parent).EnumerateDirectories().Where(d => d.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
            {
                try
                {
                    old.Delete(recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
        return Path.Combine(parent, Guid.NewGuid().ToString("N"));
    });

    /// <summary>A fresh empty temporary folder for one test (under this run's folder).</summary>
    public static string NewTempFolder()
    {
        var p = Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(p);
        return p;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in a new temporary folder and returns the file's path.</summary>
    public static string WriteTemp(string name, string text, bool bom = false)
    {
        var path = Path.Combine(NewTempFolder(), name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(bom));
        return path;
    }

    public static IEnumerable<DataIssue> WithRule(this IEnumerable<DataIssue> issues, string rule) => issues.Where(i => i.RuleId == rule);
}

/// <summary>A fact that is skipped, with a clear message, when the shared external samples are absent.</summary>
public sealed class ExternalSamplesFactAttribute : FactAttribute
{
    public ExternalSamplesFactAttribute()
    {
        if (StatutoryTestFiles.ExternalSamples is null)
        {
            Skip = StatutoryTestFiles.ExternalSkipReason;
        }
    }
}

/// <summary>A theory that is skipped, with a clear message, when the shared external samples are absent.</summary>
public sealed class ExternalSamplesTheoryAttribute : TheoryAttribute
{
    public ExternalSamplesTheoryAttribute()
    {
        if (StatutoryTestFiles.ExternalSamples is null)
        {
            Skip = StatutoryTestFiles.ExternalSkipReason;
        }
    }
}
