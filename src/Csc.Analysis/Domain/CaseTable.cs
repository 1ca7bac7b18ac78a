namespace Csc.Analysis.Domain;

/// <summary>The tables of a council's case data, whatever format they came from (the canonical file names are in docs/data-model.md).</summary>
public enum CaseTable
{
    /// <summary>children.csv</summary>
    Children,

    /// <summary>contacts.csv</summary>
    Contacts,

    /// <summary>referrals.csv</summary>
    Referrals,

    /// <summary>assessments.csv</summary>
    Assessments,

    /// <summary>section47.csv</summary>
    Section47,

    /// <summary>cp_plans.csv</summary>
    CpPlans,

    /// <summary>cp_visits.csv</summary>
    CpVisits,

    /// <summary>cin_plans.csv</summary>
    CinPlans,

    /// <summary>lac_episodes.csv</summary>
    LacEpisodes,

    /// <summary>missing_episodes.csv</summary>
    MissingEpisodes,

    /// <summary>advocacy.csv</summary>
    Advocacy,

    /// <summary>early_help.csv</summary>
    EarlyHelp,

    /// <summary>events.csv</summary>
    Events,

    /// <summary>cp_reviews.csv</summary>
    CpReviews,

    /// <summary>lac_reviews.csv</summary>
    LacReviews,

    /// <summary>lac_health.csv</summary>
    LacHealth,

    /// <summary>care_leavers.csv</summary>
    CareLeavers,

    /// <summary>population.csv</summary>
    Population,
}
