using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>docs/data-model.md documents every table, column, rule and SSDA903 code the code uses.</summary>
public sealed class DataModelDocTests
{
    private static readonly string Doc = File.ReadAllText(FindDoc());

    private static string FindDoc() => RepositoryPaths.Of("docs", "data-model.md");

    [Fact]
    public void Doc_HasASectionForEveryTableListingEveryColumn()
    {
        foreach (var table in CanonicalSchema.Tables)
        {
            var start = Doc.IndexOf($"### {table.FileName}", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no section for {table.FileName}");
            var end = Doc.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
            var section = end < 0 ? Doc[start..] : Doc[start..end];
            foreach (var column in table.Columns)
            {
                Assert.Contains($"| `{column}` |", section);
            }
            foreach (var required in table.RequiredColumns)
            {
                Assert.Matches($@"\| `{required}` \| [a-z-]+ \| required", section);
            }
        }
    }

    [Fact]
    public void Doc_ListsEveryRuleWithItsSeverity()
    {
        foreach (var rule in CanonicalRules.All)
        {
            Assert.Contains($"| `{rule.Id}` | {rule.Severity.ToString().ToLowerInvariant()} |", Doc);
        }
    }

    [Fact]
    public void Doc_ListsEverySsda903Code()
    {
        foreach (var list in new[] { Ssda903Codes.ReasonNewEpisode, Ssda903Codes.LegalStatus, Ssda903Codes.CategoryOfNeed, Ssda903Codes.PlacementType, Ssda903Codes.PlacementProvider, Ssda903Codes.ReasonCeased })
        {
            foreach (var (code, meaning) in list)
            {
                Assert.Contains($"| `{code}` | {meaning} |", Doc);
            }
        }
    }

    [Fact]
    public void Doc_StatesTheOpenAtDateConvention()
        => Assert.Contains("open on day d when `s <= d` and (`e` is blank or `e > d`)", Doc);
}
