using System.Globalization;

namespace Csc.Analysis.Investigations;

/// <summary>The placement distances of the children looked after on one day (see <see cref="PlacementDistances"/>).</summary>
public sealed record PlacementDistanceResult
{
    /// <summary>The day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Looked-after episodes open that day, short breaks left out.</summary>
    public required int Open { get; init; }

    /// <summary>Of those, the ones with a recorded distance.</summary>
    public required int Known { get; init; }

    /// <summary>The median recorded distance in miles; null when none is recorded.</summary>
    public required double? MedianMiles { get; init; }

    /// <summary>The distance beyond which a placement counts as far (the KPI's timescale, 20 miles by default).</summary>
    public required double FarMiles { get; init; }

    /// <summary>Placements with a recorded distance above <see cref="FarMiles"/>.</summary>
    public required int Far { get; init; }

    /// <summary>The count in each of <see cref="PlacementDistances.BandLabels"/>.</summary>
    public required IReadOnlyList<int> BandCounts { get; init; }

    /// <summary>
    /// The result in a sentence, or why there is nothing to show (no child looked after that day, or
    /// no distance recorded).
    /// </summary>
    public string Finding => Open == 0
        ? string.Create(CultureInfo.InvariantCulture, $"No child was looked after on {Date:d MMMM yyyy} (short breaks left out), so there are no placement distances to show; looked-after episodes open that day would give them.")
        : Known == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Open} episodes open on {Date:d MMMM yyyy}, none with a recorded placement distance, so the distances cannot be shown; the distance from home on each episode (placement_distance_miles in a canonical extract) would give them.")
            : string.Create(CultureInfo.InvariantCulture, $"{Open} episodes open on {Date:d MMMM yyyy}; {Known} with a recorded distance, median {MedianMiles:0.#} miles, {Far} more than {FarMiles:0.#} miles away.");
}
