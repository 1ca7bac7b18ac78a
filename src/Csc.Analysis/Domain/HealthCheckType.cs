namespace Csc.Analysis.Domain;

/// <summary>The kind of health check of a looked-after child (lac_health.csv <c>check_type</c>).</summary>
public enum HealthCheckType
{
    /// <summary><c>HEALTH_ASSESSMENT</c>: the annual (six-monthly under 5) health assessment.</summary>
    HealthAssessment,

    /// <summary><c>DENTAL_CHECK</c>: a dental check.</summary>
    DentalCheck,
}
