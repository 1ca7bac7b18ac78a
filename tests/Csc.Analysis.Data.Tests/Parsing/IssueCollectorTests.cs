using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Parsing;

public sealed class IssueCollectorTests
{
    [Fact]
    public void Add_CountsBySeverityAndRule()
    {
        var c = new IssueCollector();
        c.Error("R1", "a.csv", 2, "col", "v", "bad");
        c.Error("R1", "a.csv", 3, "col", "v", "bad");
        c.Warning("R2", "a.csv", 4, null, null, "odd");
        c.Info("R3", "b.csv", null, null, null, "absent");

        Assert.Equal(4, c.Issues.Count);
        Assert.Equal(2, c.ErrorCount);
        Assert.Equal(1, c.WarningCount);
        Assert.Equal(1, c.InfoCount);
        Assert.Equal(2, c.CountOf("R1"));
        Assert.Equal(0, c.CountOf("R9"));
        Assert.Equal(new DataIssue(IssueSeverity.Error, "R1", "a.csv", 2, "col", "v", "bad"), c.Issues[0]);
    }

    [Fact]
    public void Add_LongValue_IsShortened()
    {
        var c = new IssueCollector();
        var issue = c.Error("R", "f", 1, "c", new string('x', 500), "too long");
        Assert.Equal(IssueCollector.MaxValueLength + 3, issue.Value!.Length);
        Assert.EndsWith("...", issue.Value);
    }
}
