namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// cp_plans_open_2y_plus_pct: of the children on a child protection plan at month end d, those whose plan started
/// two years or more before d (DfE's CIN census measure "CP plans lasting 2 years or more as at 31 March",
/// LAIT CPPlans2yrsActive, taken at every month end).
/// </summary>
public static class CpPlansOpen2yPlusPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "cp_plans_open_2y_plus_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children on child protection plans for 2 years or more (%)",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children whose plan started on or before d.AddYears(-2)",
        Denominator = "children with a CP plan open at month end d (a child with several open plans counts once, by the plan that started first)",
        Sources = KpiSources.CpPlans,
        Polarity = KpiPolarity.LowerIsBetter,
        Target = new() { Value = 2.5, AmberBand = 1.5, Reason = "England's published figure was 1.8% to 2.6% in every year from 2016 to 2025 (LAIT CPPlans2yrsActive)" },
        Calculation = Calculate,
    };

    /// <summary>
    /// Each child's merged plan segments (<see cref="KpiInputs.CpPlanSegments"/>: at each month end the open plan
    /// that started first stands for the child) in the denominator; in the numerator from the first month end d
    /// with start &lt;= d.AddYears(-2) (<see cref="KpiMonths.FirstMonthEndMonthsAfter"/> with 24 months: the start's
    /// month + 24, one more for a plan started on 29 February: 28 February two years later less two years is
    /// 28 February, before the start, so it counts from the end of March).
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.CpPlanSegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
            var from = Math.Max(seg.First, KpiMonths.FirstMonthEndMonthsAfter(seg.Record.StartDate, 24));
            if (from <= seg.Last)
            {
                sink.Add(from, seg.Last, true, false, seg.Record, null);
            }
        }
    }
}
