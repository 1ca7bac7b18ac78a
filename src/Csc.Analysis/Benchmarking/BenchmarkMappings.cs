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
        new()
        {
            KpiId = "cp_reviews_in_timescale_pct",
            Measure = "RevCP",
            Difference = "DfE: children on a plan at 31 March for three months or more whose plan was reviewed within the required timescales (first review within three months, then every six months). The kit applies the same intervals to the plan's reviews up to 31 March; a plan whose reviews were once late stays late.",
        },
        new()
        {
            KpiId = "uasc_lac",
            Measure = "Unacc_Asylmn_Seek_Childn",
            Difference = "Both count unaccompanied asylum-seeking children looked after at 31 March, short breaks excluded. DfE rounds national and regional figures to the nearest 10.",
        },
        new()
        {
            KpiId = "lac_health_assessment_pct",
            Measure = "LACHealth%",
            Difference = "DfE: children looked after continuously for 12 months at 31 March with their annual health assessment (under-fives need two). The kit: children whose period of care started a year before 31 March with a completed assessment in the year to it; one assessment counts at any age.",
        },
        new()
        {
            KpiId = "lac_dental_check_pct",
            Measure = "LACDental%",
            Difference = "DfE: children looked after continuously for 12 months at 31 March whose teeth were checked by a dentist in the year. The kit: children whose period of care started a year before 31 March with a completed dental check in the year to it.",
        },
        new()
        {
            KpiId = "care_leavers_suitable_accommodation_pct",
            Measure = "CareLeaverAcc",
            Difference = "Both take the care leavers whose 19th, 20th or 21st birthday fell in the year to 31 March (the kit's ages are configurable), less those who died or returned home; DfE also leaves out those gone abroad, deported or whose residence is not known, the kit does not. DfE counts young people, the kit records (one per young person a year in an OC3 return). Not known counts as not suitable in both.",
        },
        new()
        {
            KpiId = "care_leavers_eet_pct",
            Measure = "CareLeaverEET",
            Difference = "Both take the same cohort as CareLeaverAcc, in education, employment or training (ACTIV F1 to F5, P1 to P5); DfE counts young people, the kit records.",
        },
        new()
        {
            KpiId = "referrals_rate_per_10k",
            Measure = "CPP_Total_Rateper10,000",
            Difference = "DfE: the referrals of the CIN census year per 10,000 children aged 0 to 17. The kit: the year to date at March over the mid-year estimate of population.csv for the year starting in April (mid-2016 for 2016-17); the count differs as for referrals.",
        },
        new()
        {
            KpiId = "s47_rate_per_10k",
            Measure = "Section_47",
            Difference = "DfE: section 47 enquiries starting in the year per 10,000 children. The kit dates an enquiry by its strategy discussion, over population.csv's estimate.",
        },
        new()
        {
            KpiId = "icpc_rate_per_10k",
            Measure = "ISCP_Conf",
            Difference = "Both count initial conferences (not children) held in the year per 10,000 children; the kit over population.csv's estimate.",
        },
        new()
        {
            KpiId = "cp_plans_rate_per_10k",
            Measure = "CPP_rate",
            Difference = "Both take the children on a plan at 31 March per 10,000 children; the kit over population.csv's estimate.",
        },
        new()
        {
            KpiId = "cin_rate_per_10k",
            Measure = "CIN",
            Difference = "Both take the children with a child in need episode open at 31 March per 10,000 children. DfE's episodes are the CIN census's (a referral that is not an episode, such as one closed the same day, is not in it); the kit's are the referrals with their closure dates, over population.csv's estimate.",
        },
        new()
        {
            KpiId = "lac_rate_per_10k",
            Measure = "LAC",
            Difference = "Both take the children looked after at 31 March (V3, V4 excluded) per 10,000 children aged under 18. DfE publishes whole numbers; the kit divides by population.csv's estimate.",
        },
        new()
        {
            KpiId = "referrals_repeat_12m_pct",
            Measure = "ReReferral",
            Difference = "Both take the referrals of the year whose child had another referral in the 12 months before. DfE looks back over the census's referrals only; the kit over every referral in the extract, so a referral in the 12 months before the extract starts is not seen (the first year of an extract reads low).",
        },
        new()
        {
            KpiId = "referrals_nfa_pct",
            Measure = "CIN_Refferals_NFA",
            Difference = "DfE: referrals in the year that ended in no further action, read from the census's dates and reasons for closure. The kit: the year's referrals whose nfa flag is Y, as the council's system records it.",
        },
        new()
        {
            KpiId = "cp_plans_second_or_subsequent_pct",
            Measure = "PrevRegCPR",
            Difference = "Both take the plans starting in the year whose child had a plan before, at any time and in any council. The kit sees an earlier plan in the extract or previous_cp_plans 1 or more; without previous_cp_plans a plan before the extract, or in another council, is missed.",
        },
        new()
        {
            KpiId = "cp_plans_ended_2y_plus_pct",
            Measure = "CPPlans2yrs",
            Difference = "Both take the plans ending in the year that lasted two years or more (DfE: more than 729 days counting the end day; the kit: end_date - start_date of 729 days or more, the same plans).",
        },
        new()
        {
            KpiId = "lac_3plus_placements_pct",
            Measure = "LACStable_2016on",
            Difference = "Both take the children looked after at 31 March (short breaks excluded) with three or more placements in the year. DfE counts placements from the SSDA903 episodes; the kit counts the episodes starting in the year with a new placement (reason S, P, B, T or U) and one for an episode open at the year's start, the same count on a 903 return. DfE publishes whole percentages.",
        },
        new()
        {
            KpiId = "lac_long_term_stability_pct",
            Measure = "LAC_LongStable%",
            Difference = "Both take the children under 16 at 31 March looked after for two and a half years or more, in the same placement for two years or placed for adoption (the kit counts a change of legal status alone, reason L, as the same placement; an adoptive placement that follows a foster placement with the same carers, which DfE joins, is a new placement to the kit). DfE publishes whole percentages.",
        },
    ];
}
