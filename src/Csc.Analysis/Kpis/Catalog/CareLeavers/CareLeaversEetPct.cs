namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// care_leavers_eet_pct: of the care leavers around their 19th to 21st birthdays in the month, those in education, employment or training (DfE's children looked after in England, care leavers' activity, SSDA903 OC3 ACTIV, LAIT CareLeaverEET; pooled over the year to date).
/// </summary>
public static class CareLeaversEetPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "care_leavers_eet_pct";

    /// <summary>The definition; the ages are the configured care_leaver_age_from and care_leaver_age_to.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return new()
        {
            Id = Id,
            Title = $"Care leavers aged {CareLeaverCohort.Ages(timescales)} in education, employment or training (%)",
            Area = KpiArea.CareLeavers,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Flow,
            Numerator = "of those, records with activity F1 to F5 or P1 to P5",
            Denominator = CareLeaverCohort.Description(timescales),
            Sources = KpiSources.CareLeavers,
            Polarity = KpiPolarity.HigherIsBetter,
            Target = new() { Value = 55, AmberBand = 5, Reason = "England's published figure was 49% to 56% in every year from 2016 to 2025 (LAIT CareLeaverEET)" },
            Calculation = Calculate,
        };
    }

    /// <summary>The cohort (<see cref="CareLeaverCohort.Add"/>), in the numerator when the young person was in education, employment or training (activity F1 to F5 or P1 to P5).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => CareLeaverCohort.Add(inputs, sink, static r => r.InEducationEmploymentOrTraining);
}
