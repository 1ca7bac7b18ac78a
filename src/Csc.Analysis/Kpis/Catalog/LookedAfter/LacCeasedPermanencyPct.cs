namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// lac_ceased_permanency_pct: the share of children ceasing to be looked after in the month who left
/// through adoption or a special guardianship order.
/// </summary>
public static class LacCeasedPermanencyPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "lac_ceased_permanency_pct";

    /// <summary>Child arrangements (formerly residence) order, counted as permanency only when configured.</summary>
    public const string ChildArrangementsOrderReason = "E41";

    /// <summary>Reasons an episode ceased that mean adoption (E11, E12) or a special guardianship order (E43 to E48).</summary>
    public static IReadOnlySet<string> PermanencyReasons { get; } = new HashSet<string>(StringComparer.Ordinal) { "E11", "E12", "E43", "E44", "E45", "E46", "E47", "E48" };

    /// <summary>The definition; the reasons counted follow <see cref="KpiTimescales.PermanencyIncludesChildArrangementsOrders"/>.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        var reasons = timescales.PermanencyIncludesChildArrangementsOrders ? "E11, E12, E41, E43-E48" : "E11, E12, E43-E48";
        return new()
        {
            Id = Id,
            Title = "Children ceasing care through adoption or special guardianship (%)",
            Area = KpiArea.LookedAfter,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Flow,
            Numerator = $"of those, children whose last episode ending in the month ended with reason {reasons}",
            Denominator = "children who ceased to be looked after in the month (an episode ending with a reason other than X1)",
            Sources = KpiSources.LacEpisodes,
            Polarity = KpiPolarity.HigherIsBetter,
            Target = new() { Value = 10, AmberBand = 5, Reason = "the May 2017 report's 5.6% is amber" },
            Calculation = Calculate,
        };
    }

    /// <summary>
    /// Children whose (non short-break) episode ended in the month with a
    /// reason other than X1, each child once a month (the last such episode); numerator when that
    /// reason is adoption or SGO (and E41 when configured). A blank reason counts as ceased, not permanency.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var includeCao = inputs.Timescales.PermanencyIncludesChildArrangementsOrders;
        var (ceased, keys) = KpiInputs.SortByChild(
            inputs.Data.LacEpisodes.Where(e => !e.IsShortBreak && e.EndDate is not null && LookedAfterCohort.Code(e.ReasonCeased) != "X1").ToArray(),
            static e => e.ChildId, static e => e.EndDate!.Value.DayNumber, inputs.ChildKeyOf);
        for (var i = 0; i < ceased.Length; i++)
        {
            var e = ceased[i];
            var month = KpiMonths.Index(e.EndDate!.Value);
            if (i + 1 < ceased.Length && keys[i + 1] == keys[i] && KpiMonths.Index(ceased[i + 1].EndDate!.Value) == month)
            {
                continue; // a later cessation of the same child in the same month counts instead
            }
            var reason = LookedAfterCohort.Code(e.ReasonCeased);
            var permanent = reason is not null && (PermanencyReasons.Contains(reason) || (includeCao && reason == ChildArrangementsOrderReason));
            sink.AddEvent(e.EndDate!.Value, permanent, true, e);
        }
    }
}
