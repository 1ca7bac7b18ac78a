namespace Csc.Analysis.Kpis;

/// <summary>What a KPI's value is measured in.</summary>
public enum KpiUnit
{
    /// <summary>A number of children or events.</summary>
    Count,

    /// <summary>A percentage, 0 to 100: 100 × numerator / denominator.</summary>
    Percent,

    /// <summary>A plain ratio: numerator / denominator.</summary>
    Ratio,
}
