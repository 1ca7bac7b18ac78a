using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>contacts_blue_pct: the share of the month's contacts rated Blue, the lowest level of need.</summary>
public static class ContactsBluePct
{
    /// <summary>The stable id.</summary>
    public const string Id = "contacts_blue_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Contacts rated Blue (%)",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "the month's contacts with BRAG rating Blue",
        Denominator = "contacts dated in the month",
        Sources = KpiSources.Contacts,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 20, AmberBand = 10, Reason = "Blue is the lowest level of need; the May 2017 report calls 26% \"relatively high\"" },
        Calculation = Calculate,
    };

    /// <summary>Every contact in the denominator, in the month of its date; BRAG Blue in the numerator.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var c in inputs.Data.Contacts)
        {
            sink.AddEvent(c.ContactDate, c.BragRating == BragRating.Blue, true, c);
        }
    }
}
