using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>
/// How far from home the children looked after at a date are placed: the episodes open that day
/// (short breaks left out), those with a recorded distance, their median and the count in each
/// distance band. Unknown distances are counted, not guessed.
/// </summary>
public static class PlacementDistances
{
    /// <summary>The bands' upper bounds in miles (inclusive); the last band is everything above the last bound.</summary>
    public static IReadOnlyList<double> BandLimits { get; } = [5, 10, 20, 50];

    /// <summary>The bands' labels, in order: "0-5", "5-10", "10-20", "20-50" and "over 50".</summary>
    public static IReadOnlyList<string> BandLabels { get; } = ["0-5", "5-10", "10-20", "20-50", "over 50"];

    /// <summary>The distances of the placements open on <paramref name="date"/>.</summary>
    public static PlacementDistanceResult At(CaseData data, DateOnly date, double farMiles = 20)
    {
        ArgumentNullException.ThrowIfNull(data);
        var open = data.LacEpisodes.Where(e => e.IsOpenAt(date) && !e.IsShortBreak).ToList();
        var known = open.Where(e => e.PlacementDistanceMiles is not null).Select(e => e.PlacementDistanceMiles!.Value).Order().ToList();
        var counts = new int[BandLabels.Count];
        foreach (var d in known)
        {
            var band = 0;
            while (band < BandLimits.Count && d > BandLimits[band])
            {
                band++;
            }
            counts[band]++;
        }
        double? median = known.Count == 0 ? null
            : known.Count % 2 == 1 ? known[known.Count / 2]
            : (known[(known.Count / 2) - 1] + known[known.Count / 2]) / 2;
        return new PlacementDistanceResult
        {
            Date = date,
            Open = open.Count,
            Known = known.Count,
            MedianMiles = median,
            FarMiles = farMiles,
            Far = known.Count(d => d > farMiles),
            BandCounts = counts,
        };
    }
}
