namespace Csc.Analysis.Kpis.Catalog;

/// <summary>cp_plans_ended: child protection plans ending in the month (plans, not children; DfE's CIN census "CP plans ceasing during the year").</summary>
public static class CpPlansEnded
{
    /// <summary>The stable id.</summary>
    public const string Id = "cp_plans_ended";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Child protection plans ended",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "CP plans whose end date is in the month (plans, not children)",
        Sources = KpiSources.CpPlans,
        Calculation = Calculate,
    };

    /// <summary>Each plan with an end date, in its end's month; open plans are not counted.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var p in inputs.Data.CpPlans)
        {
            if (p.EndDate is { } end)
            {
                sink.AddEvent(end, true, false, p);
            }
        }
    }
}
