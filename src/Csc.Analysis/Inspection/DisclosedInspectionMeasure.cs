using Csc.Analysis.Disclosure;

namespace Csc.Analysis.Inspection;

/// <summary>
/// One measure of the inspection pack as a public output may show it: its value, numerator and denominator each a
/// number or a symbol (<c>c</c> suppressed, <c>z</c> no denominator, <c>x</c> not available, <c>k</c> below 0.5%).
/// A column the measure has no figure for (the numerator of a plain count) is null.
/// </summary>
/// <param name="Measure">The measure as computed.</param>
/// <param name="Value">The value as published.</param>
/// <param name="Numerator">The numerator as published; null when the measure has none.</param>
/// <param name="Denominator">The denominator as published; null when the measure has none.</param>
public sealed record DisclosedInspectionMeasure(InspectionMeasure Measure, DisclosedValue Value, DisclosedValue? Numerator, DisclosedValue? Denominator);
