namespace Csc.Analysis.Kpis.Catalog;

/// <summary>cp_plans: children on a child protection plan at month end (each child once).</summary>
public static class CpPlans
{
    /// <summary>The stable id.</summary>
    public const string Id = "cp_plans";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children on child protection plans",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Snapshot,
        Numerator = "children with a CP plan open at month end",
        Sources = KpiSources.CpPlans,
        Calculation = Calculate,
    };

    /// <summary>Each child's merged plan segments, at the month ends they are open.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.CpPlanSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
    }
}
