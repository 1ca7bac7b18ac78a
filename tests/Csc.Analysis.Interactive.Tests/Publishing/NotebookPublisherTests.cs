using Csc.Analysis.Reporting.Html;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Csc.Analysis.Interactive.Notebooks;
using Csc.Analysis.Interactive.Publishing;

namespace Csc.Analysis.Interactive.Tests.Publishing;

[Collection(Csc.Analysis.Interactive.Tests.Notebooks.NotebookCollection.Name)]
public sealed class NotebookPublisherTests
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static PublishOptions Options(string outDir, bool execute = false) => new()
    {
        OutputDirectory = outDir,
        Execute = execute,
        Environment = _ => null,
    };

    private static IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));

    /// <summary>A notebook with saved outputs of every kind, as VS Code would have written them.</summary>
    private static string SavedOutputsNotebook(TestNotebook nb)
    {
        var json = JsonNode.Parse(TestNotebook.Json(
            TestCell.Markdown("# Saved outputs\nIntro with [an external link](https://example.org/page) and [a local one](#x).\n\n" + Hostile + "\n\n## Section"),
            TestCell.Code("#r \"nuget: Something, 1.0.0\""),
            TestCell.Code("display(\"several\")"),
            TestCell.Code("throw new Exception(\"bad\")")))!;
        var cells = json["cells"]!.AsArray();
        cells[1]!["outputs"] = new JsonArray(
            new JsonObject { ["output_type"] = "display_data", ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["text/html"] = "<div><div><strong>Installed Packages</strong><ul><li><span>Something, 1.0.0</span></li></ul></div></div>" } },
            new JsonObject { ["output_type"] = "display_data", ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["text/markdown"] = "Loading extensions from `/x/extension.dib`" } });
        cells[2]!["outputs"] = new JsonArray(
            new JsonObject { ["output_type"] = "display_data", ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["text/plain"] = Hostile } },
            new JsonObject { ["output_type"] = "display_data", ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["image/png"] = "iVBORw0KGgo=", ["text/plain"] = "an image" } },
            new JsonObject { ["output_type"] = "display_data", ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["text/html"] = "<b>bold html</b><script src=\"https://cdn.plot.ly/plotly-2.28.0.min.js\"></script>", ["text/plain"] = "ignored" } },
            new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = new JsonArray("line 1\n", "line 2\n") });
        cells[3]!["outputs"] = new JsonArray(
            new JsonObject { ["output_type"] = "error", ["ename"] = "Error", ["evalue"] = "System.Exception: bad " + Hostile, ["traceback"] = new JsonArray() });
        var path = Path.Combine(nb.Directory, "saved.ipynb");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    [Fact]
    public async Task PublishAsync_SavedOutputs_RendersByMimeTypeAndDropsChatter()
    {
        using var nb = new TestNotebook();
        var path = SavedOutputsNotebook(nb);
        var outDir = Path.Combine(nb.Directory, "site");
        var result = await NotebookPublisher.PublishAsync([path], Options(outDir));
        Assert.True(result.Succeeded);
        var published = Assert.Single(result.Notebooks);
        Assert.Equal(2, published.DroppedOutputs);
        Assert.Equal("Saved outputs", published.Title);

        var doc = Parse(published.HtmlPath!);
        Assert.Equal("Saved outputs", doc.QuerySelector("h1")!.TextContent);
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.Equal("Section", doc.QuerySelector("h3")!.TextContent); // markdown ## moved under the page's h1 -> h3
        var text = doc.Body!.TextContent;
        Assert.DoesNotContain("Installed Packages", text);
        Assert.DoesNotContain("Loading extensions", text);
        // markdown raw HTML and plain-text outputs stay text
        Assert.Empty(doc.QuerySelectorAll("main img:not([src^='data:'])"));
        Assert.Empty(doc.QuerySelectorAll("[onerror]"));
        Assert.Contains(Hostile, text);
        // external link kept as text, local link kept
        Assert.Contains("an external link (https://example.org/page)", text);
        Assert.Empty(doc.QuerySelectorAll("a[href^='http']"));
        Assert.NotNull(doc.QuerySelector("a[href='#x']"));
        // image/png -> data URI; text/html preferred over text/plain; CDN script removed
        Assert.Equal("data:image/png;base64,iVBORw0KGgo=", doc.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("bold html", doc.QuerySelector(".cell-output b")!.TextContent);
        Assert.DoesNotContain("ignored", text);
        Assert.Empty(doc.QuerySelectorAll("script"));
        // streams and errors
        Assert.Equal("line 1\nline 2\n", doc.QuerySelector("pre.stream")!.TextContent);
        Assert.Contains("System.Exception: bad", doc.QuerySelector(".cell-error")!.TextContent);
        // code cells are hideable
        Assert.Equal(3, doc.QuerySelectorAll("details.cell-code").Length);
        Assert.All(doc.QuerySelectorAll("details.cell-code"), d => Assert.False(d.HasAttribute("open")));
        Assert.Equal("Code (cell 3)", doc.QuerySelectorAll("details.cell-code summary")[1].TextContent);
    }

    [Fact]
    public async Task PublishAsync_ExecutedCharts_PlotlyInlinedOncePerPageAndDeterministic()
    {
        using var nb = new TestNotebook();
        var path = nb.Write("charts.ipynb",
            TestCell.Markdown("# Charts\nThree charts."),
            TestCell.Code("using Csc.Analysis.Reporting.Charts;\nReportCharts.Bar(new BarChartOptions { Title = \"Bars\", Categories = [\"a\", \"b\"], Series = [new ChartSeries(\"s\", [1, 2])] })"),
            TestCell.Code("ReportCharts.Seasonal(new SeasonalChartOptions { Title = \"Seasons\", Values = [1, 2, 3, 4, 5, 6, -6, -5, -4, -3, -2, -1] })"),
            TestCell.Code("Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2, 3 }, new[] { 2, 4, 8 })"));
        var before = File.ReadAllBytes(path);
        var first = await NotebookPublisher.PublishAsync([path], Options(Path.Combine(nb.Directory, "a"), execute: true));
        var second = await NotebookPublisher.PublishAsync([path], Options(Path.Combine(nb.Directory, "b"), execute: true));
        Assert.True(first.Succeeded, first.Notebooks[0].Failure?.ToString());
        var bytesA = File.ReadAllBytes(first.Notebooks[0].HtmlPath!);
        var bytesB = File.ReadAllBytes(second.Notebooks[0].HtmlPath!);
        Assert.Equal(bytesA, bytesB);
        Assert.Equal(File.ReadAllBytes(first.IndexPath), File.ReadAllBytes(second.IndexPath));

        var html = File.ReadAllText(first.Notebooks[0].HtmlPath!);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Single(doc.QuerySelectorAll("script[data-csc-plotly]"));
        Assert.Single(Regex.Matches(html, "plotly.js v2.28.0"));
        Assert.Equal(3, doc.QuerySelectorAll("div.plot").Length);
        Assert.Empty(doc.QuerySelectorAll("script[src]"));
        // Every script of the page, the notebook's chart scripts included, is allowed by its hash and nothing else is.
        Assert.Equal(HtmlPageBuilder.ContentSecurityPolicy(doc.QuerySelectorAll("script").Select(e => e.TextContent)),
            doc.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        // --execute does not touch the notebook file
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task PublishAsync_FailingNotebook_NoPageAndIndexSaysWhichCell()
    {
        using var nb = new TestNotebook();
        var good = nb.Write("a-good.ipynb", TestCell.Markdown("# Good"), TestCell.Code("1 + 1"));
        var bad = nb.Write("b-bad.ipynb", TestCell.Markdown("# Bad"), TestCell.Code("throw new Exception(\"no data\");"));
        var outDir = Path.Combine(nb.Directory, "site");
        var result = await NotebookPublisher.PublishAsync(NotebookPublisher.FindNotebooks(nb.Directory), Options(outDir, execute: true));
        Assert.False(result.Succeeded);
        Assert.Equal([good, bad], result.Notebooks.Select(n => n.NotebookPath));
        Assert.NotNull(result.Notebooks[0].HtmlPath);
        Assert.Null(result.Notebooks[1].HtmlPath);
        Assert.False(File.Exists(Path.Combine(outDir, "b-bad.html")));
        var index = Parse(result.IndexPath);
        var rows = index.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal("a-good.html", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Good", rows[0].QuerySelector("a")!.TextContent);
        Assert.StartsWith("cell 2 failed: ", rows[1].QuerySelectorAll("td")[1].TextContent);
        Assert.Contains("no data", rows[1].TextContent);
    }

    [Fact]
    public async Task PublishAsync_ExecuteWhenNoOutputs_RunsOnlyTheNotebooksWithoutSavedOutputs()
    {
        using var nb = new TestNotebook();
        var saved = SavedOutputsNotebook(nb);
        var unrun = nb.Write("unrun.ipynb", TestCell.Markdown("# Unrun"), TestCell.Code("Console.WriteLine(6 * 7);"));
        var before = File.ReadAllBytes(unrun);
        Assert.True(NotebookPublisher.HasSavedOutputs(saved));
        Assert.False(NotebookPublisher.HasSavedOutputs(unrun));
        var options = Options(Path.Combine(nb.Directory, "site")) with { ExecuteWhenNoOutputs = true };
        var result = await NotebookPublisher.PublishAsync([saved, unrun], options);
        Assert.True(result.Succeeded, string.Join("; ", result.Notebooks.Select(n => n.Failure?.ToString())));
        var savedPage = File.ReadAllText(result.Notebooks[0].HtmlPath!);
        var unrunPage = Parse(result.Notebooks[1].HtmlPath!);
        // the saved notebook is published as saved (its throwing cell was not run again), the other was run for its page
        Assert.Contains("saved.ipynb (SHA-256 ", savedPage, StringComparison.Ordinal);
        Assert.Contains(", outputs as saved.", savedPage, StringComparison.Ordinal);
        Assert.Equal("42", unrunPage.QuerySelector(".cell-output")!.TextContent.Trim());
        Assert.Contains(", executed for this page.", unrunPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(unrun));
    }

    [Fact]
    public async Task PublishAsync_WithoutExecution_UnrunNotebookGivesAPageWithoutOutputs()
    {
        using var nb = new TestNotebook();
        var unrun = nb.Write("unrun.ipynb", TestCell.Markdown("# Unrun"), TestCell.Code("Console.WriteLine(6 * 7);"));
        var result = await NotebookPublisher.PublishAsync([unrun], Options(Path.Combine(nb.Directory, "site")));
        var page = Parse(result.Notebooks[0].HtmlPath!);
        Assert.Empty(page.QuerySelectorAll(".cell-output"));
    }

    [Fact]
    public void FindNotebooks_EmptyFolder_Throws()
    {
        using var nb = new TestNotebook();
        var ex = Assert.Throws<NotebookException>(() => NotebookPublisher.FindNotebooks(nb.Directory));
        Assert.Equal($"No .ipynb notebooks in folder '{nb.Directory}'.", ex.Message);
    }

    [Fact]
    public void FindNotebooks_Missing_Throws()
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookPublisher.FindNotebooks("/no/such/place.ipynb"));
        Assert.Equal("'/no/such/place.ipynb' is neither a notebook nor a folder.", ex.Message);
    }
}

public sealed class PlotlyNetOutputTests
{
    [Fact]
    public void StableIds_PlotlyNetChartHtml_GuidsReplacedEverywhere()
    {
        var chart = Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 });
        var html = Plotly.NET.GenericChart.toChartHTML(chart);
        var guid = Regex.Match(html, "id=\"([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.NotEmpty(guid);
        var stable = NotebookPublisher.StableIds(html, 4, 2);
        Assert.DoesNotContain(guid, stable);
        Assert.DoesNotContain(guid.Replace("-", ""), stable);
        Assert.Contains("id=\"plotly-c4-o2-1\"", stable);
        Assert.Contains("Plotly.newPlot('plotly-c4-o2-1'", stable);
        Assert.Contains("renderPlotly_plotly_c4_o2_1()", stable);
    }

    [Fact]
    public async Task PublishAsync_PlotlyNetEmbeddedHtmlWithCdnScript_ServedByInlinePlotly()
    {
        using var nb = new TestNotebook();
        var chart = Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 });
        var json = JsonNode.Parse(TestNotebook.Json(TestCell.Code("chart")))!;
        json["cells"]![0]!["outputs"] = new JsonArray(new JsonObject
        {
            ["output_type"] = "display_data",
            ["metadata"] = new JsonObject(),
            ["data"] = new JsonObject { ["text/html"] = "<script src=\"https://cdn.plot.ly/plotly-2.28.0.min.js\" charset=\"utf-8\"></script>" + Plotly.NET.GenericChart.toChartHTML(chart) },
        });
        var path = Path.Combine(nb.Directory, "plotlynet.ipynb");
        File.WriteAllText(path, json.ToJsonString());
        var result = await NotebookPublisher.PublishAsync([path], new PublishOptions { OutputDirectory = Path.Combine(nb.Directory, "out"), Environment = _ => null });
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(result.Notebooks[0].HtmlPath!));
        Assert.Empty(doc.QuerySelectorAll("script[src]"));
        Assert.Single(doc.QuerySelectorAll("script[data-csc-plotly]"));
        Assert.NotNull(doc.QuerySelector("#plotly-c1-o1-1"));
    }
}
