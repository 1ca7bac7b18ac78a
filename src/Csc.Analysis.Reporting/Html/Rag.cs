namespace Csc.Analysis.Reporting.Html;

/// <summary>The colour of a RAG rating. <see cref="Blue"/> is "better than target" in packs that use it.</summary>
public enum RagTone
{
    /// <summary>No rating.</summary>
    NotRated,
    /// <summary>Red: off target.</summary>
    Red,
    /// <summary>Amber: near the target.</summary>
    Amber,
    /// <summary>Green: on target.</summary>
    Green,
    /// <summary>Blue: for information (a BRAG rating).</summary>
    Blue,
}

/// <summary>
/// A RAG rating shown as a coloured dot AND its text ("Red", or a label such as "Red: below 85%"),
/// so it reads without colour, in print and with a screen reader.
/// </summary>
public sealed record RagBadge(RagTone Tone, string? Label = null) : IHtmlRenderable
{
    /// <summary>The words shown: the label, or the tone's name ("Not rated" for <see cref="RagTone.NotRated"/>).</summary>
    public string DisplayText => string.IsNullOrWhiteSpace(Label) ? ToneName(Tone) : Label;

    /// <summary>The tone in words ("red", "not rated").</summary>
    public static string ToneName(RagTone tone) => tone switch
    {
        RagTone.Red => "Red",
        RagTone.Amber => "Amber",
        RagTone.Green => "Green",
        RagTone.Blue => "Blue",
        _ => "Not rated",
    };

    /// <summary>The CSS class that colours the tone.</summary>
    public static string CssClass(RagTone tone) => tone switch
    {
        RagTone.Red => "rag rag-red",
        RagTone.Amber => "rag rag-amber",
        RagTone.Green => "rag rag-green",
        RagTone.Blue => "rag rag-blue",
        _ => "rag rag-none",
    };

    /// <summary>Writes the element to <paramref name="writer"/>.</summary>
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var tone = ToneName(Tone);
        // The label may say more than the tone; make sure the tone itself is always read out.
        var spoken = DisplayText.Contains(tone, StringComparison.OrdinalIgnoreCase) ? null : $"{tone}: {DisplayText}";
        writer.Open("span", ("class", CssClass(Tone)), ("title", spoken ?? DisplayText))
            .Element("span", string.Empty, ("class", "rag-dot"), ("aria-hidden", "true"));
        if (spoken is not null)
        {
            writer.Element("span", tone + ": ", ("class", "visually-hidden"));
        }
        writer.Text(DisplayText).Close("span");
    }
}
