using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests.Html;

public sealed class HtmlPageBuilderTests
{
    private static readonly Lazy<string> Page = new(() => TestPages.SamplePage());

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Build_Twice_IsByteIdentical()
    {
        Assert.Equal(Page.Value, TestPages.SamplePage());
    }

    [Fact]
    public void Build_Head_HasCharsetCspTitleAndLanguage()
    {
        var doc = Parse(Page.Value);
        Assert.Equal("en-GB", doc.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(doc.QuerySelector("meta[charset=utf-8]"));
        var csp = doc.QuerySelector("meta[http-equiv=Content-Security-Policy]");
        Assert.NotNull(csp);
        var policy = csp!.GetAttribute("content")!;
        Assert.StartsWith("default-src 'none'; script-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.EndsWith("; style-src 'unsafe-inline'; img-src data:", policy, StringComparison.Ordinal);
        // Every inline script is allowed by its own hash, and nothing else is: no 'unsafe-inline' for scripts,
        // so an inline event handler or an injected script would not run.
        var scripts = doc.QuerySelectorAll("script").Select(e => e.TextContent).ToList();
        Assert.Equal(HtmlPageBuilder.ContentSecurityPolicy(scripts), policy);
        Assert.Equal(scripts.Distinct().Count(), policy.Split("'sha256-").Length - 1);
        Assert.Equal("Monthly KPI report: May 2017", doc.Title);
        Assert.Single(doc.QuerySelectorAll("style"));
    }

    [Fact]
    public void Build_Headings_OneH1AndNoSkippedLevels()
    {
        var doc = Parse(Page.Value);
        var levels = doc.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading {i} is h{levels[i]} after h{levels[i - 1]}");
        }
        Assert.Contains(3, levels); // "Sources" is nested in "Front door"
    }

    [Fact]
    public void Build_SeveralCharts_PlotlyInlinedExactlyOnce()
    {
        var html = Page.Value;
        var doc = Parse(html);
        var plotlyScripts = doc.QuerySelectorAll("script[data-csc-plotly]");
        Assert.Single(plotlyScripts);
        Assert.Equal(PageAssets.PlotlyJsVersion, plotlyScripts[0].GetAttribute("data-csc-plotly"));
        Assert.Single(Regex.Matches(html, Regex.Escape("plotly.js v" + PageAssets.PlotlyJsVersion)));
        var charts = doc.QuerySelectorAll("figure.chart");
        Assert.Equal(6, charts.Length);
        // one plotly.js script plus one inline drawing script per chart, nothing else
        Assert.Equal(7, doc.QuerySelectorAll("script").Length);
        Assert.All(charts, c => Assert.Contains("Plotly.newPlot", c.QuerySelector("script")!.TextContent));
    }

    [Fact]
    public void Build_NoExternalUrlsInAttributes()
    {
        var doc = Parse(Page.Value);
        Assert.Empty(doc.QuerySelectorAll("script[src], link, iframe, object, embed"));
        foreach (var element in doc.All)
        {
            foreach (var attr in element.Attributes)
            {
                if (attr.Name is "src" or "href" or "action" or "srcset" or "poster" or "xlink:href")
                {
                    Assert.DoesNotMatch("^\\s*(https?:|//|javascript:)", attr.Value);
                }
            }
        }
        // URLs may appear only as text (the hostile string) or inside plotly.js itself.
        var outsideScripts = Regex.Replace(Page.Value, "<script[^>]*>.*?</script>", string.Empty, RegexOptions.Singleline);
        foreach (Match m in Regex.Matches(outsideScripts, "(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", RegexOptions.IgnoreCase))
        {
            Assert.Fail("external URL attribute: " + m.Value);
        }
    }

    [Fact]
    public void Build_EveryChart_HasAccessibleNameAndDataTable()
    {
        var doc = Parse(Page.Value);
        foreach (var figure in doc.QuerySelectorAll("figure.chart"))
        {
            var plot = figure.QuerySelector("div.plot")!;
            Assert.Equal("img", plot.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(plot.GetAttribute("aria-label")));
            var caption = figure.QuerySelector("figcaption")!;
            Assert.Equal(caption.Id, figure.GetAttribute("aria-labelledby"));
            var table = figure.QuerySelector("details table");
            Assert.NotNull(table);
            Assert.True(table!.QuerySelectorAll("tbody tr").Length > 0);
        }
    }

    [Fact]
    public void Build_ChartIds_AreUniqueAndDeterministic()
    {
        var doc = Parse(Page.Value);
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(doc.QuerySelectorAll("div.plot"), p => Assert.Matches("^chart-[0-9a-f]{8}(-[0-9]+)?$", p.Id!));
    }

    [Fact]
    public void Build_HostileStrings_AreEscapedEverywhere()
    {
        var doc = Parse(Page.Value);
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Empty(doc.QuerySelectorAll("[onerror]"));
        Assert.Contains(TestPages.Hostile, doc.QuerySelector("footer")!.TextContent);
        Assert.Contains(doc.QuerySelectorAll("main p"), p => p.TextContent.Contains(TestPages.Hostile, StringComparison.Ordinal));
        Assert.Contains(doc.QuerySelectorAll("tbody th"), th => th.TextContent == TestPages.Hostile);
    }

    [Fact]
    public void Build_WithoutCharts_HasNoPlotly()
    {
        var page = new HtmlPageBuilder(new HtmlPageOptions { Title = "Data quality", Environment = _ => null });
        page.Section("Issues", s => s.Paragraph("None."));
        var html = page.Build();
        Assert.DoesNotContain("data-csc-plotly", html);
        Assert.True(html.Length < 20_000);
        Assert.DoesNotContain("<noscript>", html);
    }

    [Fact]
    public void Build_NoStampAndNoSourceDateEpoch_HasNoGeneratedLine()
    {
        Assert.DoesNotContain("Generated", Page.Value);
    }

    [Fact]
    public void Build_SourceDateEpochSet_ShowsThatStamp()
    {
        var page = new HtmlPageBuilder(new HtmlPageOptions { Title = "T", Environment = name => name == "SOURCE_DATE_EPOCH" ? "1496275200" : null });
        // 1496275200 s = 17318 days * 86400 = 2017-06-01T00:00:00Z
        Assert.Contains("<p class=\"meta\">Generated 2017-06-01 00:00 UTC</p>", page.Build());
    }

    [Fact]
    public void Build_ExplicitStamp_WinsOverSourceDateEpoch()
    {
        var page = new HtmlPageBuilder(new HtmlPageOptions
        {
            Title = "T",
            GeneratedAt = new DateTimeOffset(2017, 6, 5, 10, 30, 0, TimeSpan.FromHours(1)),
            Environment = _ => "1496275200",
        });
        Assert.Contains("Generated 2017-06-05 09:30 UTC", page.Build());
    }

    [Fact]
    public void ParseSourceDateEpoch_NotANumber_ThrowsHelpfulMessage()
    {
        var ex = Assert.Throws<FormatException>(() => GeneratedStamp.ParseSourceDateEpoch("yesterday"));
        Assert.Equal("SOURCE_DATE_EPOCH='yesterday' is not a whole number of seconds since 1970-01-01 UTC; unset it or set it to e.g. 1496275200.", ex.Message);
    }

    [Fact]
    public void Constructor_BlankTitle_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HtmlPageBuilder(new HtmlPageOptions { Title = " " }));
    }

    [Fact]
    public void Build_PrintStyles_ArePresent()
    {
        var css = Parse(Page.Value).QuerySelector("style")!.TextContent;
        Assert.Contains("@media print", css);
        Assert.Contains("break-inside: avoid", css);
    }

    [Fact]
    public void Save_WritesUtf8WithoutBom()
    {
        var path = Path.Combine(Path.GetTempPath(), "csc-page-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var page = new HtmlPageBuilder(new HtmlPageOptions { Title = "Café £5", Environment = _ => null });
            page.Save(path);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'<', bytes[0]);
            Assert.Contains("Café £5", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ContentSecurityPolicy_NoScripts_AllowsNone_HashIsTheStandardOne()
    {
        Assert.Equal("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:", HtmlPageBuilder.ContentSecurityPolicy([]));
        // sha256("alert('Hello, world.');") as in the CSP specification's example.
        Assert.Contains("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='", HtmlPageBuilder.ContentSecurityPolicy(["alert('Hello, world.');"]), StringComparison.Ordinal);
    }
}
