namespace Csc.Analysis.Disclosure;

/// <summary>
/// Disclosure control of single figures, as DfE releases apply it: a count from 1 to the threshold is
/// <c>c</c>, 0 stays 0; a rate or percentage is <c>c</c> when its numerator or denominator is suppressed,
/// <c>z</c> when it has no denominator, <c>k</c> when a percentage is above 0 but below 0.5.
/// Tables whose cells add up to totals need <see cref="SmallCountSuppression"/> as well, so that no
/// suppressed cell can be recovered by subtraction.
/// </summary>
public static class Disclose
{
    /// <summary>
    /// A count as it may be published. Null (no figure) is <c>x</c>; a count from 1 to the threshold
    /// (or one marked <paramref name="suppressed"/> by secondary suppression) is <c>c</c>; others are
    /// rounded as the options say.
    /// </summary>
    public static DisclosedValue Count(double? count, DisclosureOptions options, bool suppressed = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (count is not { } value)
        {
            return DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
        }
        if (suppressed || options.IsSmall(value))
        {
            return DisclosedValue.Withheld(DisclosureSymbol.Suppressed);
        }
        return DisclosedValue.Shown(Round(value, options.Rounding));
    }

    /// <summary>
    /// A rate <c>numerator × scale / denominator</c> as it may be published (scale 100 for a percentage,
    /// 10,000 for a rate per 10,000 children). It is <c>x</c> when either part is missing, <c>z</c> when the
    /// denominator is 0, <c>c</c> when the numerator or the denominator is a small count or is marked
    /// suppressed, and otherwise computed from the rounded parts when rounding is on.
    /// A percentage (scale 100) above 0 and below 0.5 is <c>k</c>.
    /// </summary>
    public static DisclosedValue Rate(
        double? numerator,
        double? denominator,
        double scale,
        DisclosureOptions options,
        bool numeratorSuppressed = false,
        bool denominatorSuppressed = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (numerator is not { } num || denominator is not { } den)
        {
            return DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
        }
        if (den == 0)
        {
            return DisclosedValue.Withheld(DisclosureSymbol.NotApplicable);
        }
        if (numeratorSuppressed || denominatorSuppressed || options.IsSmall(num) || options.IsSmall(den))
        {
            return DisclosedValue.Withheld(DisclosureSymbol.Suppressed);
        }
        var value = Round(num, options.Rounding) * scale / Round(den, options.Rounding);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return DisclosedValue.Withheld(DisclosureSymbol.NotApplicable);
        }
        if (scale == 100 && value > 0 && value < 0.5)
        {
            return DisclosedValue.Withheld(DisclosureSymbol.BelowHalfPercent);
        }
        return DisclosedValue.Shown(value);
    }

    /// <summary>Rounds a count to the nearest multiple the rounding names; halves go away from zero (12.5 → 15 to the nearest 5).</summary>
    public static double Round(double count, DisclosureRounding rounding)
    {
        var step = (int)rounding;
        return step <= 1 ? count : Math.Round(count / step, MidpointRounding.AwayFromZero) * step;
    }
}
