namespace Csc.Analysis.Kpis.Catalog;

/// <summary>cin_cp_ratio: children on CIN plans per child on a CP plan, at month end (a plain ratio).</summary>
public static class CinCpRatio
{
    /// <summary>The stable id.</summary>
    public const string Id = "cin_cp_ratio";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "CIN plans per CP plan",
        Area = KpiArea.ChildrenInNeed,
        Unit = KpiUnit.Ratio,
        Kind = KpiKind.Snapshot,
        Numerator = "children on CIN plans at month end",
        Denominator = "children on CP plans at month end",
        Sources = KpiSources.CinPlans | KpiSources.CpPlans,
        Calculation = Calculate,
    };

    /// <summary>CIN children in the numerator, CP children in the denominator.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.CinPlanSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
        foreach (var seg in inputs.CpPlanSegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
        }
    }
}
