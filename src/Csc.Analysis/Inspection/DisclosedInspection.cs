using Csc.Analysis.Disclosure;

namespace Csc.Analysis.Inspection;

/// <summary>The inspection pack under disclosure control (<see cref="InspectionDisclosure.Apply"/>): every measure, in the pack's order, as it may be published.</summary>
public sealed record DisclosedInspection
{
    /// <summary>The options applied.</summary>
    public required DisclosureOptions Options { get; init; }

    /// <summary>The measures, in the order of <see cref="InspectionResult.Measures"/>.</summary>
    public required IReadOnlyList<DisclosedInspectionMeasure> Measures { get; init; }

    /// <summary>The figures withheld as small counts.</summary>
    public required int PrimaryCount { get; init; }

    /// <summary>The figures withheld so that no small count can be worked out from a total.</summary>
    public required int SecondaryCount { get; init; }

    /// <summary>
    /// For an age-and-sex mix (<c>*_age_sex</c>): the number of children in each age band over both sexes as published
    /// (the "All" column of the page), keyed by the band; absent for a band with no children.
    /// </summary>
    public required IReadOnlyDictionary<(string MeasureId, string Band), DisclosedValue> AgeBandTotals { get; init; }

    /// <summary>The published form of <paramref name="measure"/> (by reference: one of the pack's measures).</summary>
    public DisclosedInspectionMeasure Of(InspectionMeasure measure)
        => Measures.FirstOrDefault(m => ReferenceEquals(m.Measure, measure))
            ?? throw new ArgumentException($"The measure {measure?.MeasureId} '{measure?.Category}' is not one of the pack's.", nameof(measure));
}
