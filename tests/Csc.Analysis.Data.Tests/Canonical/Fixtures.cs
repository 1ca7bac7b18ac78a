using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>The canonical fixtures copied to the test output (TestData/canonical/...).</summary>
internal static class Fixtures
{
    public static readonly DateOnly ExtractDate = new(2017, 5, 31);

    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "canonical", name);

    public static LoadResult Load(string folder, DateOnly? extractDate = null)
        => new CanonicalExtractLoader().Load(folder, new LoadOptions { ExtractDate = extractDate ?? ExtractDate });

    /// <summary>The issue of <paramref name="rule"/> in <paramref name="file"/> on <paramref name="line"/> (exactly one).</summary>
    public static DataIssue Single(LoadResult result, string rule, string file, long line)
        => Assert.Single(result.Issues, i => i.RuleId == rule && i.File == file && i.Line == line);
}
