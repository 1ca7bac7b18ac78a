using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests.Html;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Element_TextAndAttributes_AreEscaped()
    {
        var w = new HtmlWriter();
        w.Element("p", "<b>x</b>", ("title", "\"><script>"), ("class", null));
        Assert.Equal("<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;x&lt;/b&gt;</p>", w.ToFragment().Markup);
    }

    [Theory]
    [InlineData("https://cdn.plot.ly/plotly.js")]
    [InlineData("http://example.org")]
    [InlineData("//example.org/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    public void Open_ExternalHref_Throws(string url)
    {
        var w = new HtmlWriter();
        var ex = Assert.Throws<ArgumentException>(() => w.Open("a", ("href", url)));
        Assert.Contains("points outside the page", ex.Message);
    }

    [Theory]
    [InlineData("a", "href", "#section-1")]
    [InlineData("a", "href", "report-2017-05.html")]
    [InlineData("img", "src", "data:image/png;base64,AAAA")]
    public void Open_LocalUrl_IsAllowed(string tag, string attribute, string url)
    {
        var w = new HtmlWriter();
        w.Void(tag, (attribute, url));
        Assert.Contains(url, w.ToString());
    }

    [Fact]
    public void Open_EventHandlerAttribute_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new HtmlWriter().Open("div", ("onclick", "x()")));
        Assert.Contains("Event-handler attribute 'onclick'", ex.Message);
    }

    [Fact]
    public void Open_ScriptElement_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Open("script"));
    }

    [Fact]
    public void Open_InvalidTagName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new HtmlWriter().Open("div onload=x"));
        Assert.Contains("Invalid tag name", ex.Message);
    }

    [Fact]
    public void Close_WrongTag_ThrowsWithInnermost()
    {
        var w = new HtmlWriter().Open("div").Open("span");
        var ex = Assert.Throws<InvalidOperationException>(() => w.Close("div"));
        Assert.Equal("Cannot close <div>: the innermost open element is <span>.", ex.Message);
    }

    [Fact]
    public void ToFragment_UnclosedElement_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new HtmlWriter().Open("section").ToFragment());
        Assert.Equal("Element <section> was opened but not closed.", ex.Message);
    }

    [Fact]
    public void Heading_SkippingALevel_Throws()
    {
        var w = new HtmlWriter();
        w.Heading(2, "Front door");
        var ex = Assert.Throws<InvalidOperationException>(() => w.Heading(4, "Detail"));
        Assert.Equal("Heading level 4 ('Detail') follows level 2: headings must not skip levels; use level 3.", ex.Message);
    }

    [Fact]
    public void Heading_AtContextLevel_Throws()
    {
        var w = new HtmlWriter(new HtmlWriterOptions { ContextHeadingLevel = 2 });
        Assert.Throws<InvalidOperationException>(() => w.Heading(2, "Too high"));
        w.Heading(3, "Fine");
    }

    [Fact]
    public void Section_Nested_HeadingLevelsFollowDepth()
    {
        var w = new HtmlWriter();
        w.Section("A", a => a.Section("B", b => b.Section("C", _ => { })));
        w.Section("D", _ => { });
        var html = w.ToFragment().Markup;
        Assert.Contains("<h2 id=\"h-", html);
        Assert.Contains(">A</h2>", html);
        Assert.Contains(">B</h3>", html);
        Assert.Contains(">C</h4>", html);
        Assert.Contains(">D</h2>", html);
        Assert.Contains("aria-labelledby=\"h-", html);
    }

    [Fact]
    public void NewId_SameContent_IsStableAndDeduplicated()
    {
        var w1 = new HtmlWriter();
        var w2 = new HtmlWriter();
        var a1 = w1.NewId("chart", "content");
        var b1 = w1.NewId("chart", "content");
        var a2 = w2.NewId("chart", "content");
        Assert.Equal(a1, a2);
        Assert.Equal(a1 + "-2", b1);
        // SHA-256("content") starts ed7002b4...
        Assert.Equal("chart-ed7002b4", a1);
    }

    [Fact]
    public void Script_ContainingClosingTag_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Script("var s='</script>';"));
    }
}
