using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// The codes and JSON keys the kit reads from and writes to SSD columns. JSON keys are matched with or without the
/// <c>OUTCOME_</c> prefix (SSD builds before and after 1.4 differ); flag values Y/1/true count as set.
/// </summary>
public static class SsdCodes
{
    /// <summary>Contact outcome keys that mean a referral to children's social care.</summary>
    public static IReadOnlyList<string> ContactReferralKeys { get; } = ["NEW_REFERRAL_FLAG", "EXISTING_REFERRAL_FLAG", "CP_ENQUIRY_FLAG", "OLA_CP_FLAG"];

    /// <summary>The contact outcome key for no further action.</summary>
    public const string NfaKey = "NFA_FLAG";

    /// <summary>The contact outcome key for advice and information (the kit's SIGNPOST).</summary>
    public const string AdviceKey = "ADVICE_FLAG";

    /// <summary>
    /// A key the kit adds (not in the SSD standard, whose contact outcomes have no early help flag) for a contact or
    /// assessment passed to early help.
    /// </summary>
    public const string EarlyHelpKey = "EARLY_HELP_FLAG";

    /// <summary>The key saying other outcomes exist.</summary>
    public const string OtherKey = "OTHER_OUTCOMES_EXIST_FLAG";

    /// <summary>The section 47 outcome key saying a conference is to be held (N: the ICPC is not required).</summary>
    public const string CpConferenceKey = "CP_CONFERENCE_FLAG";

    /// <summary>Assessment outcome key for services provided (the kit's CIN).</summary>
    public const string ServicesKey = "PROVISION_OF_SERVICES_FLAG";

    /// <summary>Assessment outcome key for a strategy discussion (the kit's CP).</summary>
    public const string StrategyKey = "STRATEGY_DISCUSSION_FLAG";

    /// <summary>Assessment outcome key for a request to accommodate (the kit's LAC).</summary>
    public const string ClaRequestKey = "CLA_REQUEST_FLAG";

    /// <summary>True when <paramref name="json"/> has <paramref name="key"/> (or OUTCOME_ + key) set to a yes value.</summary>
    public static bool IsSet(IReadOnlyDictionary<string, string?> json, string key)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Yes(json.GetValueOrDefault(key)) || Yes(json.GetValueOrDefault("OUTCOME_" + key));
    }

    private static bool Yes(string? v) => v is not null && (v.Equals("Y", StringComparison.OrdinalIgnoreCase) || v == "1"
        || v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("yes", StringComparison.OrdinalIgnoreCase));

    /// <summary>The contact outcome from <c>cont_contact_outcome_json</c>: referral before early help before advice before NFA; null when nothing is set.</summary>
    public static ContactOutcome? ContactOutcomeOf(IReadOnlyDictionary<string, string?> json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.TryGetValue(string.Empty, out var label) && label is not null)
        {
            return Normalise(label) switch
            {
                "CINREFERRAL" or "REFERRAL" or "NEWREFERRAL" => ContactOutcome.Referral,
                "EHREFERRAL" or "EARLYHELP" => ContactOutcome.EarlyHelp,
                "NFA" or "NOFURTHERACTION" => ContactOutcome.Nfa,
                "ADVICE" or "SIGNPOST" => ContactOutcome.Signpost,
                _ => ContactOutcome.Other,
            };
        }
        if (ContactReferralKeys.Any(k => IsSet(json, k)))
        {
            return ContactOutcome.Referral;
        }
        if (IsSet(json, EarlyHelpKey))
        {
            return ContactOutcome.EarlyHelp;
        }
        if (IsSet(json, AdviceKey))
        {
            return ContactOutcome.Signpost;
        }
        if (IsSet(json, NfaKey))
        {
            return ContactOutcome.Nfa;
        }
        return json.Values.Any(Yes) ? ContactOutcome.Other : null;
    }

    /// <summary>The JSON the writer puts in <c>cont_contact_outcome_json</c> for <paramref name="outcome"/>.</summary>
    public static string ContactOutcomeJson(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.Referral => """{"NEW_REFERRAL_FLAG":"Y","NFA_FLAG":"N"}""",
        ContactOutcome.Nfa => """{"NEW_REFERRAL_FLAG":"N","NFA_FLAG":"Y"}""",
        ContactOutcome.Signpost => """{"NFA_FLAG":"N","ADVICE_FLAG":"Y"}""",
        ContactOutcome.EarlyHelp => """{"NFA_FLAG":"N","EARLY_HELP_FLAG":"Y"}""",
        _ => """{"NFA_FLAG":"N","OTHER_OUTCOMES_EXIST_FLAG":"Y"}""",
    };

    /// <summary>The assessment outcome from the NFA column and <c>cina_assessment_outcome_json</c>; null when neither says.</summary>
    public static AssessmentOutcome? AssessmentOutcomeOf(bool? nfa, IReadOnlyDictionary<string, string?>? json)
    {
        if (nfa == true || (json is not null && IsSet(json, NfaKey)))
        {
            return AssessmentOutcome.Nfa;
        }
        if (json is not null)
        {
            if (IsSet(json, ClaRequestKey))
            {
                return AssessmentOutcome.Lac;
            }
            if (IsSet(json, StrategyKey))
            {
                return AssessmentOutcome.Cp;
            }
            if (IsSet(json, ServicesKey))
            {
                return AssessmentOutcome.Cin;
            }
            if (IsSet(json, EarlyHelpKey))
            {
                return AssessmentOutcome.EarlyHelp;
            }
            if (json.Values.Any(Yes))
            {
                return AssessmentOutcome.Other;
            }
        }
        return nfa == false ? AssessmentOutcome.Other : null;
    }

    /// <summary>The JSON the writer puts in <c>cina_assessment_outcome_json</c>.</summary>
    public static string AssessmentOutcomeJson(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.Nfa => """{"NFA_FLAG":"Y"}""",
        AssessmentOutcome.Cin => """{"NFA_FLAG":"N","PROVISION_OF_SERVICES_FLAG":"Y"}""",
        AssessmentOutcome.Cp => """{"NFA_FLAG":"N","STRATEGY_DISCUSSION_FLAG":"Y"}""",
        AssessmentOutcome.Lac => """{"NFA_FLAG":"N","CLA_REQUEST_FLAG":"Y"}""",
        AssessmentOutcome.EarlyHelp => """{"NFA_FLAG":"N","EARLY_HELP_FLAG":"Y"}""",
        _ => """{"NFA_FLAG":"N","OTHER_OUTCOMES_EXIST_FLAG":"Y"}""",
    };

    /// <summary>The early help route from <c>earl_episode_reason</c> (FRONT_DOOR, STEP_DOWN, anything else OTHER).</summary>
    public static EarlyHelpRoute RouteOf(string? reason) => Normalise(reason) switch
    {
        "FRONTDOOR" => EarlyHelpRoute.FrontDoor,
        "STEPDOWN" => EarlyHelpRoute.StepDown,
        _ => EarlyHelpRoute.Other,
    };

    /// <summary>The code the writer puts in <c>earl_episode_reason</c>.</summary>
    public static string RouteCode(EarlyHelpRoute route) => route switch
    {
        EarlyHelpRoute.FrontDoor => "FRONT_DOOR",
        EarlyHelpRoute.StepDown => "STEP_DOWN",
        _ => "OTHER",
    };

    /// <summary>pers_sex M/F (also Male/Female, 1/2); anything else null.</summary>
    public static string? SexOf(string? text) => Normalise(text) switch
    {
        "M" or "MALE" or "1" => "M",
        "F" or "FEMALE" or "2" => "F",
        _ => null,
    };

    /// <summary>miss_missing_episode_type: M/Missing or A/Absent; null otherwise.</summary>
    public static MissingType? MissingTypeOf(string? text) => Normalise(text) switch
    {
        "M" or "MISSING" => MissingType.Missing,
        "A" or "ABSENT" or "AWAY" => MissingType.Absent,
        _ => null,
    };

    /// <summary>True for an immigration status that says unaccompanied asylum-seeking child.</summary>
    public static bool IsUasc(string? status)
    {
        var n = Normalise(status);
        return n.Contains("UASC", StringComparison.Ordinal) || n.Contains("UNACCOMPANIED", StringComparison.Ordinal);
    }

    /// <summary>The health check type from clah_health_check_type; null when neither.</summary>
    public static HealthCheckType? HealthCheckTypeOf(string? text)
    {
        var n = Normalise(text);
        return n.Contains("DENTAL", StringComparison.Ordinal) ? HealthCheckType.DentalCheck
            : n.Contains("HEALTH", StringComparison.Ordinal) ? HealthCheckType.HealthAssessment
            : null;
    }

    /// <summary>The health check status: COMPLETED, REFUSED, anything else OTHER.</summary>
    public static HealthCheckStatus HealthCheckStatusOf(string? text) => Normalise(text) switch
    {
        "COMPLETED" or "COMPLETE" or "Y" => HealthCheckStatus.Completed,
        "REFUSED" => HealthCheckStatus.Refused,
        _ => HealthCheckStatus.Other,
    };

    /// <summary>The care leaver in-touch code (SSDA903 OC3 IN_TOUCH); null when unknown.</summary>
    public static CareLeaverContact? InTouchOf(string? text) => Normalise(text) switch
    {
        "YES" or "Y" => CareLeaverContact.Yes,
        "NO" or "N" => CareLeaverContact.No,
        "DIED" => CareLeaverContact.Died,
        "REFU" => CareLeaverContact.Refused,
        "NREQ" => CareLeaverContact.NotRequired,
        "RHOM" => CareLeaverContact.ReturnedHome,
        _ => null,
    };

    /// <summary>The OC3 IN_TOUCH code of <paramref name="contact"/>.</summary>
    public static string InTouchCode(CareLeaverContact contact) => contact switch
    {
        CareLeaverContact.Yes => "YES",
        CareLeaverContact.No => "NO",
        CareLeaverContact.Died => "DIED",
        CareLeaverContact.Refused => "REFU",
        CareLeaverContact.NotRequired => "NREQ",
        _ => "RHOM",
    };

    /// <summary>Upper case without spaces, underscores, hyphens or other punctuation.</summary>
    public static string Normalise(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }
        var buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }
        return new string(buffer[..n]);
    }
}
