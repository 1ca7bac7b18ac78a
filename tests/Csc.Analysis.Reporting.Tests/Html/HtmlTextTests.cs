using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests.Html;

public sealed class HtmlTextTests
{
    [Fact]
    public void Escape_AllSpecialCharacters_AreEntities()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", HtmlText.Escape("<a href=\"x\">Tom & Jerry's</a>"));
    }

    [Fact]
    public void Escape_NullAndPlain_AreUnchanged()
    {
        Assert.Equal(string.Empty, HtmlText.Escape(null));
        Assert.Equal("plain text", HtmlText.Escape("plain text"));
    }

    [Fact]
    public void Escape_ControlCharacters_AreReplaced()
    {
        Assert.Equal("a\uFFFDb\tc\n", HtmlText.Escape("a\u0001b\tc\n"));
    }

    [Fact]
    public void JsonForScript_ClosingScriptTag_IsEscaped()
    {
        var safe = HtmlText.JsonForScript("{\"t\":\"</script><!--&\"}");
        Assert.DoesNotContain("<", safe);
        Assert.DoesNotContain(">", safe);
        Assert.Equal("{\"t\":\"\\u003c/script\\u003e\\u003c!--\\u0026\"}", safe);
    }

    [Fact]
    public void JsString_QuotesAndTags_AreEscaped()
    {
        Assert.Equal("\"a\\\"b\\\\c\\u003c/script\\u003e\\n\"", HtmlText.JsString("a\"b\\c</script>\n"));
    }

    [Fact]
    public void Escape_DirectionOverridesAndIsolates_AreReplaced()
        => Assert.Equal("Team \uFFFDA\uFFFD \uFFFDx\uFFFD", HtmlText.Escape("Team \u202EA\u202C \u2066x\u2069"));

    [Fact]
    public void JsonForScript_DirectionControls_RawOrEscaped_AreNeutralised()
    {
        Assert.Equal("{\"t\":\"a\\ufffdb\"}", HtmlText.JsonForScript("{\"t\":\"a\u202Eb\"}"));
        Assert.Equal("{\"t\":\"a\\ufffdb\\ufffd\"}", HtmlText.JsonForScript("{\"t\":\"a\\u202Eb\\u2067\"}"));
        // An escaped backslash followed by the letters u202e is text, not an escape: left alone.
        Assert.Equal("{\"t\":\"\\\\u202e\"}", HtmlText.JsonForScript("{\"t\":\"\\\\u202e\"}"));
        // An escaped backslash and then a real escape: the escape is neutralised, the backslash kept.
        Assert.Equal("{\"t\":\"\\\\\\ufffd\"}", HtmlText.JsonForScript("{\"t\":\"\\\\\\u202E\"}"));
    }
}
