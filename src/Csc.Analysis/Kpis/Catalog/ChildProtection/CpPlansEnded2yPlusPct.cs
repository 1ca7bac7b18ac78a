namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// cp_plans_ended_2y_plus_pct: of the child protection plans ending in the month, those that lasted two years or more
/// (DfE's CIN census measure "CP plans lasting 2 years or more which ceased during the year", LAIT CPPlans2yrs).
/// </summary>
public static class CpPlansEnded2yPlusPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "cp_plans_ended_2y_plus_pct";

    /// <summary>
    /// The days from the start to the end (end − start) from which a plan has lasted two years: DfE counts a duration
    /// of more than 729 days counting the end day, so end − start &gt;= 729 (a plan from 1 March 2016 to 28 February 2018 counts).
    /// </summary>
    public const int TwoYearsInDays = 729;

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Child protection plans ending after 2 years or more (%)",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "of those, plans with end_date − start_date >= 729 days",
        Denominator = "CP plans whose end date is in the month (plans, not children)",
        Sources = KpiSources.CpPlans,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 4, AmberBand = 2, Reason = "England's published figure was 3.3% to 4.4% in every year from 2016 to 2025 (LAIT CPPlans2yrs)" },
        Calculation = Calculate,
    };

    /// <summary>Each plan with an end date, in its end's month; in the numerator when it lasted <see cref="TwoYearsInDays"/> days or more.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var p in inputs.Data.CpPlans)
        {
            if (p.EndDate is { } end)
            {
                sink.AddEvent(end, LastedTwoYears(p.StartDate, end), true, p);
            }
        }
    }

    /// <summary>True when a plan from <paramref name="start"/> to <paramref name="end"/> lasted two years by DfE's count (end − start &gt;= 729 days).</summary>
    public static bool LastedTwoYears(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber >= TwoYearsInDays;
}
