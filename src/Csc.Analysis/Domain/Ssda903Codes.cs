namespace Csc.Analysis.Domain;

/// <summary>
/// The code lists of the DfE SSDA903 (children looked after) return, with their meanings, as
/// established from the DfE guide and the public csc-validator-be-903 rules (143 RNE, 144 LS, 145
/// CIN, 146 PLACE, 149 REC). Codes retired or added over the years are included so historic and
/// current extracts both load; each such code says so in its meaning. Used by the canonical and
/// the SSDA903 loaders. Lookups are case-sensitive here; loaders match case-insensitively.
/// </summary>
public static class Ssda903Codes
{
    /// <summary>RNE: reason for new episode of care.</summary>
    public static IReadOnlyDictionary<string, string> ReasonNewEpisode { get; } = Ordered(
        ("S", "Started to be looked after"),
        ("L", "Change of legal status only"),
        ("P", "Change of placement and carer(s) only"),
        ("T", "Change of both legal status and placement and carer(s) at the same time"),
        ("U", "Change of legal status and change of placement, but carer(s) stays the same"),
        ("B", "Change of placement, but carer(s) stays the same"));

    /// <summary>LS: legal status. V3 and V4 are short breaks, not counted as looked after.</summary>
    public static IReadOnlyDictionary<string, string> LegalStatus { get; } = Ordered(
        ("C1", "Interim care order"),
        ("C2", "Full care order"),
        ("D1", "Freeing order granted"),
        ("E1", "Placement order granted"),
        ("J1", "Remanded to local authority accommodation or to youth detention accommodation"),
        ("J2", "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984, including secure accommodation"),
        ("J3", "Sentenced to a youth rehabilitation order with a residence or intensive fostering requirement"),
        ("L1", "Under police protection and in local authority accommodation"),
        ("L2", "Emergency protection order"),
        ("L3", "Under a child assessment order and in local authority accommodation"),
        ("V2", "Single period of accommodation under section 20 (Children Act 1989)"),
        ("V3", "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded"),
        ("V4", "Accommodated under an agreed series of short-term breaks, when agreements are recorded"));

    /// <summary>CIN: category of need (the SSDA903 list; the CIN census adds N0 and N9).</summary>
    public static IReadOnlyDictionary<string, string> CategoryOfNeed { get; } = Ordered(
        ("N1", "Abuse or neglect"),
        ("N2", "Child's disability"),
        ("N3", "Parental illness or disability"),
        ("N4", "Family in acute stress"),
        ("N5", "Family dysfunction"),
        ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"),
        ("N8", "Absent parenting"));

    /// <summary>PLACE: placement type.</summary>
    public static IReadOnlyDictionary<string, string> PlacementType { get; } = Ordered(
        ("A3", "Placed for adoption with consent (or a freeing order) with current foster carer(s)"),
        ("A4", "Placed for adoption with consent (or a freeing order) not with current foster carer(s)"),
        ("A5", "Placed for adoption with a placement order with current foster carer(s)"),
        ("A6", "Placed for adoption with a placement order not with current foster carer(s)"),
        ("H5", "Semi-independent living accommodation not subject to children's homes regulations (supported accommodation)"),
        ("K1", "Secure children's home"),
        ("K2", "Children's home subject to children's homes regulations"),
        ("K3", "Supported accommodation registered with Ofsted (from 2024/25)"),
        ("P1", "Placed with own parent(s) or other person(s) with parental responsibility"),
        ("P2", "Independent living, for example a flat, lodgings, bedsit or B&B, with or without formal support"),
        ("P3", "Residential employment"),
        ("R1", "Residential care home"),
        ("R2", "NHS or health trust or other establishment providing medical or nursing care"),
        ("R3", "Family centre or mother and baby unit"),
        ("R5", "Young offender institution"),
        ("S1", "Residential school, except where dual-registered as a school and children's home"),
        ("T0", "Temporary move of any type"),
        ("T1", "Temporary period in hospital"),
        ("T2", "Temporary absence of the child on holiday"),
        ("T3", "Temporary accommodation while the normal foster carer(s) is/are on holiday"),
        ("T4", "Temporary accommodation of seven days or less not covered by T1 to T3"),
        ("U1", "Foster placement with relative(s) or friend(s): long-term fostering"),
        ("U2", "Foster placement with relative(s) or friend(s) who is/are also approved adopter(s): fostering for adoption or concurrent planning"),
        ("U3", "Foster placement with relative(s) or friend(s): not long-term, not fostering for adoption"),
        ("U4", "Foster placement with other foster carer(s): long-term fostering"),
        ("U5", "Foster placement with other foster carer(s) who is/are also approved adopter(s): fostering for adoption or concurrent planning"),
        ("U6", "Foster placement with other foster carer(s): not long-term, not fostering for adoption"),
        ("Z1", "Other placement"));

    /// <summary>PLACE_PROVIDER: placement provider.</summary>
    public static IReadOnlyDictionary<string, string> PlacementProvider { get; } = Ordered(
        ("PR0", "Parent(s) or other person(s) with parental responsibility"),
        ("PR1", "Own provision (by the local authority)"),
        ("PR2", "Other local authority provision"),
        ("PR3", "Other public provision (for example a health trust)"),
        ("PR4", "Private provision"),
        ("PR5", "Voluntary or third sector provision"));

    /// <summary>REC: reason episode ceased. X1 ends an episode but not the period of care.</summary>
    public static IReadOnlyDictionary<string, string> ReasonCeased { get; } = Ordered(
        ("X1", "Episode ceases and a new episode begins on the same day (care continues)"),
        ("E11", "Adopted: application for an adoption order unopposed"),
        ("E12", "Adopted: consent dispensed with by the court"),
        ("E13", "Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility"),
        ("E14", "Accommodation on remand ended"),
        ("E15", "Age assessment determined the child is 18 or over and E5, E6 and E7 do not apply"),
        ("E16", "Child moved abroad"),
        ("E17", "Aged 18 or over and remained with current carers (including staying put)"),
        ("E2", "Died"),
        ("E3", "Care taken over by another local authority in the UK"),
        ("E41", "Residence order or child arrangements order granted"),
        ("E43", "Special guardianship order made to former foster carer(s) (used before 2019/20; replaced by E45 and E46)"),
        ("E44", "Special guardianship order made to carer(s) other than former foster carer(s) (used before 2019/20; replaced by E47 and E48)"),
        ("E45", "Special guardianship order made to former foster carer(s) who are relative(s) or friend(s)"),
        ("E46", "Special guardianship order made to former foster carer(s) other than relative(s) or friend(s)"),
        ("E47", "Special guardianship order made to carer(s), not former foster carer(s), who are relative(s) or friend(s)"),
        ("E48", "Special guardianship order made to carer(s), not former foster carer(s), other than relative(s) or friend(s)"),
        ("E4A", "Returned home to parent(s) or others with parental responsibility as part of the care planning process"),
        ("E4B", "Returned home to parent(s) or others with parental responsibility not as part of the care planning process"),
        ("E5", "Moved into independent living with supportive accommodation"),
        ("E6", "Moved into independent living without formalised support"),
        ("E7", "Transferred to residential care funded by adult social care services"),
        ("E8", "Period of being looked after ended for any other reason"),
        ("E9", "Sentenced to custody"));

    /// <summary>MISSING: M missing, A away from placement without authorisation (absent).</summary>
    public static IReadOnlyDictionary<string, string> MissingType { get; } = Ordered(
        ("M", "Missing"),
        ("A", "Away from placement without authorisation (absent)"));

    /// <summary>The SSDA903 sex codes: 1 male, 2 female.</summary>
    public static IReadOnlyDictionary<string, string> Sex { get; } = Ordered(
        ("1", "Male"),
        ("2", "Female"));

    /// <summary>The legal statuses that are short breaks (excluded from looked-after counts).</summary>
    public static IReadOnlyList<string> ShortBreakLegalStatuses { get; } = ["V3", "V4"];

    // A dictionary that enumerates in the order given (Dictionary keeps insertion order while nothing is removed).
    private static IReadOnlyDictionary<string, string> Ordered(params (string Code, string Meaning)[] items)
    {
        var d = new Dictionary<string, string>(items.Length, StringComparer.Ordinal);
        foreach (var (code, meaning) in items)
        {
            d.Add(code, meaning);
        }
        return d.AsReadOnly();
    }
}
