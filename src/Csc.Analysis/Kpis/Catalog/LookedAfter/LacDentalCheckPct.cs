using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// lac_dental_check_pct: of the children looked after at month end d for a year or more, those with a dental check
/// completed in the year to d (DfE's outcomes for children looked after, SSDA903 OC2 TEETH_CHECK, LAIT LACDental%,
/// taken at every month end).
/// </summary>
public static class LacDentalCheckPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_dental_check_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Looked-after children with a dental check in the last year (%)",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children with a COMPLETED DENTAL_CHECK dated in (d.AddYears(-1), d]",
        Denominator = LacHealthCohort.Description,
        Sources = KpiSources.LacEpisodes | KpiSources.LacHealth,
        Polarity = KpiPolarity.HigherIsBetter,
        Target = new() { Value = 80, AmberBand = 10, Reason = "England's published figure was 84% to 86% from 2018 to 2020, fell to 40% in 2021 (the pandemic year) and was back to 81% by 2025 (LAIT LACDental%)" },
        Calculation = Calculate,
    };

    /// <summary>The shared calculation (<see cref="LacHealthCohort.Add"/>) for dental checks.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => LacHealthCohort.Add(inputs, sink, HealthCheckType.DentalCheck);
}
