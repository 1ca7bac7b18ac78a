namespace Csc.Analysis.Kpis;

/// <summary>
/// The vocabulary of <see cref="KpiDimension"/>: the id each value has in outputs and on the command line
/// (<c>team</c>, <c>worker</c>, <c>age_band</c>, <c>legal_status</c>, <c>category</c>, <c>all</c>), the words
/// it takes in sentences, and parsing back from the id.
/// </summary>
public static class KpiDimensions
{
    private static readonly KpiDimension[] Values = Enum.GetValues<KpiDimension>();

    /// <summary>Every dimension, in declaration order.</summary>
    public static IReadOnlyList<KpiDimension> All => Values;

    /// <summary>The id written in tables, JSON and on the command line; <see cref="KpiDimension.Council"/> is <c>all</c>.</summary>
    public static string Id(KpiDimension dimension) => dimension switch
    {
        KpiDimension.Team => "team",
        KpiDimension.Worker => "worker",
        KpiDimension.AgeBand => "age_band",
        KpiDimension.LegalStatus => "legal_status",
        KpiDimension.Category => "category",
        KpiDimension.Council => "all",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    /// <summary>The words for a sentence: "team", "age band", "legal status"; "council" for the whole council.</summary>
    public static string Words(KpiDimension dimension) => dimension switch
    {
        KpiDimension.AgeBand => "age band",
        KpiDimension.LegalStatus => "legal status",
        KpiDimension.Council => "council",
        _ => Id(dimension),
    };

    /// <summary>The dimension whose <see cref="Id"/> is <paramref name="id"/> (exact, lower case).</summary>
    public static bool TryParse(string? id, out KpiDimension dimension)
    {
        foreach (var d in Values)
        {
            if (string.Equals(Id(d), id, StringComparison.Ordinal))
            {
                dimension = d;
                return true;
            }
        }
        dimension = default;
        return false;
    }

    /// <summary>
    /// The dimension whose <see cref="Id"/> is <paramref name="id"/>, one of <paramref name="allowed"/> (every
    /// dimension when null); otherwise an <see cref="ArgumentException"/> that names the allowed ids.
    /// </summary>
    public static KpiDimension Parse(string id, IReadOnlyCollection<KpiDimension>? allowed = null)
    {
        allowed ??= Values;
        if (TryParse(id, out var d) && allowed.Contains(d))
        {
            return d;
        }
        throw new ArgumentException($"Unknown grouping '{id}': use {string.Join(", ", allowed.Select(Id))}.", nameof(id));
    }
}
