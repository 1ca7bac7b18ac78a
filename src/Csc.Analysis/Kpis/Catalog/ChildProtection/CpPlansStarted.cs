namespace Csc.Analysis.Kpis.Catalog;

/// <summary>cp_plans_started: child protection plans starting in the month (plans, not children; DfE's CIN census "CP plans starting during the year").</summary>
public static class CpPlansStarted
{
    /// <summary>The stable id.</summary>
    public const string Id = "cp_plans_started";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Child protection plans started",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "CP plans whose start date is in the month (plans, not children)",
        Sources = KpiSources.CpPlans,
        Calculation = Calculate,
    };

    /// <summary>Each plan, in its start's month.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var p in inputs.Data.CpPlans)
        {
            sink.AddEvent(p.StartDate, true, false, p);
        }
    }
}
