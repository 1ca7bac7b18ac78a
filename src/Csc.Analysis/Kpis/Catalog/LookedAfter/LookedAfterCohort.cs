namespace Csc.Analysis.Kpis.Catalog;

/// <summary>What the looked-after KPIs share: the month-end cohort's description and the reading of SSDA903 codes.</summary>
internal static class LookedAfterCohort
{
    /// <summary>The denominator of most looked-after KPIs (short breaks, V3 and V4, are never in it).</summary>
    public const string Description = "children looked after at month end";

    /// <summary>An SSDA903 code as compared: trimmed and upper-case; null when blank.</summary>
    public static string? Code(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}
