using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// lac_health_assessment_pct: of the children looked after at month end d for a year or more, those with a health
/// assessment completed in the year to d (DfE's outcomes for children looked after, SSDA903 OC2 HEALTH_CHECK,
/// LAIT LACHealth%, taken at every month end).
/// </summary>
public static class LacHealthAssessmentPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_health_assessment_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children with a health assessment in the last year (%)",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children with a COMPLETED HEALTH_ASSESSMENT dated in (d.AddYears(-1), d]",
        Denominator = LacHealthCohort.Description,
        Sources = KpiSources.LacEpisodes | KpiSources.LacHealth,
        Polarity = KpiPolarity.HigherIsBetter,
        Target = new() { Value = 90, AmberBand = 5, Reason = "England's published figure was 88% to 91% in every year from 2018 to 2025 (LAIT LACHealth%)" },
        Calculation = Calculate,
    };

    /// <summary>The shared calculation (<see cref="LacHealthCohort.Add"/>) for health assessments.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => LacHealthCohort.Add(inputs, sink, HealthCheckType.HealthAssessment);
}
