using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>assessments_nfa_pct: the share of assessments authorised in the month that ended in no further action.</summary>
public static class AssessmentsNfaPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "assessments_nfa_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Assessments ending in no further action (%)",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "assessments authorised in the month with outcome NFA",
        Denominator = "assessments authorised in the month",
        Sources = KpiSources.Assessments,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 30, AmberBand = 10, Reason = "the May 2017 report calls 22% for the year to date \"a significant improvement\" on 48%" },
        Calculation = Calculate,
    };

    /// <summary>Assessments authorised in the month; numerator when the outcome is NFA.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var a in inputs.Data.Assessments)
        {
            if (a.AuthorisedDate is { } authorised)
            {
                sink.AddEvent(authorised, a.Outcome == AssessmentOutcome.Nfa, true, a);
            }
        }
    }
}
