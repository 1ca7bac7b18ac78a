namespace Csc.Analysis.Domain;

/// <summary>A health assessment or dental check of a looked-after child (lac_health.csv; SSDA903 OC2 flags give one per year, dated 31 March).</summary>
/// <param name="HealthCheckId">The check's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="CheckType">Health assessment or dental check.</param>
/// <param name="CheckDate">The day of the check (for OC2-derived rows, 31 March of the collection year).</param>
/// <param name="Status">Completed, refused or other.</param>
public sealed record LacHealthCheck(string HealthCheckId, string ChildId, HealthCheckType CheckType, DateOnly CheckDate, HealthCheckStatus Status) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }
}
