namespace Csc.Analysis.Disproportionality;

/// <summary>The labels of <see cref="EthnicityGroup"/> and the DfE ethnicity codes of each.</summary>
public static class EthnicityGroups
{
    /// <summary>Every group, in output order (White British first).</summary>
    public static IReadOnlyList<EthnicityGroup> All { get; } = Enum.GetValues<EthnicityGroup>();

    /// <summary>The reference group of the relative rate index: White British.</summary>
    public const EthnicityGroup Reference = EthnicityGroup.WhiteBritish;

    /// <summary>The output's label: White British, White other, Mixed, Asian or Asian British, Black or Black British, Other ethnic group, Refused or not obtained, not recorded, unknown code.</summary>
    public static string Label(this EthnicityGroup group) => group switch
    {
        EthnicityGroup.WhiteBritish => "White British",
        EthnicityGroup.WhiteOther => "White other",
        EthnicityGroup.Mixed => "Mixed",
        EthnicityGroup.Asian => "Asian or Asian British",
        EthnicityGroup.Black => "Black or Black British",
        EthnicityGroup.Other => "Other ethnic group",
        EthnicityGroup.RefusedOrNotObtained => "Refused or not obtained",
        EthnicityGroup.NotRecorded => "not recorded",
        EthnicityGroup.UnknownCode => "unknown code",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown ethnicity group."),
    };

    /// <summary>The group of a DfE ethnicity code (trimmed, any case); blank is not recorded, anything else unknown code.</summary>
    public static EthnicityGroup Of(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => EthnicityGroup.NotRecorded,
        "WBRI" => EthnicityGroup.WhiteBritish,
        "WIRI" or "WIRT" or "WOTH" or "WROM" => EthnicityGroup.WhiteOther,
        "MWBC" or "MWBA" or "MWAS" or "MOTH" => EthnicityGroup.Mixed,
        "AIND" or "APKN" or "ABAN" or "AOTH" => EthnicityGroup.Asian,
        "BCRB" or "BAFR" or "BOTH" => EthnicityGroup.Black,
        "CHNE" or "OOTH" => EthnicityGroup.Other,
        "REFU" or "NOBT" => EthnicityGroup.RefusedOrNotObtained,
        _ => EthnicityGroup.UnknownCode,
    };

    /// <summary>
    /// The group a population file's <c>ethnicity</c> cell names: a DfE code (WBRI, AIND, ...), a group's label
    /// (any case) or one of the short names White other, Asian, Black, Other, Refused; null otherwise (including
    /// "White" alone, which does not separate the reference group).
    /// </summary>
    public static EthnicityGroup? Parse(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }
        if (Of(t) is var byCode and not EthnicityGroup.UnknownCode)
        {
            return byCode;
        }
        foreach (var group in All)
        {
            if (group is not (EthnicityGroup.NotRecorded or EthnicityGroup.UnknownCode) && string.Equals(group.Label(), t, StringComparison.OrdinalIgnoreCase))
            {
                return group;
            }
        }
        return t.ToUpperInvariant() switch
        {
            "OTHER WHITE" or "ANY OTHER WHITE BACKGROUND" => EthnicityGroup.WhiteOther,
            "ASIAN" => EthnicityGroup.Asian,
            "BLACK" => EthnicityGroup.Black,
            "OTHER" or "ANY OTHER ETHNIC GROUP" => EthnicityGroup.Other,
            "REFUSED" or "NOT OBTAINED" or "INFORMATION NOT YET OBTAINED" => EthnicityGroup.RefusedOrNotObtained,
            _ => null,
        };
    }
}
