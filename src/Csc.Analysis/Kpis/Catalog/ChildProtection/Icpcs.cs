namespace Csc.Analysis.Kpis.Catalog;

/// <summary>icpcs: initial child protection conferences held (conferences, not children), in the month held.</summary>
public static class Icpcs
{
    /// <summary>The stable id.</summary>
    public const string Id = "icpcs";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Initial child protection conferences",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "ICPCs held in the month (conferences, not children; ICPC date in the month and not marked not required)",
        Sources = KpiSources.Section47,
        Calculation = Calculate,
    };

    /// <summary>One per ICPC held (a date, not marked not required), in the month of the conference.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var s in inputs.Data.Section47Enquiries)
        {
            if (s.HasIcpc)
            {
                sink.AddEvent(s.IcpcDate!.Value, true, false, s);
            }
        }
    }
}
