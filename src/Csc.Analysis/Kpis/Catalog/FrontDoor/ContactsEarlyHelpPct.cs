using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>contacts_early_help_pct: the share of the month's contacts passed to early help.</summary>
public static class ContactsEarlyHelpPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "contacts_early_help_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Contacts passed to early help (%)",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "the month's contacts with outcome EARLY_HELP",
        Denominator = "contacts dated in the month",
        Sources = KpiSources.Contacts,
        Calculation = Calculate,
    };

    /// <summary>Every contact in the denominator, in the month of its date; EARLY_HELP outcomes in the numerator.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var c in inputs.Data.Contacts)
        {
            sink.AddEvent(c.ContactDate, c.Outcome == ContactOutcome.EarlyHelp, true, c);
        }
    }
}
