using System.Text;

namespace Csc.Analysis.Reporting.Html;

/// <summary>Options for an <see cref="HtmlWriter"/>.</summary>
public sealed record HtmlWriterOptions
{
    /// <summary>
    /// The heading level of the context the fragment goes into: 1 for a page body under its h1
    /// (sections become h2), 2 for a notebook output under a markdown h2, and so on.
    /// </summary>
    public int ContextHeadingLevel { get; init; } = 1;

    /// <summary>
    /// Ids already used where this fragment will appear (e.g. earlier outputs of the same
    /// notebook). Null: a fresh scope for this writer.
    /// </summary>
    public HtmlIdScope? IdScope { get; init; }

    /// <summary>The defaults.</summary>
    public static HtmlWriterOptions Default { get; } = new();
}

/// <summary>
/// Builds an HTML fragment safely and deterministically: text is always escaped, attribute names
/// and tags are checked, links may not leave the page (no http:, https:, // or javascript: in
/// href or src), headings cannot skip a level, and ids come from content and order (never random).
/// One writer per page or per notebook output; not thread-safe.
/// </summary>
public sealed class HtmlWriter
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();
    private readonly HtmlIdScope _ids;
    private readonly int _contextLevel;
    private int _lastHeadingLevel;
    private int _sectionDepth;

    /// <summary>An empty writer.</summary>
    public HtmlWriter(HtmlWriterOptions? options = null)
    {
        options ??= HtmlWriterOptions.Default;
        if (options.ContextHeadingLevel is < 0 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ContextHeadingLevel,
                "ContextHeadingLevel must be between 0 (nothing above) and 5 so that a section heading is h1 to h6.");
        }
        _contextLevel = options.ContextHeadingLevel;
        _ids = options.IdScope ?? new HtmlIdScope();
        _lastHeadingLevel = options.ContextHeadingLevel;
    }

    /// <summary>True once a chart was written: the page must inline plotly.js.</summary>
    public bool UsesPlotly { get; private set; }

    /// <summary>Level the next <see cref="Section"/> heading gets.</summary>
    public int NextSectionHeadingLevel => Math.Min(6, _contextLevel + _sectionDepth + 1);

    /// <summary>Escaped text.</summary>
    public HtmlWriter Text(string? text)
    {
        _sb.Append(HtmlText.Escape(text));
        return this;
    }

    /// <summary>Markup that is already safe.</summary>
    public HtmlWriter Raw(HtmlFragment fragment)
    {
        _sb.Append(fragment.Markup);
        return this;
    }

    /// <summary>Writes another renderable in place.</summary>
    public HtmlWriter Write(IHtmlRenderable renderable)
    {
        ArgumentNullException.ThrowIfNull(renderable);
        renderable.WriteHtml(this);
        return this;
    }

    /// <summary>Opens an element. Attributes with a null value are left out.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        WriteStartTag(tag, attributes);
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element, which must be <paramref name="tag"/>.</summary>
    public HtmlWriter Close(string tag)
    {
        if (_open.Count == 0 || !string.Equals(_open.Peek(), tag, StringComparison.Ordinal))
        {
            var open = _open.Count == 0 ? "nothing is open" : $"the innermost open element is <{_open.Peek()}>";
            throw new InvalidOperationException($"Cannot close <{tag}>: {open}.");
        }
        _open.Pop();
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A void element such as br, hr, img or meta.</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        WriteStartTag(tag, attributes);
        return this;
    }

    /// <summary>An element holding escaped text.</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        WriteStartTag(tag, attributes);
        _sb.Append(HtmlText.Escape(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element whose content the callback writes.</summary>
    public HtmlWriter Element(string tag, Action<HtmlWriter> body, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        ArgumentNullException.ThrowIfNull(body);
        Open(tag, attributes);
        body(this);
        return Close(tag);
    }

    /// <summary>A paragraph of escaped text.</summary>
    public HtmlWriter Paragraph(string? text, string? cssClass = null) => Element("p", text, ("class", cssClass));

    /// <summary>
    /// A heading at an explicit level. It may go deeper by one level at most (h2 then h4 is an
    /// error) and never above the writer's context level.
    /// </summary>
    public HtmlWriter Heading(int level, string text, string? id = null)
    {
        if (level is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Heading level must be 1 to 6.");
        }
        if (level > _lastHeadingLevel + 1)
        {
            throw new InvalidOperationException(
                $"Heading level {level} ('{text}') follows level {_lastHeadingLevel}: headings must not skip levels; use level {_lastHeadingLevel + 1}.");
        }
        if (level <= _contextLevel && _contextLevel > 0)
        {
            throw new InvalidOperationException(
                $"Heading level {level} ('{text}') is not below the context level {_contextLevel}; use level {_contextLevel + 1} or deeper.");
        }
        _lastHeadingLevel = level;
        var tag = "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Element(tag, text, ("id", id));
    }

    /// <summary>
    /// A &lt;section&gt; with a heading one level below the enclosing section (h2 on a page, h3 in a
    /// section, ...), labelled by that heading for screen readers.
    /// </summary>
    public HtmlWriter Section(string title, Action<HtmlWriter> body, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var level = NextSectionHeadingLevel;
        var id = NewId("h", title);
        Open("section", ("class", cssClass), ("aria-labelledby", id));
        Heading(level, title, id);
        _sectionDepth++;
        try
        {
            body(this);
        }
        finally
        {
            _sectionDepth--;
        }
        return Close("section");
    }

    /// <summary>An inline script. The code must not contain "&lt;/script" or "&lt;!--".</summary>
    public HtmlWriter Script(string javascript)
    {
        ArgumentNullException.ThrowIfNull(javascript);
        if (javascript.Contains("</script", StringComparison.OrdinalIgnoreCase) || javascript.Contains("<!--", StringComparison.Ordinal))
        {
            throw new ArgumentException("Inline script contains '</script' or '<!--'; escape '<' as \\u003c in data (HtmlText.JsonForScript).", nameof(javascript));
        }
        _sb.Append("<script>").Append(javascript).Append("</script>");
        return this;
    }

    /// <summary>Records that this fragment draws Plotly charts, so the page inlines plotly.js once.</summary>
    public HtmlWriter RequirePlotly()
    {
        UsesPlotly = true;
        return this;
    }

    /// <summary>
    /// A deterministic id unique within this writer: <c>prefix-</c> and the first 8 hex digits of
    /// the SHA-256 of <paramref name="content"/> (or a counter when content is null), with -2, -3
    /// added when the same content comes again. Same inputs in the same order give the same ids.
    /// </summary>
    public string NewId(string prefix, string? content) => _ids.NewId(prefix, content);

    /// <summary>The fragment written so far. Every element must be closed.</summary>
    public HtmlFragment ToFragment()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"Element <{_open.Peek()}> was opened but not closed.");
        }
        return HtmlFragment.Trusted(_sb.ToString());
    }

    /// <summary>The HTML written so far.</summary>
    public override string ToString() => _sb.ToString();

    private void WriteStartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        CheckName(tag, "tag");
        if (tag is "script" or "style")
        {
            throw new ArgumentException($"Write <{tag}> with {(tag == "script" ? nameof(Script) : "the page stylesheet")}, not as an element.", nameof(tag));
        }
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            CheckName(name, "attribute");
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Event-handler attribute '{name}' is not allowed; pages carry no inline handlers.", nameof(attributes));
            }
            if (name is "href" or "src" or "action" or "formaction" or "srcset" or "poster")
            {
                CheckLocalUrl(name, value);
            }
            _sb.Append(' ').Append(name).Append("=\"").Append(HtmlText.Escape(value)).Append('"');
        }
        _sb.Append('>');
    }

    /// <summary>
    /// Links stay on the page or beside it: fragments (#x), relative paths and data: URIs for
    /// images. External schemes are refused so a report never fetches or points anywhere.
    /// </summary>
    internal static void CheckLocalUrl(string attribute, string value)
    {
        var v = value.Trim();
        var lower = v.ToLowerInvariant();
        var colon = lower.IndexOf(':', StringComparison.Ordinal);
        var slash = lower.IndexOf('/', StringComparison.Ordinal);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        var ok = !lower.StartsWith("//", StringComparison.Ordinal)
                 && !lower.StartsWith("\\\\", StringComparison.Ordinal)
                 && (!hasScheme || (lower.StartsWith("data:", StringComparison.Ordinal) && attribute != "href"));
        if (!ok)
        {
            throw new ArgumentException(
                $"{attribute}=\"{value}\" points outside the page; only #fragments, relative paths and data: images are allowed (pages must work offline).",
                nameof(value));
        }
    }

    private static void CheckName(string name, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || c == '_'))
            {
                throw new ArgumentException($"Invalid {what} name '{name}': use lower-case ASCII letters, digits, '-' and '_'.", nameof(name));
            }
        }
        if (!char.IsAsciiLetterLower(name[0]))
        {
            throw new ArgumentException($"Invalid {what} name '{name}': it must start with a lower-case letter.", nameof(name));
        }
    }
}
