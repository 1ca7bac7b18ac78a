namespace Csc.Analysis.Benchmarking;

/// <summary>
/// The kit KPIs that have a published counterpart in the DfE Local Authority Interactive Tool, with how the
/// definitions differ (docs/benchmarking.md shows the same table). KPIs without a counterpart are not compared.
/// </summary>
public static class BenchmarkMappings
{
    /// <summary>Every mapping, in the order the benchmark table lists them.</summary>
    public static IReadOnlyList<BenchmarkMapping> All { get; } =
    [
        new()
        {
            KpiId = "referrals",
            Measure = "CPP_Total_NumRef",
            Difference = "DfE counts the referrals of the CIN census year; the kit counts the referrals in the extract, which may include referrals a census would not (for example ones later recorded as contacts).",
        },
        new()
        {
            KpiId = "assessments_within_45wd_pct",
            Measure = "Continue_Assess_Comp",
            Difference = "DfE: assessments completed in the year, from the assessment's start to its authorisation. The kit's clock start is configurable (assessment_clock_start): with referral it starts earlier than DfE's.",
        },
        new()
        {
            KpiId = "icpc_within_15wd_pct",
            Measure = "CP_conf_15days",
            Difference = "DfE: initial conferences in the year held within 15 working days of the strategy discussion that started the section 47 enquiry, same day = 0. The kit uses the configured icpc_working_days (15 by default) and counts working days after the strategy discussion up to and including the ICPC day, the same count.",
        },
        new()
        {
            KpiId = "cp_plans",
            Measure = "CPP_Num",
            Difference = "Both count children on a plan at 31 March. DfE rounds national and regional figures to the nearest 10.",
        },
        new()
        {
            KpiId = "lac",
            Measure = "LACnum",
            Difference = "Both count children looked after at 31 March, short breaks (V3, V4) excluded. DfE rounds national and regional figures to the nearest 10.",
        },
        new()
        {
            KpiId = "lac_over_20_miles_pct",
            Measure = "LACDistance",
            Difference = "DfE counts children placed more than 20 miles from home and outside the council's boundary, of those whose distance is known, as a whole percentage. The kit counts over distance_miles (20 by default) inside or outside the boundary.",
        },
        new()
        {
            KpiId = "cp_plans_open_2y_plus_pct",
            Measure = "CPPlans2yrsActive",
            Difference = "Both take the children on a plan at 31 March whose plan started two years or more before it. DfE publishes the percentage to one decimal.",
        },
    ];
}
