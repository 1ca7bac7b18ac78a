using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Csc.Analysis.Output;

namespace Csc.Analysis.Reporting.Html;

/// <summary>What a page says about itself.</summary>
public sealed record HtmlPageOptions
{
    /// <summary>The page title: the &lt;title&gt; and the single h1.</summary>
    public required string Title { get; init; }

    /// <summary>A lead paragraph under the title.</summary>
    public string? Subtitle { get; init; }

    /// <summary>BCP 47 language of the page.</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>
    /// The "generated at" stamp. Null: SOURCE_DATE_EPOCH if set, else no stamp (see <see cref="GeneratedStamp"/>).
    /// Pass a time from the caller's TimeProvider to stamp the page; never DateTime.Now.
    /// </summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Lines for the footer (sources, hashes, versions), as text.</summary>
    public IReadOnlyList<string> FooterLines { get; init; } = [];

    /// <summary>Environment reader for SOURCE_DATE_EPOCH (tests inject one).</summary>
    public Func<string, string?>? Environment { get; init; }

    /// <summary>
    /// A protective marking (e.g. OFFICIAL-SENSITIVE) printed above the title and at the foot of the page, and
    /// named in a meta element; null for none.
    /// </summary>
    public string? Marking { get; init; }
}

/// <summary>
/// Builds one self-contained HTML page: inline CSS, plotly.js inlined once when any chart is on
/// the page, a Content-Security-Policy that forbids every other host, no external URL, print
/// styles, headings in order, and byte-identical output for the same inputs.
/// </summary>
/// <example>
/// <code>
/// var page = new HtmlPageBuilder(new HtmlPageOptions { Title = "KPI report May 2017" });
/// page.Section("Referrals", s => s.Paragraph("...").Write(ReportCharts.Trend(options)));
/// File.WriteAllText(path, page.Build());   // or page.Save(path)
/// </code>
/// </example>
public sealed partial class HtmlPageBuilder
{
    private const string PolicyPlaceholder = "\u0001csp\u0001";

    /// <summary>
    /// The page's policy: nothing may load from anywhere; only the page's own inline scripts run, each allowed by
    /// its SHA-256 hash, so inline event handlers (<c>onclick=</c>, <c>onerror=</c>) and any script injected by data
    /// are refused by the browser; inline styles and data: images only. The same scripts give the same policy.
    /// </summary>
    public static string ContentSecurityPolicy(IEnumerable<string> inlineScripts)
    {
        ArgumentNullException.ThrowIfNull(inlineScripts);
        var hashes = inlineScripts
            .Select(script => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var scripts = hashes.Count == 0 ? "'none'" : string.Join(' ', hashes);
        return $"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; img-src data:";
    }

    /// <summary>The text of every inline script element of <paramref name="html"/>, in order.</summary>
    public static IReadOnlyList<string> InlineScripts(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return [.. ScriptElement().Matches(html).Select(m => m.Groups["body"].Value)];
    }

    [GeneratedRegex("<script\\b[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptElement();

    private readonly HtmlPageOptions _options;
    private readonly HtmlWriter _body = new(new HtmlWriterOptions { ContextHeadingLevel = 1 });
    private bool _forcePlotly;

    /// <summary>A page built with <paramref name="options"/>.</summary>
    public HtmlPageBuilder(HtmlPageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Title))
        {
            throw new ArgumentException("The page needs a title (HtmlPageOptions.Title): it is the h1 and the browser tab name.", nameof(options));
        }
        _options = options;
    }

    /// <summary>The writer of the main content (sections become h2).</summary>
    public HtmlWriter Body => _body;

    /// <summary>Adds a renderable (a table, a chart, a KPI summary).</summary>
    public HtmlPageBuilder Add(IHtmlRenderable renderable)
    {
        _body.Write(renderable);
        return this;
    }

    /// <summary>Adds trusted markup. Say whether it draws Plotly charts so plotly.js is inlined.</summary>
    public HtmlPageBuilder Add(HtmlFragment fragment, bool drawsPlotlyCharts = false)
    {
        _body.Raw(fragment);
        _forcePlotly |= drawsPlotlyCharts;
        return this;
    }

    /// <summary>Adds a section with an h2 heading.</summary>
    public HtmlPageBuilder Section(string title, Action<HtmlWriter> body)
    {
        _body.Section(title, body);
        return this;
    }

    /// <summary>Adds a paragraph of text.</summary>
    public HtmlPageBuilder Paragraph(string text)
    {
        _body.Paragraph(text);
        return this;
    }

    /// <summary>True when the page will carry plotly.js.</summary>
    public bool IncludesPlotly => _forcePlotly || _body.UsesPlotly;

    /// <summary>The complete page (LF line ends).</summary>
    public string Build()
    {
        var main = _body.ToFragment();
        var stamp = GeneratedStamp.Resolve(_options.GeneratedAt, _options.Environment);
        var sb = new StringBuilder(main.Markup.Length + (IncludesPlotly ? PageAssets.PlotlyJs.Length : 0) + 16_384);
        sb.Append("<!DOCTYPE html>\n")
          .Append("<html lang=\"").Append(HtmlText.Escape(_options.Language)).Append("\">\n")
          .Append("<head>\n")
          .Append("<meta charset=\"utf-8\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(PolicyPlaceholder).Append("\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Csc.Analysis\">\n");
        if (!string.IsNullOrWhiteSpace(_options.Marking))
        {
            sb.Append("<meta name=\"classification\" content=\"").Append(HtmlText.Escape(_options.Marking)).Append("\">\n");
        }
        sb
          .Append("<title>").Append(HtmlText.Escape(_options.Title)).Append("</title>\n")
          .Append("<style>\n").Append(PageAssets.Stylesheet).Append("</style>\n");
        if (IncludesPlotly)
        {
            sb.Append(PageAssets.PlotlyScriptElement()).Append('\n');
        }
        sb.Append("</head>\n<body>\n<main id=\"main\">\n<header class=\"page-header\">\n");
        if (!string.IsNullOrWhiteSpace(_options.Marking))
        {
            sb.Append("<p class=\"marking\">").Append(HtmlText.Escape(_options.Marking)).Append("</p>\n");
        }
        sb
          .Append("<h1>").Append(HtmlText.Escape(_options.Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(_options.Subtitle))
        {
            sb.Append("<p class=\"lead\">").Append(HtmlText.Escape(_options.Subtitle)).Append("</p>\n");
        }
        if (stamp is { } s)
        {
            sb.Append("<p class=\"meta\">Generated ").Append(GeneratedStamp.Format(s)).Append("</p>\n");
        }
        if (IncludesPlotly)
        {
            sb.Append("<noscript><p class=\"callout\">Charts need JavaScript. Every chart's data is in the table under it.</p></noscript>\n");
        }
        sb.Append("</header>\n").Append(main.Markup).Append("\n</main>\n<footer class=\"page-footer\">\n");
        foreach (var line in _options.FooterLines)
        {
            sb.Append("<p>").Append(HtmlText.Escape(line)).Append("</p>\n");
        }
        sb.Append("<p>Made with Csc.Analysis. This page is self-contained and works offline");
        if (IncludesPlotly)
        {
            sb.Append("; charts drawn with plotly.js ").Append(PageAssets.PlotlyJsVersion).Append(" (MIT licence, Copyright (c) 2021 Plotly, Inc), embedded");
        }
        sb.Append(".</p>\n");
        if (!string.IsNullOrWhiteSpace(_options.Marking))
        {
            sb.Append("<p class=\"marking\">").Append(HtmlText.Escape(_options.Marking)).Append("</p>\n");
        }
        sb.Append("</footer>\n</body>\n</html>\n");
        var page = sb.ToString();
        return page.Replace(PolicyPlaceholder, ContentSecurityPolicy(InlineScripts(page)), StringComparison.Ordinal);
    }

    /// <summary>Writes <see cref="Build"/> as UTF-8 without a byte-order mark through <see cref="OutputFile"/> (folder created, file replaced whole).</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        OutputFile.WriteText(path, Build());
    }
}
