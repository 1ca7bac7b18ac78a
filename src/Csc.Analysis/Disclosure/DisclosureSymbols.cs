namespace Csc.Analysis.Disclosure;

/// <summary>The printed letter of each <see cref="DisclosureSymbol"/> and the legend that explains them.</summary>
public static class DisclosureSymbols
{
    /// <summary>The one-letter code printed in place of the number: <c>c</c>, <c>z</c>, <c>x</c> or <c>k</c>.</summary>
    public static string Code(this DisclosureSymbol symbol) => symbol switch
    {
        DisclosureSymbol.Suppressed => "c",
        DisclosureSymbol.NotApplicable => "z",
        DisclosureSymbol.NotAvailable => "x",
        DisclosureSymbol.BelowHalfPercent => "k",
        _ => throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "Unknown disclosure symbol."),
    };

    /// <summary>A one-sentence explanation of the symbol, for legends under tables and in exports.</summary>
    public static string Meaning(this DisclosureSymbol symbol) => symbol switch
    {
        DisclosureSymbol.Suppressed => "suppressed to protect confidentiality",
        DisclosureSymbol.NotApplicable => "not applicable",
        DisclosureSymbol.NotAvailable => "not available",
        DisclosureSymbol.BelowHalfPercent => "a percentage above 0 but below 0.5%",
        _ => throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "Unknown disclosure symbol."),
    };

    /// <summary>Every symbol in legend order.</summary>
    public static IReadOnlyList<DisclosureSymbol> All { get; } =
        [DisclosureSymbol.Suppressed, DisclosureSymbol.NotApplicable, DisclosureSymbol.NotAvailable, DisclosureSymbol.BelowHalfPercent];
}
