using AngleSharp.Html.Parser;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests.Html;

public sealed class RagBadgeTests
{
    [Theory]
    [InlineData(RagTone.Red, "Red", "rag-red")]
    [InlineData(RagTone.Amber, "Amber", "rag-amber")]
    [InlineData(RagTone.Green, "Green", "rag-green")]
    [InlineData(RagTone.NotRated, "Not rated", "rag-none")]
    public void WriteHtml_NoLabel_ShowsToneAsText(RagTone tone, string text, string css)
    {
        var doc = new HtmlParser().ParseDocument(HtmlFragment.Render(new RagBadge(tone)).Markup);
        var span = doc.QuerySelector("span.rag")!;
        Assert.Contains(css, span.ClassName);
        Assert.Equal(text, span.TextContent.Trim());
        Assert.Equal("true", span.QuerySelector(".rag-dot")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void WriteHtml_LabelWithoutToneWord_AddsHiddenToneForScreenReaders()
    {
        var doc = new HtmlParser().ParseDocument(HtmlFragment.Render(new RagBadge(RagTone.Amber, "Just below 85%")).Markup);
        var span = doc.QuerySelector("span.rag")!;
        Assert.Equal("Amber: Just below 85%", span.TextContent.Trim());
        Assert.Equal("Amber: Just below 85%", span.GetAttribute("title"));
    }

    [Fact]
    public void WriteHtml_HostileLabel_IsEscaped()
    {
        var markup = HtmlFragment.Render(new RagBadge(RagTone.Red, "<img src=x onerror=alert(1)>")).Markup;
        Assert.DoesNotContain("<img", markup);
        var doc = new HtmlParser().ParseDocument(markup);
        Assert.Empty(doc.QuerySelectorAll("img"));
    }
}
