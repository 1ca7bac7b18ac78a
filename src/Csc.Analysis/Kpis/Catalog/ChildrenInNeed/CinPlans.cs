namespace Csc.Analysis.Kpis.Catalog;

/// <summary>cin_plans: children on a child in need plan at month end (each child once).</summary>
public static class CinPlans
{
    /// <summary>The stable id.</summary>
    public const string Id = "cin_plans";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children on child in need plans",
        Area = KpiArea.ChildrenInNeed,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Snapshot,
        Numerator = "children with a CIN plan open at month end",
        Sources = KpiSources.CinPlans,
        Calculation = Calculate,
    };

    /// <summary>Each child's merged plan segments, at the month ends they are open.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.CinPlanSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
    }
}
