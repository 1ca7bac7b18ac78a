namespace Csc.Analysis.Inspection;

/// <summary>The demographic groups of the inspection pack (DfE's age bands and ethnicity main groups).</summary>
public static class InspectionDemographics
{
    /// <summary>DfE's age bands, then "age not recorded".</summary>
    public static IReadOnlyList<string> AgeBands { get; } = ["under 1", "1-4", "5-9", "10-15", "16-17", "18+", "age not recorded"];

    /// <summary>Sexes.</summary>
    public static IReadOnlyList<string> Sexes { get; } = ["female", "male", "sex not recorded"];

    /// <summary>DfE's ethnicity main groups, then "not recorded" and "unknown code".</summary>
    public static IReadOnlyList<string> EthnicGroups { get; } =
        ["White", "Mixed", "Asian or Asian British", "Black or Black British", "Other ethnic group", "Refused or not obtained", "not recorded", "unknown code"];

    /// <summary>Disability groups.</summary>
    public static IReadOnlyList<string> Disabilities { get; } = ["disabled", "not disabled", "not recorded"];

    /// <summary>The age band of an age in whole years.</summary>
    public static string AgeBand(int? age) => age switch
    {
        null or < 0 => AgeBands[6],
        0 => AgeBands[0],
        <= 4 => AgeBands[1],
        <= 9 => AgeBands[2],
        <= 15 => AgeBands[3],
        <= 17 => AgeBands[4],
        _ => AgeBands[5],
    };

    /// <summary>female, male or sex not recorded.</summary>
    public static string Sex(string? sex) => sex?.Trim().ToUpperInvariant() switch
    {
        "F" => Sexes[0],
        "M" => Sexes[1],
        _ => Sexes[2],
    };

    /// <summary>The main group of a DfE ethnicity code (WBRI → White, CHNE → Other ethnic group, ...).</summary>
    public static string EthnicGroup(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => EthnicGroups[6],
        "WBRI" or "WIRI" or "WOTH" or "WIRT" or "WROM" => EthnicGroups[0],
        "MWBC" or "MWBA" or "MWAS" or "MOTH" => EthnicGroups[1],
        "AIND" or "APKN" or "ABAN" or "AOTH" => EthnicGroups[2],
        "BCRB" or "BAFR" or "BOTH" => EthnicGroups[3],
        "CHNE" or "OOTH" => EthnicGroups[4],
        "REFU" or "NOBT" => EthnicGroups[5],
        _ => EthnicGroups[7],
    };

    /// <summary>disabled (Y), not disabled (N) or not recorded.</summary>
    public static string Disability(string? flag) => flag?.Trim().ToUpperInvariant() switch
    {
        "Y" => Disabilities[0],
        "N" => Disabilities[1],
        _ => Disabilities[2],
    };
}
