using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>
/// One record counted by a KPI in one month: in the numerator, the denominator or both, with the
/// date it was counted on (the event's date, or the month end for snapshots) and its group keys.
/// <see cref="Record"/> is the case record itself (a Contact, CpPlan, LacEpisode, ...).
/// </summary>
public sealed record KpiContribution(
    string KpiId,
    ReportingMonth Month,
    string RecordType,
    string RecordId,
    string ChildId,
    DateOnly Date,
    bool InNumerator,
    bool InDenominator,
    KpiGroupKeys Keys,
    object Record);
