using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Statutory;

/// <summary>One SSDA903 table: its file name, columns (DfE names), the columns that identify it, its date columns and its coded columns.</summary>
internal sealed record Ssda903Table(
    string Name,
    IReadOnlyList<ColumnSpec> Columns,
    IReadOnlyList<string> KeyColumns,
    IReadOnlyList<string> DateColumns,
    IReadOnlyDictionary<string, IReadOnlySet<string>> CodeColumns);

/// <summary>The SSDA903 tables and code lists (the episode and missing codes come from <see cref="Ssda903Codes"/>; the rest from the DfE SSDA903 guide).</summary>
internal static class Ssda903Tables
{
    private static IReadOnlySet<string> Set(params string[] codes) => new HashSet<string>(codes, StringComparer.Ordinal);

    private static IReadOnlySet<string> Keys(IReadOnlyDictionary<string, string> codes) => new HashSet<string>(codes.Keys, StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Sex = Keys(Ssda903Codes.Sex);

    public static readonly IReadOnlySet<string> Ethnic = Set(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static readonly IReadOnlySet<string> ReasonNewEpisode = Keys(Ssda903Codes.ReasonNewEpisode);

    public static readonly IReadOnlySet<string> LegalStatus = Keys(Ssda903Codes.LegalStatus);

    public static readonly IReadOnlySet<string> CategoryOfNeed = Keys(Ssda903Codes.CategoryOfNeed);

    public static readonly IReadOnlySet<string> PlacementType = Keys(Ssda903Codes.PlacementType);

    public static readonly IReadOnlySet<string> PlacementProvider = Keys(Ssda903Codes.PlacementProvider);

    public static readonly IReadOnlySet<string> ReasonEpisodeCeased = Keys(Ssda903Codes.ReasonCeased);

    public static readonly IReadOnlySet<string> ReasonPlaceChange = Set(
        "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER");

    public static readonly IReadOnlySet<string> MissingType = Keys(Ssda903Codes.MissingType);

    public static readonly IReadOnlySet<string> ReviewCode = Set("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    public static readonly IReadOnlySet<string> PlacementLocation = Set("IN", "OUT");

    public static readonly Ssda903Table Header = new(
        "header",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Req("SEX"), ColumnSpec.Req("DOB"), ColumnSpec.Req("ETHNIC"), ColumnSpec.Opt("UPN"),
         ColumnSpec.Opt("MOTHER"), ColumnSpec.Opt("MC_DOB")],
        ["CHILD", "SEX", "DOB", "ETHNIC"],
        ["DOB", "MC_DOB"],
        new Dictionary<string, IReadOnlySet<string>> { ["SEX"] = Sex, ["ETHNIC"] = Ethnic, ["MOTHER"] = Set("0", "1") });

    public static readonly Ssda903Table Episodes = new(
        "episodes",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Req("DECOM"), ColumnSpec.Req("RNE"), ColumnSpec.Req("LS"), ColumnSpec.Req("CIN"),
         ColumnSpec.Req("PLACE"), ColumnSpec.Req("PLACE_PROVIDER"), ColumnSpec.Req("DEC"), ColumnSpec.Req("REC"),
         ColumnSpec.Opt("REASON_PLACE_CHANGE"), ColumnSpec.Opt("HOME_POST"), ColumnSpec.Opt("PL_POST"), ColumnSpec.Opt("URN"),
         ColumnSpec.Opt("PL_LOCATION"), ColumnSpec.Opt("PL_DISTANCE"), ColumnSpec.Opt("PL_LA")],
        ["CHILD", "DECOM", "LS"],
        ["DECOM", "DEC"],
        new Dictionary<string, IReadOnlySet<string>>
        {
            ["RNE"] = ReasonNewEpisode, ["LS"] = LegalStatus, ["CIN"] = CategoryOfNeed, ["PLACE"] = PlacementType,
            ["PLACE_PROVIDER"] = PlacementProvider, ["REC"] = ReasonEpisodeCeased, ["REASON_PLACE_CHANGE"] = ReasonPlaceChange,
            ["PL_LOCATION"] = PlacementLocation,
        });

    public static readonly Ssda903Table Missing = new(
        "missing",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Opt("DOB"), ColumnSpec.Req("MISSING"), ColumnSpec.Req("MIS_START"), ColumnSpec.Req("MIS_END")],
        ["CHILD", "MIS_START"],
        ["DOB", "MIS_START", "MIS_END"],
        new Dictionary<string, IReadOnlySet<string>> { ["MISSING"] = MissingType });

    public static readonly Ssda903Table Uasc = new(
        "uasc",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Opt("SEX"), ColumnSpec.Opt("DOB"), ColumnSpec.Req("DUC")],
        ["CHILD", "DUC"],
        ["DOB", "DUC"],
        new Dictionary<string, IReadOnlySet<string>> { ["SEX"] = Sex });

    public static readonly Ssda903Table Reviews = new(
        "reviews",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Opt("DOB"), ColumnSpec.Req("REVIEW"), ColumnSpec.Req("REVIEW_CODE")],
        ["CHILD", "REVIEW"],
        ["DOB", "REVIEW"],
        new Dictionary<string, IReadOnlySet<string>> { ["REVIEW_CODE"] = ReviewCode });

    public static readonly Ssda903Table Oc2 = new(
        "oc2",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Opt("DOB"), ColumnSpec.Opt("SDQ_SCORE"), ColumnSpec.Opt("SDQ_REASON"), ColumnSpec.Opt("CONVICTED"),
         ColumnSpec.Opt("HEALTH_CHECK"), ColumnSpec.Opt("IMMUNISATIONS"), ColumnSpec.Opt("TEETH_CHECK"), ColumnSpec.Opt("HEALTH_ASSESSMENT"),
         ColumnSpec.Opt("SUBSTANCE_MISUSE"), ColumnSpec.Opt("INTERVENTION_RECEIVED"), ColumnSpec.Opt("INTERVENTION_OFFERED")],
        ["CHILD", "CONVICTED", "HEALTH_CHECK"],
        ["DOB"],
        new Dictionary<string, IReadOnlySet<string>>
        {
            ["SDQ_REASON"] = Set("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"),
            ["CONVICTED"] = Set("0", "1"), ["HEALTH_CHECK"] = Set("0", "1"), ["IMMUNISATIONS"] = Set("0", "1"),
            ["TEETH_CHECK"] = Set("0", "1"), ["HEALTH_ASSESSMENT"] = Set("0", "1"), ["SUBSTANCE_MISUSE"] = Set("0", "1"),
            ["INTERVENTION_RECEIVED"] = Set("0", "1"), ["INTERVENTION_OFFERED"] = Set("0", "1"),
        });

    public static readonly Ssda903Table Oc3 = new(
        "oc3",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Opt("DOB"), ColumnSpec.Req("IN_TOUCH"), ColumnSpec.Opt("ACTIV"), ColumnSpec.Opt("ACCOM")],
        ["CHILD", "IN_TOUCH"],
        ["DOB"],
        new Dictionary<string, IReadOnlySet<string>>
        {
            ["IN_TOUCH"] = Set("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"),
            ["ACTIV"] = Set("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5", "G4", "G5", "G6"),
        });

    public static readonly Ssda903Table Ad1 = new(
        "ad1",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Opt("DOB"), ColumnSpec.Req("DATE_INT"), ColumnSpec.Req("DATE_MATCH"), ColumnSpec.Opt("FOSTER_CARE"),
         ColumnSpec.Opt("NB_ADOPTR"), ColumnSpec.Opt("SEX_ADOPTR"), ColumnSpec.Opt("LS_ADOPTR")],
        ["CHILD", "DATE_INT"],
        ["DOB", "DATE_INT", "DATE_MATCH"],
        new Dictionary<string, IReadOnlySet<string>>
        {
            ["FOSTER_CARE"] = Set("0", "1"), ["NB_ADOPTR"] = Set("1", "2"), ["SEX_ADOPTR"] = Set("M1", "F1", "MM", "FF", "MF"),
            ["LS_ADOPTR"] = Set("L0", "L11", "L12", "L2", "L3", "L4"),
        });

    public static readonly Ssda903Table PlacedForAdoption = new(
        "placed_for_adoption",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Opt("DOB"), ColumnSpec.Req("DATE_PLACED"), ColumnSpec.Opt("DATE_PLACED_CEASED"), ColumnSpec.Opt("REASON_PLACED_CEASED")],
        ["CHILD", "DATE_PLACED"],
        ["DOB", "DATE_PLACED", "DATE_PLACED_CEASED"],
        new Dictionary<string, IReadOnlySet<string>> { ["REASON_PLACED_CEASED"] = Set("RD1", "RD2", "RD3", "RD4") });

    public static readonly Ssda903Table PreviousPermanence = new(
        "previous_permanence",
        [ColumnSpec.Req("CHILD"), ColumnSpec.Opt("DOB"), ColumnSpec.Req("PREV_PERM"), ColumnSpec.Opt("LA_PERM"), ColumnSpec.Opt("DATE_PERM")],
        ["CHILD", "PREV_PERM"],
        ["DOB"],
        new Dictionary<string, IReadOnlySet<string>> { ["PREV_PERM"] = Set("P1", "P2", "P3", "P4", "Z1") });

    public static readonly IReadOnlyList<Ssda903Table> All =
        [Header, Episodes, Missing, Uasc, Reviews, Oc2, Oc3, Ad1, PlacedForAdoption, PreviousPermanence];

    /// <summary>The table whose key columns all appear in <paramref name="header"/> (the one matching most columns when several do), or null.</summary>
    public static Ssda903Table? Identify(IReadOnlyList<string> header)
    {
        var present = new HashSet<string>(header.Select(StatutoryValues.NormaliseLabel), StringComparer.Ordinal);
        Ssda903Table? best = null;
        var bestScore = -1;
        foreach (var t in All)
        {
            if (!t.KeyColumns.All(k => present.Contains(StatutoryValues.NormaliseLabel(k))))
            {
                continue;
            }
            var score = t.Columns.Count(c => present.Contains(StatutoryValues.NormaliseLabel(c.Key)));
            if (score > bestScore)
            {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>The table a file name suggests ("episodes.csv", "SSDA903_2020_episodes.csv"), or null.</summary>
    public static Ssda903Table? FromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        return All.OrderByDescending(t => t.Name.Length)
            .FirstOrDefault(t => stem == t.Name || stem.EndsWith("_" + t.Name, StringComparison.Ordinal) || stem.EndsWith("-" + t.Name, StringComparison.Ordinal));
    }
}
