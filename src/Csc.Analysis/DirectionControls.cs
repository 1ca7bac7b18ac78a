using System.Buffers;

namespace Csc.Analysis;

/// <summary>
/// The Unicode direction embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069): characters that
/// reorder how the text around them is shown, so a label from the data could display reversed or disguised
/// ("Trojan Source": U+202E makes "gnp.exe" read "exe.png"). Every output a person reads replaces them with
/// <see cref="Replacement"/>: the HTML pages, CSV files for a spreadsheet and the workbooks; the terminal shows them
/// as escapes. Files read back by a program keep them.
/// </summary>
public static class DirectionControls
{
    /// <summary>What stands in place of a direction control: U+FFFD, the replacement character.</summary>
    public const char Replacement = '\uFFFD';

    private static readonly SearchValues<char> Controls = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>True for a direction embedding, override or isolate.</summary>
    public static bool Is(char c) => Controls.Contains(c);

    /// <summary><paramref name="text"/> with every direction control replaced by <see cref="Replacement"/>; the same string when it has none.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Controls) < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Is(chars[i]))
            {
                chars[i] = Replacement;
            }
        }
        return new string(chars);
    }
}
