using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Canonical;

/// <summary>A two-way map between an enum and the codes the canonical files use for it.</summary>
public sealed class EnumCodes<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> toCode = [];
    private readonly Dictionary<string, TEnum> fromCode = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A map named <paramref name="name"/> (for messages) of each value to its code; codes are read ignoring case.</summary>
    public EnumCodes(string name, params (TEnum Value, string Code)[] pairs)
    {
        foreach (var (value, code) in pairs)
        {
            toCode.Add(value, code);
            fromCode.Add(code, value);
        }
        List = new CodeList(name, pairs.Select(p => p.Code));
    }

    /// <summary>The codes as a list for validation messages.</summary>
    public CodeList List { get; }

    /// <summary>The canonical code of <paramref name="value"/>.</summary>
    public string Code(TEnum value) => toCode.TryGetValue(value, out var c)
        ? c
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name}.{value} has no canonical code.");

    /// <summary>The value of <paramref name="code"/> (ignoring case and surrounding spaces); a code not in the list is a <see cref="KeyNotFoundException"/>.</summary>
    public TEnum Value(string code) => fromCode[code.Trim()];
}

/// <summary>The code lists of the canonical extract.</summary>
public static class CanonicalCodes
{
    /// <summary>brag_rating: Blue, Green, Amber, Red; blank is <see cref="BragRating.None"/>.</summary>
    public static EnumCodes<BragRating> Brag { get; } = new("BRAG rating",
        (BragRating.Blue, "Blue"), (BragRating.Green, "Green"), (BragRating.Amber, "Amber"), (BragRating.Red, "Red"));

    /// <summary>The contact outcome codes.</summary>
    public static EnumCodes<ContactOutcome> ContactOutcomes { get; } = new("contact outcome",
        (ContactOutcome.Nfa, "NFA"), (ContactOutcome.EarlyHelp, "EARLY_HELP"), (ContactOutcome.Referral, "REFERRAL"),
        (ContactOutcome.Signpost, "SIGNPOST"), (ContactOutcome.Other, "OTHER"));

    /// <summary>The assessment outcome codes.</summary>
    public static EnumCodes<AssessmentOutcome> AssessmentOutcomes { get; } = new("assessment outcome",
        (AssessmentOutcome.Nfa, "NFA"), (AssessmentOutcome.Cin, "CIN"), (AssessmentOutcome.Cp, "CP"),
        (AssessmentOutcome.Lac, "LAC"), (AssessmentOutcome.EarlyHelp, "EARLY_HELP"), (AssessmentOutcome.Other, "OTHER"));

    /// <summary>The missing or absent codes.</summary>
    public static EnumCodes<MissingType> MissingTypes { get; } = new("missing or absent",
        (MissingType.Missing, "M"), (MissingType.Absent, "A"));

    /// <summary>The early help route codes.</summary>
    public static EnumCodes<EarlyHelpRoute> EarlyHelpRoutes { get; } = new("early help route",
        (EarlyHelpRoute.FrontDoor, "FRONT_DOOR"), (EarlyHelpRoute.StepDown, "STEP_DOWN"), (EarlyHelpRoute.Other, "OTHER"));

    /// <summary>CP plan category of abuse: NEG neglect, PHY physical, SAB sexual, EMO emotional, MUL multiple.</summary>
    public static CodeList CpCategory { get; } = new("category of abuse", ["NEG", "PHY", "SAB", "EMO", "MUL"]);

    /// <summary>The SSDA903 reason for new episode (RNE) codes.</summary>
    public static CodeList ReasonNewEpisode { get; } = new("SSDA903 reason for new episode (RNE)", Ssda903Codes.ReasonNewEpisode.Keys);

    /// <summary>The SSDA903 legal status (LS) codes.</summary>
    public static CodeList LegalStatus { get; } = new("SSDA903 legal status (LS)", Ssda903Codes.LegalStatus.Keys);

    /// <summary>The SSDA903 category of need (CIN) codes.</summary>
    public static CodeList CategoryOfNeed { get; } = new("SSDA903 category of need (CIN)", Ssda903Codes.CategoryOfNeed.Keys);

    /// <summary>The SSDA903 placement type (PLACE) codes.</summary>
    public static CodeList PlacementType { get; } = new("SSDA903 placement type (PLACE)", Ssda903Codes.PlacementType.Keys);

    /// <summary>The SSDA903 placement provider (PLACE_PROVIDER) codes.</summary>
    public static CodeList PlacementProvider { get; } = new("SSDA903 placement provider (PLACE_PROVIDER)", Ssda903Codes.PlacementProvider.Keys);

    /// <summary>The SSDA903 reason episode ceased (REC) codes.</summary>
    public static CodeList ReasonCeased { get; } = new("SSDA903 reason episode ceased (REC)", Ssda903Codes.ReasonCeased.Keys);

    /// <summary>reason_for_closure: the CIN census reasons RC1 to RC9.</summary>
    public static CodeList ReasonForClosure { get; } = new("CIN census reason for closure", [.. Enumerable.Range(1, 9).Select(i => $"RC{i}")]);

    /// <summary>primary_need_code: the CIN census primary need codes N0 to N9.</summary>
    public static CodeList PrimaryNeed { get; } = new("CIN census primary need", [.. Enumerable.Range(0, 10).Select(i => $"N{i}")]);

    /// <summary>check_type of lac_health.csv.</summary>
    public static EnumCodes<HealthCheckType> HealthCheckTypes { get; } = new("health check type",
        (HealthCheckType.HealthAssessment, "HEALTH_ASSESSMENT"), (HealthCheckType.DentalCheck, "DENTAL_CHECK"));

    /// <summary>status of lac_health.csv.</summary>
    public static EnumCodes<HealthCheckStatus> HealthCheckStatuses { get; } = new("health check status",
        (HealthCheckStatus.Completed, "COMPLETED"), (HealthCheckStatus.Refused, "REFUSED"), (HealthCheckStatus.Other, "OTHER"));

    /// <summary>in_touch of care_leavers.csv (the SSDA903 OC3 IN_TOUCH codes).</summary>
    public static EnumCodes<CareLeaverContact> CareLeaverContacts { get; } = new("care leaver in touch",
        (CareLeaverContact.Yes, "YES"), (CareLeaverContact.No, "NO"), (CareLeaverContact.Died, "DIED"),
        (CareLeaverContact.Refused, "REFU"), (CareLeaverContact.NotRequired, "NREQ"), (CareLeaverContact.ReturnedHome, "RHOM"));

    /// <summary>
    /// The code list of a canonical column (contacts' outcome and brag_rating, the SSDA903 codes of lac_episodes, ...),
    /// or null for a column that is not a code (ids, dates, flags, free text).
    /// </summary>
    public static CodeList? ListFor(CanonicalTable table, string column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        return (table.Kind, column) switch
        {
            (CaseTable.Contacts, "brag_rating") => Brag.List,
            (CaseTable.Contacts, "outcome") => ContactOutcomes.List,
            (CaseTable.Referrals, "reason_for_closure") => ReasonForClosure,
            (CaseTable.Referrals, "primary_need_code") => PrimaryNeed,
            (CaseTable.Assessments, "outcome") => AssessmentOutcomes.List,
            (CaseTable.CpPlans, "initial_category" or "latest_category") => CpCategory,
            (CaseTable.LacEpisodes, "reason_new_episode") => ReasonNewEpisode,
            (CaseTable.LacEpisodes, "legal_status") => LegalStatus,
            (CaseTable.LacEpisodes, "category_of_need") => CategoryOfNeed,
            (CaseTable.LacEpisodes, "placement_type") => PlacementType,
            (CaseTable.LacEpisodes, "placement_provider") => PlacementProvider,
            (CaseTable.LacEpisodes, "reason_ceased") => ReasonCeased,
            (CaseTable.MissingEpisodes, "missing_or_absent") => MissingTypes.List,
            (CaseTable.EarlyHelp, "route") => EarlyHelpRoutes.List,
            (CaseTable.LacHealth, "check_type") => HealthCheckTypes.List,
            (CaseTable.LacHealth, "status") => HealthCheckStatuses.List,
            (CaseTable.CareLeavers, "in_touch") => CareLeaverContacts.List,
            _ => null,
        };
    }
}
