using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>
/// The KPI in one month as recorded and three ways of setting the systematic recording problems aside.
/// Corrected (the headline): the conferences of systematic patterns are left out, which is the same as
/// assuming they were on time as often as the month's other conferences. Lag-estimated: the conference
/// date estimated as the recording date less the usual conference-to-recording lag, then the KPI
/// recomputed (a lower reading when the team also recorded late). Prior-rate: each "recording date
/// used" conference counted as on time with the probability its group had in the 12 months before the
/// pattern started (a higher reading: it ignores whatever else changed that month).
/// </summary>
public sealed record TimelinessComparisonRow
{
    /// <summary>The month.</summary>
    public required ReportingMonth Month { get; init; }

    /// <summary>Conferences (denominator) and those within timescale (numerator), as recorded.</summary>
    public required RateCount Recorded { get; init; }

    /// <summary>The same with the patterns' conferences dated by their CP plan or set aside.</summary>
    public required RateCount Corrected { get; init; }

    /// <summary>The same with the patterns' conference dates estimated from the recording lag.</summary>
    public required RateCount LagEstimated { get; init; }

    /// <summary>The same with the patterns' conferences on time at their group's earlier rate.</summary>
    public required ImputedCount PriorRate { get; init; }

    /// <summary>The same with every conference of the patterns left out.</summary>
    public required RateCount Excluded { get; init; }

    /// <summary>Recorded conferences.</summary>
    public long RecordedConferences => Recorded.Denominator;

    /// <summary>Recorded conferences within timescale.</summary>
    public long RecordedWithin => Recorded.Numerator;

    /// <summary>The recorded percentage (NaN without conferences).</summary>
    public double RecordedPct => Recorded.Percent;

    /// <summary>Corrected conferences.</summary>
    public long CorrectedConferences => Corrected.Denominator;

    /// <summary>Corrected conferences within timescale.</summary>
    public long CorrectedWithin => Corrected.Numerator;

    /// <summary>The corrected percentage.</summary>
    public double CorrectedPct => Corrected.Percent;

    /// <summary>Lag-estimated conferences.</summary>
    public long LagEstimatedConferences => LagEstimated.Denominator;

    /// <summary>Lag-estimated conferences within timescale.</summary>
    public long LagEstimatedWithin => LagEstimated.Numerator;

    /// <summary>The lag-estimated percentage.</summary>
    public double LagEstimatedPct => LagEstimated.Percent;

    /// <summary>Conferences counted for the prior-rate reading.</summary>
    public long PriorRateConferences => PriorRate.Denominator;

    /// <summary>The expected number within timescale in the prior-rate reading.</summary>
    public double PriorRateWithin => PriorRate.Numerator;

    /// <summary>The prior-rate percentage.</summary>
    public double PriorRatePct => PriorRate.Percent;

    /// <summary>Conferences left after excluding the patterns' rows.</summary>
    public long ExcludedConferences => Excluded.Denominator;

    /// <summary>Of those, conferences within timescale.</summary>
    public long ExcludedWithin => Excluded.Numerator;

    /// <summary>The percentage with the patterns' rows excluded.</summary>
    public double ExcludedPct => Excluded.Percent;
}
