using Csc.Analysis.Kpis;

namespace Csc.Analysis.Disclosure;

/// <summary>
/// One KPI in one month after disclosure control: <see cref="Result"/> holds only what may be published
/// (a withheld figure is null there), and each withheld figure has the symbol printed in its place.
/// </summary>
/// <param name="Result">The publishable result: withheld figures are null, shown counts rounded as the options say.</param>
/// <param name="Value">The symbol in place of the value; null when it is shown.</param>
/// <param name="Numerator">The symbol in place of the numerator; null when it is shown.</param>
/// <param name="Denominator">The symbol in place of the denominator; null when it is shown.</param>
/// <param name="YtdValue">The symbol in place of the year-to-date value; null when it is shown.</param>
/// <param name="YtdNumerator">The symbol in place of the year-to-date numerator; null when it is shown.</param>
/// <param name="YtdDenominator">The symbol in place of the year-to-date denominator; null when it is shown.</param>
public sealed record DisclosedKpiResult(
    KpiResult Result,
    DisclosureSymbol? Value,
    DisclosureSymbol? Numerator,
    DisclosureSymbol? Denominator,
    DisclosureSymbol? YtdValue,
    DisclosureSymbol? YtdNumerator,
    DisclosureSymbol? YtdDenominator);
