using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests.Html;

/// <summary>Text from the data built to attack the page: it must be shown as text and never run.</summary>
public sealed class HostileTextTests
{
    private const string Payload = "</script><script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">\u202Egnp.exe";

    private static string Page(bool withInlineHandler)
    {
        var page = new HtmlPageBuilder(new HtmlPageOptions { Title = "Hostile " + Payload });
        page.Section("Team " + Payload, s => s.Paragraph("Worker " + Payload));
        if (withInlineHandler)
        {
            // Trusted markup with an inline handler: the policy must refuse it even so.
            page.Add(HtmlFragment.Trusted("<img alt=\"probe\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" onload=\"document.title='pwned'\">"));
        }
        return page.Build();
    }

    [Fact]
    public void Payload_IsEscaped_AndTheOverrideNeutralised()
    {
        var html = Page(withInlineHandler: false);
        Assert.DoesNotContain("<script>document.title", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', html);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;document.title=&#39;pwned&#39;", html, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void InHeadlessChromium_NoScriptFromTheDataOrAnInlineHandlerRuns()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("csc-hostile-").FullName, "page.html");
        File.WriteAllText(path, Page(withInlineHandler: true));
        var dom = HeadlessChromium.Run(path);
        Assert.Contains("<title>Hostile &lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>pwned</title>", dom, StringComparison.Ordinal);
        Assert.Contains("alt=\"probe\"", dom, StringComparison.Ordinal);
    }
}
