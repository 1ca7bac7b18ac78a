namespace Csc.Analysis.Inspection;

/// <summary>A duration bin: <see cref="Min"/> to <see cref="Max"/> inclusive (null: unbounded).</summary>
/// <param name="Label">The category written in inspection.csv ("same day", "1-10", "61+").</param>
/// <param name="Min">The smallest value in the bin; null for no lower bound.</param>
/// <param name="Max">The largest value in the bin; null for no upper bound.</param>
public sealed record InspectionBin(string Label, int? Min, int? Max)
{
    /// <summary>True when <paramref name="value"/> is in the bin.</summary>
    public bool Contains(int value) => (Min is null || value >= Min) && (Max is null || value <= Max);
}

/// <summary>The bins DfE and ChAT use.</summary>
public static class InspectionBins
{
    /// <summary>Assessment duration in working days: same day, 1-10, 11-20, 21-30, 31-40, 41-45, 46-50, 51-60, 61+.</summary>
    public static IReadOnlyList<InspectionBin> Assessment { get; } =
    [
        new("same day", 0, 0), new("1-10", 1, 10), new("11-20", 11, 20), new("21-30", 21, 30), new("31-40", 31, 40),
        new("41-45", 41, 45), new("46-50", 46, 50), new("51-60", 51, 60), new("61+", 61, null),
    ];

    /// <summary>Strategy discussion to ICPC in working days: same day, 1-5, 6-10, 11-13, 14-15, 16-17, 18-20, 21+.</summary>
    public static IReadOnlyList<InspectionBin> Icpc { get; } =
    [
        new("same day", 0, 0), new("1-5", 1, 5), new("6-10", 6, 10), new("11-13", 11, 13), new("14-15", 14, 15),
        new("16-17", 16, 17), new("18-20", 18, 20), new("21+", 21, null),
    ];

    /// <summary>Working days since the last visit: 0-10, 11-15, 16-20, 21-30, 31+ (no visit is its own group).</summary>
    public static IReadOnlyList<InspectionBin> VisitWorkingDays { get; } =
    [
        new("0-10", 0, 10), new("11-15", 11, 15), new("16-20", 16, 20), new("21-30", 21, 30), new("31+", 31, null),
    ];

    /// <summary>Days since the last review: 0-91 (3 months), 92-182 (6 months), 183+ (no review is its own group).</summary>
    public static IReadOnlyList<InspectionBin> ReviewDays { get; } =
    [
        new("0-91", 0, 91), new("92-182", 92, 182), new("183+", 183, null),
    ];

    /// <summary>Open-case length bins by whole months: under 3 months, 3-6, 6-12, 12-24, 24+.</summary>
    public static IReadOnlyList<string> OpenLength { get; } = ["under 3 months", "3-6 months", "6-12 months", "12-24 months", "24+ months"];

    /// <summary>
    /// The open-length bin of an item started on <paramref name="start"/> at <paramref name="date"/>: under 3
    /// months when it started after date.AddMonths(-3), 3-6 after date.AddMonths(-6), and so on.
    /// </summary>
    public static string OpenLengthBin(DateOnly start, DateOnly date)
        => start > date.AddMonths(-3) ? OpenLength[0]
            : start > date.AddMonths(-6) ? OpenLength[1]
            : start > date.AddMonths(-12) ? OpenLength[2]
            : start > date.AddMonths(-24) ? OpenLength[3]
            : OpenLength[4];

    /// <summary>
    /// PATCh 014's open-length bin of <paramref name="days"/> (the chat convention): under 3 months below 91 days, 3-6
    /// below 182, 6-12 below 365, 12-24 below 730, else 24+ (a negative length in the first bin).
    /// </summary>
    public static string OpenLengthBinByDays(int days)
        => days < 91 ? OpenLength[0]
            : days < 182 ? OpenLength[1]
            : days < 365 ? OpenLength[2]
            : days < 730 ? OpenLength[3]
            : OpenLength[4];

    /// <summary>The bin holding <paramref name="value"/>; under chat a value below the first bin goes in the first bin.</summary>
    public static InspectionBin BinOf(IReadOnlyList<InspectionBin> bins, int value, bool negativeInFirst)
    {
        ArgumentNullException.ThrowIfNull(bins);
        if (negativeInFirst && bins[0].Min is { } min && value < min)
        {
            return bins[0];
        }
        foreach (var b in bins)
        {
            if (b.Contains(value))
            {
                return b;
            }
        }
        return bins[^1];
    }
}
