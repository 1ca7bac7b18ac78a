using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>early_help_step_downs: early help episodes that start as a step-down from statutory services.</summary>
public static class EarlyHelpStepDowns
{
    /// <summary>The stable id.</summary>
    public const string Id = "early_help_step_downs";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Early help step-downs from statutory services",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "early help episodes starting in the month with route STEP_DOWN",
        Sources = KpiSources.EarlyHelp,
        Calculation = Calculate,
    };

    /// <summary>Early help episodes with route STEP_DOWN, in the month they start.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var e in inputs.Data.EarlyHelp)
        {
            if (e.Route == EarlyHelpRoute.StepDown)
            {
                sink.AddEvent(e.StartDate, true, false, e);
            }
        }
    }
}
