namespace Csc.Analysis.Kpis;

/// <summary>
/// The timescales and options a council may change (config "timescales"). KPI ids stay the same
/// when they change (<c>icpc_within_15wd_pct</c> measures within <see cref="IcpcWorkingDays"/>);
/// titles show the configured figures.
/// </summary>
public sealed record KpiTimescales
{
    /// <summary>ICPC within this many working days of the strategy discussion (15).</summary>
    public int IcpcWorkingDays { get; init; } = 15;

    /// <summary>Assessment authorised within this many working days of the clock start (45).</summary>
    public int AssessmentWorkingDays { get; init; } = 45;

    /// <summary>Where the assessment clock starts (the assessment's start date).</summary>
    public AssessmentClockStart AssessmentClockStart { get; init; } = AssessmentClockStart.AssessmentStart;

    /// <summary>A CP visit within this many working days before month end counts; plans younger than this are not measured (15).</summary>
    public int CpVisitWorkingDays { get; init; } = 15;

    /// <summary>Return home interview within this many hours of the end of the missing episode (72).</summary>
    public double RhiHours { get; init; } = 72;

    /// <summary>Placements farther than this many miles from home count as distant (20).</summary>
    public double DistanceMiles { get; init; } = 20;

    /// <summary>Count child arrangements orders (E41) as permanency (no).</summary>
    public bool PermanencyIncludesChildArrangementsOrders { get; init; }

    /// <summary>The youngest age at the birthday a care-leaver record describes that the care-leaver KPIs count (19).</summary>
    public int CareLeaverAgeFrom { get; init; } = 19;

    /// <summary>The oldest age at the birthday a care-leaver record describes that the care-leaver KPIs count (21).</summary>
    public int CareLeaverAgeTo { get; init; } = 21;

    /// <summary>The statutory timescales.</summary>
    public static KpiTimescales Default { get; } = new();
}
