using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// care_leavers_in_touch_pct: of the care leavers around their 19th to 21st birthdays in the month, those the council was in touch with (DfE's children looked after in England, care leavers in touch, SSDA903 OC3 IN_TOUCH; pooled over the year to date).
/// </summary>
public static class CareLeaversInTouchPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "care_leavers_in_touch_pct";

    /// <summary>The definition; the ages are the configured care_leaver_age_from and care_leaver_age_to.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return new()
        {
            Id = Id,
            Title = $"Care leavers aged {CareLeaverCohort.Ages(timescales)} in touch with the council (%)",
            Area = KpiArea.CareLeavers,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Flow,
            Numerator = "of those, records with in_touch YES (NO, REFU and NREQ are not)",
            Denominator = CareLeaverCohort.Description(timescales),
            Sources = KpiSources.CareLeavers,
            Polarity = KpiPolarity.HigherIsBetter,
            Target = new() { Value = 90, AmberBand = 5, Reason = "England's published share of care leavers aged 19 to 21 the council was not in touch with was 4% to 8% in every year from 2016 to 2025 (LAIT CareLeavers_LA_NotInTouch)" },
            Calculation = Calculate,
        };
    }

    /// <summary>The cohort (<see cref="CareLeaverCohort.Add"/>), in the numerator when the council was in touch (in_touch YES).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink) => CareLeaverCohort.Add(inputs, sink, static r => r.InTouch == CareLeaverContact.Yes);
}
