namespace Csc.Analysis.Kpis;

/// <summary>Red, amber, green rating. <see cref="None"/> when the KPI has no target or no value.</summary>
public enum Rag
{
    None,
    Green,
    Amber,
    Red,
}
