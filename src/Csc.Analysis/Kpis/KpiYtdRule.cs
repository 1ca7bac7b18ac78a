namespace Csc.Analysis.Kpis;

/// <summary>How a KPI's year to date (from 1 April) is made.</summary>
public enum KpiYtdRule
{
    /// <summary>No YTD (snapshot counts and ratios).</summary>
    None,

    /// <summary>Sum of the monthly counts.</summary>
    Sum,

    /// <summary>Sum of numerators over sum of denominators.</summary>
    Pool,
}
