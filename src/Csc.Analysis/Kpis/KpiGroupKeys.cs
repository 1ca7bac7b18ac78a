namespace Csc.Analysis.Kpis;

/// <summary>A record's group keys; a missing value is <see cref="KpiGroupKeys.NotRecorded"/>.</summary>
public sealed record KpiGroupKeys(string Team, string Worker, string AgeBand, string LegalStatus, string Category)
{
    /// <summary>The key of a record that does not carry the dimension's field (a looked-after episode has no team).</summary>
    public const string NotRecorded = "(not recorded)";

    /// <summary>The one group of <see cref="KpiDimension.Council"/>.</summary>
    public const string Council = "all";

    /// <summary>The record's key for <paramref name="dimension"/>.</summary>
    public string this[KpiDimension dimension] => dimension switch
    {
        KpiDimension.Council => Council,
        KpiDimension.Team => Team,
        KpiDimension.Worker => Worker,
        KpiDimension.AgeBand => AgeBand,
        KpiDimension.LegalStatus => LegalStatus,
        KpiDimension.Category => Category,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    /// <summary>The DfE-style age band for whole years of age.</summary>
    public static string AgeBandOf(int? age) => age switch
    {
        null => NotRecorded,
        < 1 => "under 1",
        <= 4 => "1-4",
        <= 9 => "5-9",
        <= 15 => "10-15",
        <= 17 => "16-17",
        _ => "18+",
    };
}
