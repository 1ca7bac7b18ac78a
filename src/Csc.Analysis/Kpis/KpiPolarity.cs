namespace Csc.Analysis.Kpis;

/// <summary>Which direction is good.</summary>
public enum KpiPolarity
{
    /// <summary>Neither direction is good in itself (volumes of demand).</summary>
    Neutral,
    /// <summary>A higher value is better.</summary>
    HigherIsBetter,
    /// <summary>A lower value is better.</summary>
    LowerIsBetter,
}
