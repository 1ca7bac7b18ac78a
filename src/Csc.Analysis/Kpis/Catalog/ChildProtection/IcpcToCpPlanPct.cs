namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// icpc_to_cp_plan_pct: of the initial child protection conferences held in the month, those that led to a child
/// protection plan (cp_plan_from_icpc Y; DfE's ICPCs leading to a plan, CIN census).
/// </summary>
public static class IcpcToCpPlanPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "icpc_to_cp_plan_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Initial child protection conferences leading to a plan (%)",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "of those, conferences with cp_plan_from_icpc Y",
        Denominator = "ICPCs held in the month (ICPC date in the month and not marked not required)",
        Sources = KpiSources.Section47,
        Calculation = Calculate,
    };

    /// <summary>Every ICPC held in the denominator, in the month of the conference; those with cp_plan_from_icpc Y in the numerator (blank is not Y).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var s in inputs.Data.Section47Enquiries)
        {
            if (s.HasIcpc)
            {
                sink.AddEvent(s.IcpcDate!.Value, s.CpPlanFromIcpc == true, true, s);
            }
        }
    }
}
