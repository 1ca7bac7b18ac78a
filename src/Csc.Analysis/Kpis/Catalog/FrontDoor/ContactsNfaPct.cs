using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>contacts_nfa_pct: the share of the month's contacts that ended in no further action.</summary>
public static class ContactsNfaPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "contacts_nfa_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Contacts ending in no further action (%)",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "the month's contacts with outcome NFA",
        Denominator = "contacts dated in the month",
        Sources = KpiSources.Contacts,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 30, AmberBand = 5, Reason = "a high NFA rate means contacts that did not need the front door; the May 2017 report calls 33% \"still higher than the threshold\"" },
        Calculation = Calculate,
    };

    /// <summary>Every contact in the denominator, in the month of its date; NFA outcomes in the numerator.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var c in inputs.Data.Contacts)
        {
            sink.AddEvent(c.ContactDate, c.Outcome == ContactOutcome.Nfa, true, c);
        }
    }
}
