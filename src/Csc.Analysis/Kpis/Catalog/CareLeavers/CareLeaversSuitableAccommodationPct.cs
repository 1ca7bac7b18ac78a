namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// care_leavers_suitable_accommodation_pct: of the care leavers around their 19th to 21st birthdays in the month, those in suitable accommodation (DfE's children looked after in England, care leavers' accommodation, SSDA903 OC3 ACCOM, LAIT CareLeaverAcc; pooled over the year to date).
/// </summary>
public static class CareLeaversSuitableAccommodationPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "care_leavers_suitable_accommodation_pct";

    /// <summary>The definition; the ages are the configured care_leaver_age_from and care_leaver_age_to.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return new()
        {
            Id = Id,
            Title = $"Care leavers aged {CareLeaverCohort.Ages(timescales)} in suitable accommodation (%)",
            Area = KpiArea.CareLeavers,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Flow,
            Numerator = "of those, records with accommodation_suitable Y (not recorded is not suitable)",
            Denominator = CareLeaverCohort.Description(timescales),
            Sources = KpiSources.CareLeavers,
            Polarity = KpiPolarity.HigherIsBetter,
            Target = new() { Value = 85, AmberBand = 5, Reason = "England's published figure was 83% to 89% in every year from 2016 to 2025 (LAIT CareLeaverAcc)" },
            Calculation = Calculate,
        };
    }

    /// <summary>The cohort (<see cref="CareLeaverCohort.Add"/>), in the numerator when the accommodation was suitable (accommodation_suitable Y).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => CareLeaverCohort.Add(inputs, sink, static r => r.AccommodationSuitable == true);
}
