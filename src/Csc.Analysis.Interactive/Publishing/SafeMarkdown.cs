using Csc.Analysis.Reporting.Html;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Csc.Analysis.Interactive.Publishing;

/// <summary>
/// Markdown to HTML for published pages with Markdig: raw HTML is disabled (shown as text), links
/// that leave the page become their text followed by the address in brackets, local images are
/// embedded as data: URIs (png, jpeg, gif, svg) or replaced by their alt text, and headings are
/// moved down one level so the page's h1 stays the only one.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    /// <summary>The first level-1 heading's text, if the markdown starts with one.</summary>
    public static string? LeadingTitle(string markdown)
    {
        var doc = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        return doc.FirstOrDefault() is HeadingBlock { Level: 1 } h ? InlineText(h.Inline) : null;
    }

    /// <summary>Renders markdown safely. <paramref name="dropLeadingTitle"/> removes a leading h1 (used as the page title).</summary>
    public static HtmlFragment ToHtml(string markdown, string? baseDirectory = null, bool dropLeadingTitle = false, int headingShift = 1)
    {
        var doc = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        if (dropLeadingTitle && doc.FirstOrDefault() is HeadingBlock { Level: 1 } first)
        {
            doc.Remove(first);
        }
        foreach (var heading in doc.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Clamp(heading.Level + headingShift, 1, 6);
        }
        foreach (var link in doc.Descendants<LinkInline>().ToList())
        {
            Secure(link, baseDirectory);
        }
        foreach (var auto in doc.Descendants<AutolinkInline>().ToList())
        {
            auto.ReplaceBy(new LiteralInline(auto.Url));
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(doc);
        writer.Flush();
        return HtmlFragment.Trusted(writer.ToString());
    }

    private static void Secure(LinkInline link, string? baseDirectory)
    {
        var url = link.Url ?? string.Empty;
        if (link.IsImage)
        {
            var alt = InlineText(link);
            if (ImageDataUri(url, baseDirectory) is { } data)
            {
                link.Url = data;
                return;
            }
            link.ReplaceBy(new LiteralInline(string.IsNullOrWhiteSpace(alt) ? $"[image: {url}]" : $"[image: {alt}]"));
            return;
        }
        if (IsLocal(url))
        {
            return;
        }
        // Keep the link text, then the address as plain text: nothing on the page points away.
        var children = new List<Inline>();
        for (var c = link.FirstChild; c is not null; c = c.NextSibling)
        {
            children.Add(c);
        }
        foreach (var c in children)
        {
            c.Remove();
            link.InsertBefore(c);
        }
        link.InsertBefore(new LiteralInline($" ({url})"));
        link.Remove();
    }

    private static bool IsLocal(string url)
    {
        var u = url.Trim();
        if (u.StartsWith('#'))
        {
            return true;
        }
        if (u.StartsWith("//", StringComparison.Ordinal) || u.StartsWith("\\\\", StringComparison.Ordinal))
        {
            return false;
        }
        var colon = u.IndexOf(':', StringComparison.Ordinal);
        var slash = u.IndexOf('/', StringComparison.Ordinal);
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    private static string? ImageDataUri(string url, string? baseDirectory)
    {
        if (baseDirectory is null || !IsLocal(url) || url.StartsWith('#'))
        {
            return null;
        }
        var relative = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        var path = Path.GetFullPath(relative, baseDirectory);
        var mime = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".gif" => "image/gif",
            ".svg" => "image/svg+xml",
            _ => null,
        };
        if (mime is null || !File.Exists(path))
        {
            return null;
        }
        return $"data:{mime};base64,{Convert.ToBase64String(File.ReadAllBytes(path))}";
    }

    private static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }
        var sb = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline l:
                    sb.Append(l.Content.ToString());
                    break;
                case CodeInline c:
                    sb.Append(c.Content);
                    break;
            }
        }
        return sb.ToString().Trim();
    }
}
