using Csc.Analysis.Interactive.Publishing;

namespace Csc.Analysis.Interactive.Tests.Publishing;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void ToHtml_RawHtml_IsEscaped()
    {
        var html = SafeMarkdown.ToHtml("Hello <script>alert(1)</script> <b>x</b>").Markup;
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void ToHtml_ExternalLinkAndAutolink_BecomeText()
    {
        var html = SafeMarkdown.ToHtml("See [the guide](https://www.gov.uk/guide) and <https://example.org>.").Markup;
        Assert.DoesNotContain("href=\"http", html);
        Assert.Contains("the guide (https://www.gov.uk/guide)", html);
        Assert.Contains("https://example.org", html);
    }

    [Fact]
    public void ToHtml_JavascriptLink_BecomesText()
    {
        var html = SafeMarkdown.ToHtml("[click](javascript:alert(1))").Markup;
        Assert.DoesNotContain("href", html);
    }

    [Fact]
    public void ToHtml_RelativeLink_IsKept()
    {
        Assert.Contains("<a href=\"other.html\">other</a>", SafeMarkdown.ToHtml("[other](other.html)").Markup);
    }

    [Fact]
    public void ToHtml_LocalPng_EmbeddedAsDataUri()
    {
        var dir = Directory.CreateTempSubdirectory("csc-md-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "pic.png"), [0x89, 0x50, 0x4E, 0x47]);
            var html = SafeMarkdown.ToHtml("![A picture](pic.png) ![remote](https://example.org/a.png)", dir).Markup;
            Assert.Contains("src=\"data:image/png;base64,iVBORw==\"", html);
            Assert.Contains("[image: remote]", html);
            Assert.DoesNotContain("example.org", html);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ToHtml_Headings_ShiftedAndLeadingTitleDropped()
    {
        var html = SafeMarkdown.ToHtml("# Title\n\n## Part", dropLeadingTitle: true).Markup;
        Assert.DoesNotContain("Title", html);
        Assert.Contains("<h3>Part</h3>", html);
    }

    [Fact]
    public void LeadingTitle_FirstBlockH1_ReturnsText()
    {
        Assert.Equal("Re-referrals: why?", SafeMarkdown.LeadingTitle("# Re-referrals: *why?*\ntext"));
        Assert.Null(SafeMarkdown.LeadingTitle("text\n# Later"));
    }
}
