namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// The SSD tables the kit reads, with the field names of the SSD specification (v1.4.5). docs/statutory-formats.md
/// gives the mapping to the kit's domain table by table.
/// </summary>
public static class SsdSchema
{
    /// <summary>The SSD table <c>ssd_person</c>.</summary>
    public static SsdTable Person { get; } = new("ssd_person",
        ["pers_person_id", "pers_legacy_id", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_nationality"],
        ["pers_person_id"]);

    /// <summary>The SSD table <c>ssd_disability</c>.</summary>
    public static SsdTable Disability { get; } = new("ssd_disability",
        ["disa_table_id", "disa_person_id", "disa_disability_code"],
        ["disa_person_id", "disa_disability_code"]);

    /// <summary>The SSD table <c>ssd_address</c>.</summary>
    public static SsdTable Address { get; } = new("ssd_address",
        ["addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode"],
        ["addr_person_id", "addr_address_postcode"]);

    /// <summary>The SSD table <c>ssd_immigration_status</c>.</summary>
    public static SsdTable ImmigrationStatus { get; } = new("ssd_immigration_status",
        ["immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status"],
        ["immi_person_id", "immi_immigration_status"]);

    /// <summary>The SSD table <c>ssd_contacts</c>.</summary>
    public static SsdTable Contacts { get; } = new("ssd_contacts",
        ["cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json"],
        ["cont_contact_id", "cont_person_id", "cont_contact_date"]);

    /// <summary>The SSD table <c>ssd_early_help_episodes</c>.</summary>
    public static SsdTable EarlyHelpEpisodes { get; } = new("ssd_early_help_episodes",
        ["earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason", "earl_episode_end_reason", "earl_episode_organisation", "earl_episode_worker_id"],
        ["earl_episode_id", "earl_person_id", "earl_episode_start_date"]);

    /// <summary>The SSD table <c>ssd_cin_episodes</c>.</summary>
    public static SsdTable CinEpisodes { get; } = new("ssd_cin_episodes",
        ["cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc",
         "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id"],
        ["cine_referral_id", "cine_person_id", "cine_referral_date"]);

    /// <summary>The SSD table <c>ssd_cin_assessments</c>.</summary>
    public static SsdTable CinAssessments { get; } = new("ssd_cin_assessments",
        ["cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date",
         "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id"],
        ["cina_assessment_id", "cina_person_id", "cina_assessment_start_date"]);

    /// <summary>The SSD table <c>ssd_cin_plans</c>.</summary>
    public static SsdTable CinPlans { get; } = new("ssd_cin_plans",
        ["cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id"],
        ["cinp_cin_plan_id", "cinp_person_id", "cinp_cin_plan_start_date"]);

    /// <summary>The SSD table <c>ssd_s47_enquiry</c>.</summary>
    public static SsdTable S47Enquiry { get; } = new("ssd_s47_enquiry",
        ["s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json",
         "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id"],
        ["s47e_s47_enquiry_id", "s47e_person_id", "s47e_s47_start_date"]);

    /// <summary>The SSD table <c>ssd_initial_cp_conference</c>.</summary>
    public static SsdTable InitialCpConference { get; } = new("ssd_initial_cp_conference",
        ["icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in",
         "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id"],
        ["icpc_icpc_id", "icpc_s47_enquiry_id"]);

    /// <summary>The SSD table <c>ssd_cp_plans</c>.</summary>
    public static SsdTable CpPlans { get; } = new("ssd_cp_plans",
        ["cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola",
         "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category"],
        ["cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date"]);

    /// <summary>The SSD table <c>ssd_cp_visits</c>.</summary>
    public static SsdTable CpVisits { get; } = new("ssd_cp_visits",
        ["cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date", "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom"],
        ["cppv_cp_visit_id", "cppv_cp_visit_date"]);

    /// <summary>The SSD table <c>ssd_cp_reviews</c>.</summary>
    public static SsdTable CpReviews { get; } = new("ssd_cp_reviews",
        ["cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due", "cppr_cp_review_date", "cppr_cp_review_meeting_id",
         "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate", "cppr_cp_review_participation"],
        ["cppr_cp_review_id", "cppr_cp_plan_id", "cppr_cp_review_date"]);

    /// <summary>The SSD table <c>ssd_cla_episodes</c>.</summary>
    public static SsdTable ClaEpisodes { get; } = new("ssd_cla_episodes",
        ["clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason",
         "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id",
         "clae_cla_last_iro_contact_date", "clae_entered_care_date"],
        ["clae_cla_episode_id", "clae_person_id", "clae_cla_episode_start_date"]);

    /// <summary>The SSD table <c>ssd_cla_placement</c>.</summary>
    public static SsdTable ClaPlacement { get; } = new("ssd_cla_placement",
        ["clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn",
         "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date",
         "clap_cla_placement_change_reason"],
        ["clap_cla_placement_id", "clap_cla_placement_start_date"]);

    /// <summary>The SSD table <c>ssd_legal_status</c>.</summary>
    public static SsdTable LegalStatus { get; } = new("ssd_legal_status",
        ["lega_legal_status_id", "lega_person_id", "lega_legal_status", "lega_legal_status_start_date", "lega_legal_status_end_date"],
        ["lega_person_id", "lega_legal_status", "lega_legal_status_start_date"]);

    /// <summary>The SSD table <c>ssd_cla_reviews</c>.</summary>
    public static SsdTable ClaReviews { get; } = new("ssd_cla_reviews",
        ["clar_cla_review_id", "clar_cla_id", "clar_cla_person_id", "clar_cla_review_due_date", "clar_cla_review_date", "clar_cla_review_cancelled",
         "clar_cla_review_participation"],
        ["clar_cla_review_id", "clar_cla_review_date"]);

    /// <summary>The SSD table <c>ssd_cla_health</c>.</summary>
    public static SsdTable ClaHealth { get; } = new("ssd_cla_health",
        ["clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status"],
        ["clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date"]);

    /// <summary>The SSD table <c>ssd_missing</c>.</summary>
    public static SsdTable Missing { get; } = new("ssd_missing",
        ["miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date",
         "miss_missing_rhi_offered", "miss_missing_rhi_accepted"],
        ["miss_table_id", "miss_person_id", "miss_missing_episode_start_date"]);

    /// <summary>The SSD table <c>ssd_care_leavers</c>.</summary>
    public static SsdTable CareLeavers { get; } = new("ssd_care_leavers",
        ["clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact",
         "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date",
         "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id"],
        ["clea_table_id", "clea_person_id", "clea_care_leaver_latest_contact"]);

    /// <summary>The SSD table <c>ssd_involvements</c>.</summary>
    public static SsdTable Involvements { get; } = new("ssd_involvements",
        ["invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id",
         "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id"],
        ["invo_involvements_id", "invo_person_id", "invo_involvement_start_date"]);

    /// <summary>The SSD table <c>ssd_professionals</c>.</summary>
    public static SsdTable Professionals { get; } = new("ssd_professionals",
        ["prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag",
         "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency"],
        ["prof_professional_id"]);

    /// <summary>Every table the kit reads, people first (so the others can be checked against them).</summary>
    public static IReadOnlyList<SsdTable> Tables { get; } =
    [
        Person, Disability, Address, ImmigrationStatus, Contacts, EarlyHelpEpisodes, CinEpisodes, CinAssessments, CinPlans,
        S47Enquiry, InitialCpConference, CpPlans, CpVisits, CpReviews, ClaEpisodes, ClaPlacement, LegalStatus, ClaReviews,
        ClaHealth, Missing, CareLeavers, Involvements, Professionals,
    ];
}
