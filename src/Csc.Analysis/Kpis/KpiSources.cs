namespace Csc.Analysis.Kpis;

/// <summary>Case-data tables a KPI reads; a KPI whose tables are all empty has no value (rather than a false zero).</summary>
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
}
