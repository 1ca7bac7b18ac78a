using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// cp_plans_second_or_subsequent_pct: of the child protection plans starting in the month, those that are the child's
/// second or subsequent plan (DfE's CIN census measure "children who became the subject of a plan for a second or
/// subsequent time", LAIT PrevRegCPR).
/// </summary>
public static class CpPlansSecondOrSubsequentPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "cp_plans_second_or_subsequent_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Child protection plans that are a second or subsequent plan (%)",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "of those, plans whose child has another plan with an earlier start date in the data, or whose previous_cp_plans is 1 or more",
        Denominator = "CP plans whose start date is in the month (plans, not children)",
        Sources = KpiSources.CpPlans,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 22, AmberBand = 4, Reason = "England's published figure rose from 17.9% in 2016 to 24.7% in 2024 and was 24.5% in 2025 (LAIT PrevRegCPR); 22% is its middle" },
        Calculation = Calculate,
    };

    /// <summary>
    /// One pass finds each child's earliest plan start; a second adds every plan to its start's month, in the numerator
    /// when it starts after the child's earliest start (another plan started before it) or its
    /// <see cref="CpPlan.PreviousCpPlans"/> is 1 or more. Without the previous_cp_plans column (every value null) only
    /// the earlier-plan test applies, so the KPI stays available and counts the repeats the extract itself shows.
    /// Plans of one child starting on the same day are not earlier than each other.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var plans = inputs.Data.CpPlans;
        var earliest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var p in plans)
        {
            if (!earliest.TryGetValue(p.ChildId, out var first) || p.StartDate < first)
            {
                earliest[p.ChildId] = p.StartDate;
            }
        }
        foreach (var p in plans)
        {
            var repeat = p.StartDate > earliest[p.ChildId] || p.PreviousCpPlans is >= 1;
            sink.AddEvent(p.StartDate, repeat, true, p);
        }
    }
}
