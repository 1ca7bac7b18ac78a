namespace Csc.Analysis.Journeys;

/// <summary>The waits of one <see cref="DriftMeasure"/> in one group: how many children, the median and quartiles (R type 7), and how many were same-day or negative.</summary>
public sealed record DriftSummary
{
    /// <summary>The measure.</summary>
    public required DriftMeasure Measure { get; init; }

    /// <summary>How the children are split.</summary>
    public required DriftGrouping GroupBy { get; init; }

    /// <summary>The group: empty for <see cref="DriftGrouping.All"/>, a financial year ("2016/17") or a team.</summary>
    public required string Group { get; init; }

    /// <summary>Children with a pair in the group.</summary>
    public required int Children { get; init; }

    /// <summary>The median of the days.</summary>
    public required double MedianDays { get; init; }

    /// <summary>The lower quartile of the days (R's quantile type 7).</summary>
    public required double LowerQuartileDays { get; init; }

    /// <summary>The upper quartile of the days (R's quantile type 7).</summary>
    public required double UpperQuartileDays { get; init; }

    /// <summary>Pairs on the same day (0 days).</summary>
    public required int SameDay { get; init; }

    /// <summary>Pairs whose later step is dated before the earlier one (as recorded, not hidden).</summary>
    public required int Negative { get; init; }
}
