namespace Csc.Analysis.Kpis;

/// <summary>Which figure a KPI is rated on: the month's value or the year-to-date value.</summary>
public enum RateOn
{
    /// <summary>Rated on the month's value.</summary>
    Month,
    /// <summary>Rated on the year to date.</summary>
    YearToDate,
}
