using System.Globalization;
using System.Text;

namespace Csc.Analysis.Cli;

/// <summary>
/// A writer that shows, instead of passing on, the characters of the data that would act on a terminal rather than be
/// read: control characters (escape sequences that recolour, move the cursor or retitle the window; NUL, backspace,
/// bell) other than line feed, carriage return and tab, and the Unicode direction and isolate controls that reorder
/// what is shown (U+202E makes "exe.txt" read "txt.exe"). Each is written as <c>\u001B</c>-style text, so a team
/// called <c>"\u001B[2J"</c> in an extract is printed as that text and clears nothing. Every csc-kpi command writes
/// through it; text without such characters passes unchanged (byte-identical output).
/// </summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <inheritdoc/>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>Whether <paramref name="c"/> is shown as an escape rather than written.</summary>
    public static bool IsUnsafe(char c)
        => (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            || c is '\u061C' or '\u200E' or '\u200F' || DirectionControls.Is(c);

    /// <summary><paramref name="text"/> with every unsafe character written as <c>\uXXXX</c>.</summary>
    public static string Show(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnsafe))
        {
            return text;
        }
        var shown = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                shown.Append(c);
            }
        }
        return shown.ToString();
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (IsUnsafe(value))
        {
            inner.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)value:X4}"));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(Show(value));
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc/>
    public override void WriteLine() => inner.WriteLine();

    /// <inheritdoc/>
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
