namespace Csc.Analysis.Kpis;

/// <summary>
/// Case-data tables a KPI reads; a KPI has no value (rather than a false zero) when one of the main tables is empty
/// or one of the optional national-measure tables (from <see cref="CpReviews"/> on) was not supplied at all
/// (<see cref="Domain.CaseData.Supplied"/>: a supplied, empty table means none happened).
/// </summary>
[Flags]
public enum KpiSources
{
    /// <summary>No table.</summary>
    None = 0,
    /// <summary>contacts.csv.</summary>
    Contacts = 1,
    /// <summary>referrals.csv.</summary>
    Referrals = 2,
    /// <summary>assessments.csv.</summary>
    Assessments = 4,
    /// <summary>section47.csv.</summary>
    Section47 = 8,
    /// <summary>cp_plans.csv.</summary>
    CpPlans = 16,
    /// <summary>cp_visits.csv.</summary>
    CpVisits = 32,
    /// <summary>cin_plans.csv.</summary>
    CinPlans = 64,
    /// <summary>lac_episodes.csv.</summary>
    LacEpisodes = 128,
    /// <summary>missing_episodes.csv.</summary>
    MissingEpisodes = 256,
    /// <summary>advocacy.csv.</summary>
    Advocacy = 512,
    /// <summary>early_help.csv.</summary>
    EarlyHelp = 1024,

    /// <summary>cp_reviews.csv (optional: a KPI reading it has no value when the data did not carry the table).</summary>
    CpReviews = 2048,

    /// <summary>lac_reviews.csv (optional).</summary>
    LacReviews = 4096,

    /// <summary>lac_health.csv (optional).</summary>
    LacHealth = 8192,

    /// <summary>care_leavers.csv (optional).</summary>
    CareLeavers = 16384,

    /// <summary>population.csv (optional).</summary>
    Population = 32768,
}
