namespace Csc.Analysis.Kpis;

/// <summary>Case-data tables a KPI reads; a KPI whose tables are all empty has no value (rather than a false zero).</summary>
[Flags]
public enum KpiSources
{
    None = 0,
    Contacts = 1,
    Referrals = 2,
    Assessments = 4,
    Section47 = 8,
    CpPlans = 16,
    CpVisits = 32,
    CinPlans = 64,
    LacEpisodes = 128,
    MissingEpisodes = 256,
    Advocacy = 512,
    EarlyHelp = 1024,
}
