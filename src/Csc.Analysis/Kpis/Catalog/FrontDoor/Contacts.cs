namespace Csc.Analysis.Kpis.Catalog;

/// <summary>contacts: the number of contacts, in the month of their date.</summary>
public static class Contacts
{
    /// <summary>The stable id.</summary>
    public const string Id = "contacts";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Contacts",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "contacts dated in the month",
        Sources = KpiSources.Contacts,
        Calculation = Calculate,
    };

    /// <summary>One per contact, in the month of its date.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var c in inputs.Data.Contacts)
        {
            sink.AddEvent(c.ContactDate, true, false, c);
        }
    }
}
