namespace Csc.Analysis.Inspection;

/// <summary>
/// The title of every measure id the pack writes (docs/inspection.md gives each definition). Ids ending
/// <c>_rate_per_10k</c>, <c>_age_sex</c>, <c>_ethnicity</c> and <c>_disability</c> are titled from their stem.
/// </summary>
public static class InspectionMeasureTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["contacts"] = "Contacts in the window (children; rows under chat)",
        ["contacts_records"] = "Contact records in the window",
        ["contacts_source"] = "Contacts by source",
        ["early_help_started"] = "Early help started in the window",
        ["early_help_ended"] = "Early help ended in the window",
        ["early_help_open"] = "Early help open at the reference date",
        ["early_help_open_length"] = "Open early help by length",
        ["referrals"] = "Referrals in the window (children; rows under chat)",
        ["referrals_records"] = "Referral records in the window",
        ["referrals_nfa_pct"] = "Referrals with no further action (%)",
        ["referrals_repeat_12m_pct"] = "Re-referrals within 12 months of a previous referral (%)",
        ["referrals_source"] = "Referrals by source",
        ["referrals_primary_need"] = "Referrals by primary need",
        ["assessments_started"] = "Assessments started in the window",
        ["assessments_completed"] = "Assessments completed (authorised) in the window",
        ["assessments_open"] = "Assessments open at the reference date",
        ["assessments_within_45wd_pct"] = "Assessments completed within 45 working days (%)",
        ["assessments_duration_bins"] = "Completed assessments by working days from start to authorisation",
        ["assessments_duration_percentile"] = "Working days from start to authorisation: quartiles",
        ["assessments_nfa_pct"] = "Assessments with no further action (%)",
        ["assessments_outcome"] = "Completed assessments by outcome",
        ["s47_enquiries"] = "Section 47 enquiries started in the window",
        ["s47_rate_per_10k"] = "Section 47 enquiries started in the window, per 10,000 children",
        ["icpcs"] = "ICPCs held in the window",
        ["icpc_rate_per_10k"] = "ICPCs held in the window, per 10,000 children",
        ["s47_icpc_not_required_pct"] = "Section 47 enquiries where an ICPC was not required (%)",
        ["icpc_within_15wd_pct"] = "ICPCs within 15 working days of the strategy discussion (%)",
        ["s47_icpc_duration_bins"] = "ICPCs by working days from the strategy discussion",
        ["s47_icpc_duration_percentile"] = "Working days from strategy discussion to ICPC: quartiles",
        ["icpc_to_cp_plan_pct"] = "ICPCs that led to a CP plan (%)",
        ["cin_plans"] = "Children on a CIN plan at the reference date",
        ["children_in_need"] = "Children in need at the reference date (a referral open)",
        ["cin_rate_per_10k"] = "Children in need at the reference date, per 10,000 children",
        ["cin_plans_started"] = "CIN plans started in the window",
        ["cin_plans_ended"] = "CIN plans ended in the window",
        ["cin_open_length"] = "Open CIN plans by length",
        ["cin_plans_over_12m_pct"] = "Open CIN plans open 12 months or more (%)",
        ["cp_plans"] = "Children on a CP plan at the reference date",
        ["cp_plans_started"] = "CP plans started in the window",
        ["cp_plans_ended"] = "CP plans ended in the window",
        ["cp_category"] = "Open CP plans by category of abuse (latest)",
        ["cp_initial_category"] = "CP plans started by initial category of abuse",
        ["cp_open_length"] = "Open CP plans by length",
        ["cp_ended_length"] = "Ended CP plans by length",
        ["cp_plans_open_2y_plus_pct"] = "Open CP plans open 2 years or more (%)",
        ["cp_plans_ended_2y_plus_pct"] = "Ended CP plans that lasted 2 years or more (%)",
        ["cp_plans_second_or_subsequent_pct"] = "CP plans started that are a second or subsequent plan (%)",
        ["cp_visit_since"] = "Open CP plans by working days since the last visit",
        ["cp_review_since"] = "Open CP plans by days since the last review conference",
        ["lac"] = "Children looked after at the reference date",
        ["lac_started"] = "Periods of care started in the window",
        ["lac_ceased"] = "Periods of care ended in the window",
        ["lac_legal_status"] = "Children looked after by legal status",
        ["lac_placement_type"] = "Children looked after by placement type",
        ["lac_placement_provider"] = "Children looked after by placement provider",
        ["lac_category_of_need"] = "Children looked after by category of need",
        ["lac_placement_location"] = "Children looked after placed inside or outside the council's area",
        ["lac_reason_ceased"] = "Periods of care ended by reason",
        ["lac_open_length"] = "Children looked after by time in care",
        ["lac_3plus_placements_pct"] = "Children looked after with 3 or more placements in 12 months (%)",
        ["lac_long_term_stability_pct"] = "Long-term stability: under-16s looked after 2.5 years or more, in the same placement 2 years or more (%)",
        ["lac_health_assessment_pct"] = "Looked after 12 months or more with a health assessment in the last 12 months (%)",
        ["lac_dental_check_pct"] = "Looked after 12 months or more with a dental check in the last 12 months (%)",
        ["lac_missing_children"] = "Children looked after missing in the window",
        ["lac_missing_episodes"] = "Missing episodes of children looked after in the window",
        ["lac_absent_children"] = "Children looked after absent in the window",
        ["lac_absent_episodes"] = "Absent episodes of children looked after in the window",
        ["lac_missing_rhi_offered_pct"] = "Missing episodes with a return interview offered (%)",
        ["lac_review_since"] = "Children looked after by days since the last review",
        ["uasc_lac"] = "Unaccompanied asylum-seeking children looked after",
        ["care_leavers"] = "Care leavers with a birthday (17th to 21st) in the window",
        ["care_leavers_in_touch_pct"] = "Care leavers in touch (%)",
        ["care_leavers_suitable_accommodation_pct"] = "Care leavers in suitable accommodation (%)",
        ["care_leavers_eet_pct"] = "Care leavers in education, employment or training (%)",
        ["care_leavers_now"] = "Care leavers in the Annex A (list 9)",
        ["care_leavers_in_touch_now_pct"] = "Care leavers the council is in touch with now (%)",
        ["care_leavers_suitable_now_pct"] = "Care leavers in suitable accommodation now (%)",
        ["care_leavers_eet_now_pct"] = "Care leavers in education, employment or training now (%)",
        ["care_leavers_accommodation_now"] = "Care leavers by type of accommodation now",
        ["care_leavers_activity_now"] = "Care leavers by activity now",
        ["lac_missing_children_12m"] = "Children with a missing episode in the 12 months before the return (list 8)",
        ["lac_missing_episodes_12m"] = "Missing episodes in the 12 months before the return (list 8)",
        ["lac_absent_children_12m"] = "Children with an absence in the 12 months before the return (list 8)",
        ["lac_absent_episodes_12m"] = "Absences in the 12 months before the return (list 8)",
        ["lac_missing_rhi_offered_last_pct"] = "Children missing offered a return interview after the last episode (%)",
        ["lac_missing_rhi_accepted_last_pct"] = "Of those offered, children who accepted the return interview (%)",
        ["adoption_decisions"] = "Decisions that a child should be placed for adoption in the window (list 10)",
        ["adoption_placement_orders"] = "Placement orders in the window",
        ["adoption_matched"] = "Children matched with adopters in the window",
        ["adoption_placed"] = "Children placed for adoption in the window",
        ["adoption_orders"] = "Adoption orders in the window",
        ["adoption_no_longer"] = "Decisions that a child should no longer be placed for adoption in the window",
        ["adoption_days_care_to_placed_percentile"] = "Days from entering care to being placed for adoption (children placed in the window): quartiles",
        ["adoption_days_order_to_match_percentile"] = "Days from placement order to match (children matched in the window): quartiles",
        ["adoption_placed_within_14m_pct"] = "Children placed for adoption in the window less than 14 months after entering care (%)",
        ["adoption_days_care_to_decision_percentile"] = "Days from entering care to the decision that the child should be placed for adoption (decisions in the window): quartiles",
        ["adoption_days_decision_to_match_percentile"] = "Days from the decision to the match (children matched in the window): quartiles",
        ["adoption_adopted"] = "Children adopted in the window",
        ["adoption_days_care_to_adoption_percentile"] = "Days from entering care to adoption: quartiles",
        ["adoption_placed_for_adoption"] = "Children placed for adoption at the reference date",
        ["adoption_placement_order"] = "Children on a placement order at the reference date",
    };

    /// <summary>Every id with its own title (the generated ones excepted).</summary>
    public static IReadOnlyCollection<string> Ids => Titles.Keys;

    /// <summary>The title of <paramref name="measureId"/>; the id itself when it is unknown.</summary>
    public static string Title(string measureId)
    {
        ArgumentNullException.ThrowIfNull(measureId);
        if (Titles.TryGetValue(measureId, out var t))
        {
            return t;
        }
        foreach (var (suffix, what) in new[] { ("_rate_per_10k", "per 10,000 children"), ("_age_sex", "by age and sex"), ("_ethnicity", "by ethnicity (main group)"), ("_disability", "by disability") })
        {
            if (measureId.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = measureId[..^suffix.Length];
                var title = Titles.TryGetValue(stem, out var s) ? s
                    : InspectionLists.All.Contains(stem) ? InspectionLists.Title(stem)
                    : stem;
                return $"{title}, {what}";
            }
        }
        return measureId;
    }

    /// <summary>True when <paramref name="measureId"/> has a title (its own or from its stem).</summary>
    public static bool IsKnown(string measureId) => !string.Equals(Title(measureId), measureId, StringComparison.Ordinal);
}
