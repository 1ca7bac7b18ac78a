using Csc.Analysis.Data.Canonical;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>
/// The tables after children.csv are read side by side; issues and files must still come out in
/// the fixed table order (CanonicalSchema.Tables), the same on every load.
/// </summary>
public sealed class CanonicalExtractLoaderOrderTests
{
    [Fact]
    public void Load_BadRows_IssuesAreInTableOrderAndSameEveryTime()
    {
        var first = Fixtures.Load(Fixtures.Folder("bad-rows"));
        var order = CanonicalSchema.Tables.Select(t => t.FileName).ToList();
        // Row issues (those with a line) go table by table, and by line within a table.
        var rowIssues = first.Issues.Where(i => i.Line is not null && order.Contains(i.File)).ToList();
        Assert.True(rowIssues.Select(i => i.File).Distinct().Count() > 1, "the fixture should have issues in several tables");
        for (var k = 1; k < rowIssues.Count; k++)
        {
            var (a, b) = (rowIssues[k - 1], rowIssues[k]);
            var (ta, tb) = (order.IndexOf(a.File), order.IndexOf(b.File));
            Assert.True(ta < tb || (ta == tb && a.Line <= b.Line), $"{a.File}:{a.Line} comes before {b.File}:{b.Line}");
        }
        for (var run = 0; run < 5; run++)
        {
            var again = Fixtures.Load(Fixtures.Folder("bad-rows"));
            Assert.Equal(first.Issues, again.Issues);
            Assert.Equal(first.Files.Select(f => Path.GetFileName(f.Path)), again.Files.Select(f => Path.GetFileName(f.Path)));
        }
    }

    [Fact]
    public void Load_Valid_FilesAreInTableOrder()
    {
        var order = CanonicalSchema.Tables.Select(t => t.FileName).ToList();
        var files = Fixtures.Load(Fixtures.Folder("valid")).Files.Select(f => order.IndexOf(Path.GetFileName(f.Path))).ToList();
        Assert.DoesNotContain(-1, files);
        Assert.Equal(files.Order(), files);
    }
}
