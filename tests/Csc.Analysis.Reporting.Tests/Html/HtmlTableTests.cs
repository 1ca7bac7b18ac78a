using AngleSharp.Html.Parser;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests.Html;

public sealed class HtmlTableTests
{
    private static readonly HtmlTable Sample = new("Caseloads", ["Team", new TableColumn("Cases", ColumnAlign.Right), "RAG"],
    [
        ["North", TableCell.Number(1234L), TableCell.Rag(RagTone.Green)],
        ["South", TableCell.Number(null, "0.0"), TableCell.Rag(RagTone.Red, "Red: over 20")],
    ]);

    [Fact]
    public void WriteHtml_Structure_HasCaptionHeadersAndRowHeaders()
    {
        var doc = new HtmlParser().ParseDocument(HtmlFragment.Render(Sample).Markup);
        var table = doc.QuerySelector("table")!;
        Assert.Equal("Caseloads", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Team", "Cases", "RAG"], table.QuerySelectorAll("thead th").Select(t => t.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal("row", rows[0].QuerySelector("th")!.GetAttribute("scope"));
        Assert.Equal("1,234", rows[0].QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("num", rows[0].QuerySelectorAll("td")[0].ClassName);
        Assert.Equal("\u2013", rows[1].QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("Red: over 20", rows[1].QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public void WriteHtml_RowWithWrongCellCount_ThrowsWithRowNumber()
    {
        var bad = new HtmlTable("T", ["A", "B"], [["1", "2"], ["3"]]);
        var ex = Assert.Throws<ArgumentException>(() => HtmlFragment.Render(bad));
        Assert.Equal("Table 'T' row 2 has 1 cells but there are 2 columns.", ex.Message);
    }

    [Fact]
    public void WriteHtml_HostileCells_StayText()
    {
        var t = new HtmlTable(TestPages.Hostile, [TestPages.Hostile], [[TestPages.Hostile]]);
        var doc = new HtmlParser().ParseDocument(HtmlFragment.Render(t).Markup);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Equal(TestPages.Hostile, doc.QuerySelector("tbody th")!.TextContent);
        Assert.Single(doc.QuerySelectorAll("table"));
    }
}

public sealed class DataIssueTableTests
{
    [Fact]
    public void WriteHtml_NoIssues_SaysSo()
    {
        Assert.Equal("<p>No data issues.</p>", HtmlFragment.Render(new DataIssueTable([])).Markup);
    }

    [Fact]
    public void WriteHtml_MoreThanMaxRows_CaptionSaysHowManyShown()
    {
        var issues = Enumerable.Range(1, 5).Select(i => new Csc.Analysis.Domain.DataIssue(Csc.Analysis.Domain.IssueSeverity.Warning, "R", "f.csv", i, null, null, "why")).ToList();
        var doc = new HtmlParser().ParseDocument(HtmlFragment.Render(new DataIssueTable(issues) { MaxRows = 2 }).Markup);
        var detail = doc.QuerySelectorAll("table")[1];
        Assert.Equal("The first 2 of 5 data issues", detail.QuerySelector("caption")!.TextContent);
        Assert.Equal(2, detail.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("5", doc.QuerySelectorAll("table")[0].QuerySelector("tbody td.num")!.TextContent);
    }
}
