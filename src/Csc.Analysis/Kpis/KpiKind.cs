namespace Csc.Analysis.Kpis;

/// <summary>How a KPI is measured in time.</summary>
public enum KpiKind
{
    /// <summary>Events dated in the month (contacts, ICPCs held, episodes ending): YTD sums or pools months.</summary>
    Flow,

    /// <summary>Open at month end (plans, children looked after): a count has no YTD; a percentage pools the month-end cohorts.</summary>
    Snapshot,
}
