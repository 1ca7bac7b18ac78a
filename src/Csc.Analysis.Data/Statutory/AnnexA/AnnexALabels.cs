namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// The Ofsted Annex A template's preferred labels for codes ("Codes_used" sheet: a letter for
/// ordering, the code, a short description). The writer uses them; the loader reads the code back
/// from the start of the label.
/// </summary>
internal static class AnnexALabels
{
    private static Dictionary<string, string> Lettered(params string[] labels)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            var letter = i < 26 ? ((char)('a' + i)).ToString() : new string('z', 2);
            d[StatutoryValues.LeadingCode(labels[i])] = $"{letter}) {labels[i]}";
        }
        return d;
    }

    private static Dictionary<string, string> Plain(params string[] labels)
        => labels.ToDictionary(StatutoryValues.LeadingCode, l => l, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> EthnicityLabels = Lettered(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    private static readonly Dictionary<string, string> SourceLabels = Lettered(
        "1A: Individual", "1B: Individual", "1C: Individual", "1D: Individual", "2A: Schools", "2B: Education services",
        "3A: Health services", "3B: Health services", "3C: Health services", "3D: Health services", "3E: Health services",
        "3F: Health services", "4: Housing", "5A: LA services", "5B: LA services", "5C: LA services", "6: Police",
        "7: Other legal agency", "8: Other", "9: Anonymous", "10: Unknown");

    private static readonly Dictionary<string, string> LegalStatusLabels = Plain(
        "C1: ICO", "C2: FCO", "D1: Freeing order", "E1: Placement order", "V2: Single period under S20",
        "L1: Police protection LA accommodation", "L2: EPO", "L3: Child assessment order LA accommodation",
        "J1: Remanded to LA or youth detention", "J2: LA accommodation under PACE", "J3: Youth rehabilitation order",
        "V3: Short term breaks, episodes recorded", "V4: Short term breaks, agreements recorded");

    private static readonly Dictionary<string, string> CategoryOfNeedLabels = Plain(
        "N1 - Abuse or neglect", "N2 - Child's disability", "N3 - Parental disability or illness", "N4 - Family in acute stress",
        "N5 - Family dysfunction", "N6 - Socially unacceptable behaviour", "N7 - Low income", "N8 - Absent parenting");

    private static readonly Dictionary<string, string> ReasonCeasedLabels = Lettered(
        "E11: Adopted - application unopposed", "E12: Adopted - consent dispensed", "E2: Died", "E3: Care taken by another LA",
        "E4A: Returned home to live with parents or relatives - part of planning",
        "E4B: Returned home to live with parents or relatives - not part of planning",
        "E13: Parents, relatives or other with no parental responsibility", "E41: Residence order granted",
        "E45: Special Guardianship Orders - former carer relative/friend", "E46: Special Guardianship Orders - former carer other",
        "E47: Special Guardianship Orders - relative/friend", "E48: Special Guardianship Orders - other",
        "E5: Moved into independent living - supported", "E6: Moved into independent living - no support",
        "E7: Transferred to residential care funded by adult social services", "E9: Sentenced to custody",
        "E14: Accommodation on remand ended", "E15: Age assessment determined child was 18 or over", "E16: Child moved abroad",
        "E8: Care ceased for any other reason");

    private static readonly Dictionary<string, string> PlacementTypeLabels = Lettered(
        "U1: Foster placement - relatives - long term", "U2: Foster placement - relative - FFA", "U3: Foster placement - relative - not FFA",
        "U4: Foster placement - long term", "U5: Foster placement - FFA", "U6: Foster placement - not FFA",
        "A3: Placed for adoption - consent - current foster", "A4: Placed for adoption - consent - not foster",
        "A5: Placed for adoption - order - foster", "A6: Placed for adoption - order - not foster", "P1: Placed with parents",
        "P2: Independent living", "P3: Residential employment", "H5: Residential accommodation", "K1: Secure Children's Homes",
        "K2: Children's Homes", "R1: Residential Care Home", "R2: NHS/Health Trust", "R3: Family Centre or Mother and Baby Unit",
        "R5: Young Offender Institution", "S1: Residential school", "Z1: Other placements", "T0: Temporary placement",
        "T1: Temporary placement - hospital", "T2: Temporary placement - holiday", "T3: Temporary placement - carer holiday",
        "T4: Temporary placement - seven days or less");

    private static readonly Dictionary<string, string> ProviderLabels = Lettered(
        "PR0: Parents/Parental responsibility", "PR1: Own provision", "PR2: Other LA provision", "PR3: Other public provision",
        "PR4: Private provision", "PR5: Voluntary/third sector");

    private static string? Label(Dictionary<string, string> table, string? code)
        => code is null ? null : table.TryGetValue(code, out var label) ? label : code;

    public static string? Ethnicity(string? code) => Label(EthnicityLabels, code);

    public static string? Source(string? code) => Label(SourceLabels, code);

    public static string? LegalStatus(string? code) => Label(LegalStatusLabels, code);

    public static string? CategoryOfNeed(string? code) => Label(CategoryOfNeedLabels, code);

    public static string? ReasonCeased(string? code) => Label(ReasonCeasedLabels, code);

    public static string? PlacementType(string? code) => Label(PlacementTypeLabels, code);

    public static string? Provider(string? code) => Label(ProviderLabels, code);

    public static string? Gender(string? sex) => sex?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "M" or "MALE" or "1" => "a) Male",
        "F" or "FEMALE" or "2" => "b) Female",
        _ => "c) Not stated/recorded",
    };

    public static string? YesNo(bool? value) => value switch
    {
        true => "a) Yes",
        false => "b) No",
        null => null,
    };

    /// <summary>Child.Disability as yes/no: Y/YES/1/TRUE or a disability code is yes; N/NO/NONE/0/FALSE is no.</summary>
    public static bool? Disability(string? disability)
    {
        if (string.IsNullOrWhiteSpace(disability))
        {
            return null;
        }
        return StatutoryValues.TryParseFlag(disability) ?? !string.Equals(disability.Trim(), "NONE", StringComparison.OrdinalIgnoreCase);
    }
}
