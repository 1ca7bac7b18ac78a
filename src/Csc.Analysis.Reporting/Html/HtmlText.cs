using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Csc.Analysis.Reporting.Html;

/// <summary>Escaping for text and attribute values. Every string that comes from data goes through here.</summary>
public static partial class HtmlText
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> so the text is safe both as element content and inside a
    /// double- or single-quoted attribute. Null becomes the empty string. Control characters other
    /// than tab, line feed and carriage return are replaced by U+FFFD (they are not allowed in HTML), and so are
    /// the Unicode direction embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which
    /// could make a label from the data display reversed or disguised ("Trojan Source").
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                _ when char.IsControl(c) || IsDirectionControl(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            sb.Append(replacement);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>Appends the escaped text to <paramref name="sb"/>.</summary>
    public static void AppendEscaped(StringBuilder sb, string? text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        sb.Append(Escape(text));
    }

    /// <summary>
    /// Makes JSON safe to place inside an inline &lt;script&gt;: every <c>&lt;</c>, <c>&gt;</c> and
    /// <c>&amp;</c> becomes a \u escape (only legal inside JSON strings, where the escape means the
    /// same character), so no data can close the script element or open an HTML comment.
    /// U+2028 and U+2029 are escaped too; direction controls (see <see cref="Escape"/>) become U+FFFD.
    /// </summary>
    public static string JsonForScript(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var sb = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            switch (c)
            {
                case '<': sb.Append("\\u003c"); break;
                case '>': sb.Append("\\u003e"); break;
                case '&': sb.Append("\\u0026"); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                case var d when IsDirectionControl(d): sb.Append("\\ufffd"); break;
                default: sb.Append(c); break;
            }
        }
        // Serializers write non-ASCII as \u escapes, so a direction control usually arrives as the six characters \u202e.
        return EscapedDirectionControl().Replace(sb.ToString(), "${lead}\\ufffd");
    }

    [GeneratedRegex(@"(?<lead>(?<!\\)(?:\\\\)*)\\u(?:202[a-eA-E]|206[6-9])", RegexOptions.CultureInvariant)]
    private static partial Regex EscapedDirectionControl();

    /// <summary>A JavaScript string literal (double-quoted) safe inside an inline script.</summary>
    public static string JsString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '<': sb.Append("\\u003c"); break;
                case '>': sb.Append("\\u003e"); break;
                case '&': sb.Append("\\u0026"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>True for the Unicode direction embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069).</summary>
    public static bool IsDirectionControl(char c) => DirectionControls.Is(c);
}
