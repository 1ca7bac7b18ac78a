namespace Csc.Analysis.Kpis;

/// <summary>How a KPI's year to date (from 1 April) is made.</summary>
public enum KpiYtdRule
{
    /// <summary>No YTD (snapshot counts, snapshot rates and ratios).</summary>
    None,

    /// <summary>Sum of the monthly counts.</summary>
    Sum,

    /// <summary>Sum of numerators over sum of denominators.</summary>
    Pool,

    /// <summary>
    /// A flow's rate per 10,000: the sum of the monthly counts over the month's population (the same estimate for the
    /// whole financial year, so not a sum of populations; it is also the sum of the monthly rates).
    /// </summary>
    Rate,
}
