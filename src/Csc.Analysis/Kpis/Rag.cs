namespace Csc.Analysis.Kpis;

/// <summary>Red, amber, green rating. <see cref="None"/> when the KPI has no target or no value.</summary>
public enum Rag
{
    /// <summary>Not rated.</summary>
    None,
    /// <summary>On target.</summary>
    Green,
    /// <summary>Near the target (within the amber band).</summary>
    Amber,
    /// <summary>Off target.</summary>
    Red,
}
