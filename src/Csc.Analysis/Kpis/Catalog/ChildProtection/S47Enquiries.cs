namespace Csc.Analysis.Kpis.Catalog;

/// <summary>s47_enquiries: section 47 enquiries, in the month of their strategy discussion.</summary>
public static class S47Enquiries
{
    /// <summary>The stable id.</summary>
    public const string Id = "s47_enquiries";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Section 47 enquiries",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Flow,
        Numerator = "s47 enquiries whose strategy discussion is in the month",
        Sources = KpiSources.Section47,
        Calculation = Calculate,
    };

    /// <summary>One per enquiry, in the month of its strategy discussion.</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var s in inputs.Data.Section47Enquiries)
        {
            sink.AddEvent(s.StrategyDiscussionDate, true, false, s);
        }
    }
}
