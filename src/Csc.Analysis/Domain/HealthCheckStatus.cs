namespace Csc.Analysis.Domain;

/// <summary>What became of a health check (lac_health.csv <c>status</c>).</summary>
public enum HealthCheckStatus
{
    /// <summary><c>COMPLETED</c>: the check was done.</summary>
    Completed,

    /// <summary><c>REFUSED</c>: the child or young person refused it.</summary>
    Refused,

    /// <summary><c>OTHER</c>: not done for another reason.</summary>
    Other,
}
