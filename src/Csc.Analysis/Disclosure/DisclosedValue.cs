using System.Globalization;

namespace Csc.Analysis.Disclosure;

/// <summary>
/// A figure as it may be published: either a number (possibly rounded) or a <see cref="DisclosureSymbol"/>.
/// Exactly one of <see cref="Value"/> and <see cref="Symbol"/> is set.
/// </summary>
public readonly record struct DisclosedValue
{
    private DisclosedValue(double? value, DisclosureSymbol? symbol)
    {
        Value = value;
        Symbol = symbol;
    }

    /// <summary>The number to publish, or null when a symbol stands in its place.</summary>
    public double? Value { get; }

    /// <summary>The symbol printed instead of the number, or null when the number is shown.</summary>
    public DisclosureSymbol? Symbol { get; }

    /// <summary>True when a number may be shown (and charted).</summary>
    public bool IsShown => Value is not null;

    /// <summary>A number that may be published as it is.</summary>
    public static DisclosedValue Shown(double value) => new(value, null);

    /// <summary>A symbol in place of the number.</summary>
    public static DisclosedValue Withheld(DisclosureSymbol symbol) => new(null, symbol);

    /// <summary>The text to print: the number in invariant culture with <paramref name="format"/>, else the symbol's letter.</summary>
    public string Format(string format = "0.##")
        => Value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : Symbol!.Value.Code();

    /// <inheritdoc/>
    public override string ToString() => Format();
}
