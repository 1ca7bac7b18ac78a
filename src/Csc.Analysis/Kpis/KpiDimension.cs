namespace Csc.Analysis.Kpis;

/// <summary>What to break a KPI down by.</summary>
/// <remarks>
/// The ids and words for each value are in <see cref="KpiDimensions"/>. <see cref="Council"/> is no
/// breakdown: every record falls in the one group "all".
/// </remarks>
public enum KpiDimension
{
    /// <summary>The record's team (CIN, CP plans, assessments, s47s, contacts, referrals).</summary>
    Team,

    /// <summary>The record's worker.</summary>
    Worker,

    /// <summary>The child's age band on the event date or month end: under 1, 1-4, 5-9, 10-15, 16-17, 18+.</summary>
    AgeBand,

    /// <summary>The looked-after episode's legal status (C1, C2, V2, ...).</summary>
    LegalStatus,

    /// <summary>
    /// The record's category: category of abuse (CP plans, latest then initial), category of need
    /// (looked-after episodes), source (contacts, referrals), outcome (assessments), M or A
    /// (missing episodes), route (early help).
    /// </summary>
    Category,

    /// <summary>No breakdown: the whole council, one group named <see cref="KpiGroupKeys.Council"/>.</summary>
    Council,
}
