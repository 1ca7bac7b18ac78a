namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// icpc_within_15wd_pct: ICPCs held within the ICPC timescale (15 working days by default) of the
/// strategy discussion.
/// </summary>
public static class IcpcWithin15WdPct
{
    /// <summary>The stable id (it stays the same when the timescale changes).</summary>
    public const string Id = "icpc_within_15wd_pct";

    /// <summary>The definition with the configured timescale.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return new()
        {
            Id = Id,
            Title = $"ICPCs within {timescales.IcpcWorkingDays} working days of the strategy discussion (%)",
            Area = KpiArea.ChildProtection,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Flow,
            Numerator = $"ICPCs held in the month with at most {timescales.IcpcWorkingDays} working days from the strategy discussion",
            Denominator = "ICPCs held in the month, less those dated before their strategy discussion (data errors, reported as ICPC_BEFORE_S47)",
            Sources = KpiSources.Section47,
            Polarity = KpiPolarity.HigherIsBetter,
            Target = new() { Value = 90, AmberBand = 10, Reason = "the May 2017 report's target" },
            Calculation = Calculate,
        };
    }

    /// <summary>
    /// ICPCs held in the month; numerator when WD(strategy discussion, ICPC) &lt;= the timescale (same
    /// day is 0). An ICPC before its strategy discussion is left out and reported as ICPC_BEFORE_S47.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var limit = inputs.Timescales.IcpcWorkingDays;
        foreach (var s in inputs.Data.Section47Enquiries)
        {
            if (!s.HasIcpc)
            {
                continue;
            }
            var icpc = s.IcpcDate!.Value;
            if (icpc < s.StrategyDiscussionDate)
            {
                inputs.Report(KpiRules.Issue(KpiRules.IcpcBeforeS47, "s47_enquiries", "icpc_date", IsoFormat.Date(icpc),
                    $"s47 enquiry {s.S47Id} (child {s.ChildId}): the ICPC on {IsoFormat.Date(icpc)} is before its strategy discussion on {IsoFormat.Date(s.StrategyDiscussionDate)}; it is left out of {Id}. Correct one of the dates."), s.S47Id);
                continue;
            }
            if (inputs.TryWorkingDays(s.StrategyDiscussionDate, icpc, "s47_enquiries", s.S47Id, out var wd))
            {
                sink.AddEvent(icpc, wd <= limit, true, s);
            }
        }
    }
}
