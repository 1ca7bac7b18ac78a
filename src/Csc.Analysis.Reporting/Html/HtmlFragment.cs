namespace Csc.Analysis.Reporting.Html;

/// <summary>
/// Markup that is already safe to emit as it is: produced by the kit's writers, or explicitly
/// trusted with <see cref="Trusted"/>. Plain strings are never markup: use <see cref="FromText"/>.
/// </summary>
public readonly record struct HtmlFragment
{
    private readonly string? _markup;

    private HtmlFragment(string markup) => _markup = markup;

    /// <summary>The markup ("" for the default value).</summary>
    public string Markup => _markup ?? string.Empty;

    /// <summary>No markup.</summary>
    public static HtmlFragment Empty => default;

    /// <summary>Wraps markup the caller vouches for (it contains no unescaped data).</summary>
    public static HtmlFragment Trusted(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        return new HtmlFragment(markup);
    }

    /// <summary>Escaped text.</summary>
    public static HtmlFragment FromText(string? text) => new(HtmlText.Escape(text));

    /// <summary>Renders an <see cref="IHtmlRenderable"/> on its own (headings may start at level 2).</summary>
    public static HtmlFragment Render(IHtmlRenderable renderable, HtmlWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(renderable);
        var writer = new HtmlWriter(options);
        renderable.WriteHtml(writer);
        return writer.ToFragment();
    }

    /// <summary>The markup.</summary>
    public override string ToString() => Markup;
}
