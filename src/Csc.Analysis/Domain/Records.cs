namespace Csc.Analysis.Domain;

// The case-level records of the canonical extract (docs/data-model.md documents every column and code).
// All are immutable. Optional values are null when the extract left them blank.

/// <summary>Something with a start and an optional end (plans, episodes, allocations).</summary>
public interface IOpenEnded
{
    string ChildId { get; }

    DateOnly StartDate { get; }

    /// <summary>The end date, or null while still open.</summary>
    DateOnly? EndDate { get; }
}

/// <summary>The kit's one rule for "open at a date": start &lt;= d and (no end or end &gt; d).</summary>
public static class OpenEnded
{
    public static bool IsOpenAt(DateOnly start, DateOnly? end, DateOnly date) => start <= date && (end is null || end.Value > date);

    public static bool IsOpenAt(this IOpenEnded item, DateOnly date) => IsOpenAt(item.StartDate, item.EndDate, date);
}

/// <summary>A child known to children's social care.</summary>
public sealed record Child(
    string ChildId,
    string? Sex,
    DateOnly? DateOfBirth,
    string? Ethnicity,
    string? Disability,
    string? HomePostcode)
{
    /// <summary>True for an unaccompanied asylum-seeking child (children.csv <c>uasc</c> Y), false for N, null when not recorded.</summary>
    public bool? Uasc { get; init; }

    /// <summary>Age in whole years on <paramref name="date"/> (a child born 29 February turns a year older on 1 March in non-leap years).</summary>
    public int? AgeOn(DateOnly date) => DateOfBirth is { } dob ? Ages.WholeYears(dob, date) : null;
}

/// <summary>Age arithmetic in one place.</summary>
public static class Ages
{
    /// <summary>Completed years from <paramref name="dateOfBirth"/> to <paramref name="date"/>.</summary>
    public static int WholeYears(DateOnly dateOfBirth, DateOnly date)
    {
        var years = date.Year - dateOfBirth.Year;
        if (date.Month < dateOfBirth.Month || (date.Month == dateOfBirth.Month && date.Day < dateOfBirth.Day))
        {
            years--;
        }
        return years;
    }
}

/// <summary>MASH / front-door BRAG rating of a contact. <see cref="None"/> when blank.</summary>
public enum BragRating
{
    None,
    Blue,
    Green,
    Amber,
    Red,
}

/// <summary>Outcome of a contact: NFA, EARLY_HELP, REFERRAL, SIGNPOST, OTHER.</summary>
public enum ContactOutcome
{
    Nfa,
    EarlyHelp,
    Referral,
    Signpost,
    Other,
}

public sealed record Contact(
    string ContactId,
    string ChildId,
    DateOnly ContactDate,
    string? Source,
    BragRating BragRating,
    ContactOutcome Outcome,
    string? Team);

public sealed record Referral(
    string ReferralId,
    string ChildId,
    DateOnly ReferralDate,
    string? Source,
    bool Nfa,
    string? Team,
    string? Worker)
{
    /// <summary>The day the child in need episode this referral starts closed; null while open (or when not recorded).</summary>
    public DateOnly? ClosureDate { get; init; }

    /// <summary>The CIN census reason for closure, RC1 to RC9; null while open or not recorded.</summary>
    public string? ReasonForClosure { get; init; }

    /// <summary>The CIN census primary need code, N0 to N9; null when not recorded.</summary>
    public string? PrimaryNeedCode { get; init; }
}

/// <summary>Outcome of an assessment: NFA, CIN, CP, LAC, EARLY_HELP, OTHER.</summary>
public enum AssessmentOutcome
{
    Nfa,
    Cin,
    Cp,
    Lac,
    EarlyHelp,
    Other,
}

public sealed record Assessment(
    string AssessmentId,
    string ChildId,
    string? ReferralId,
    DateOnly StartDate,
    DateOnly? AuthorisedDate,
    AssessmentOutcome? Outcome,
    string? Team,
    string? Worker);

/// <summary>
/// A section 47 enquiry, started by a strategy discussion, with its initial child protection
/// conference (ICPC) when one was held. <see cref="IcpcRecordedDate"/> is the day the ICPC record
/// was entered on the case-management system (not the day of the conference).
/// </summary>
public sealed record Section47Enquiry(
    string S47Id,
    string ChildId,
    DateOnly StrategyDiscussionDate,
    bool IcpcNotRequired,
    DateOnly? IcpcDate,
    DateOnly? IcpcRecordedDate,
    bool? CpPlanFromIcpc,
    string? Team,
    string? Worker)
{
    /// <summary>True when an ICPC was held (a date is recorded and it was not marked unnecessary).</summary>
    public bool HasIcpc => IcpcDate is not null && !IcpcNotRequired;
}

/// <summary>Category of abuse codes used by CP plans: NEG, PHY, SAB, EMO, MUL.</summary>
public sealed record CpPlan(
    string CpPlanId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? InitialCategory,
    string? LatestCategory,
    string? Team,
    string? Worker) : IOpenEnded
{
    /// <summary>How many child protection plans the child had before this one (the CIN census's NumberOfPreviousCPP); null when not recorded.</summary>
    public int? PreviousCpPlans { get; init; }
}

public sealed record CpVisit(
    string VisitId,
    string ChildId,
    DateOnly VisitDate,
    bool? SeenAlone,
    string? Worker);

public sealed record CinPlan(
    string CinPlanId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? Team,
    string? Worker) : IOpenEnded;

/// <summary>
/// A looked-after episode in SSDA903 terms: RNE reason new episode, LS legal status, CIN category
/// of need, PLACE placement type, PLACE_PROVIDER, REC reason episode ceased. Episodes with legal
/// status V3 or V4 (short breaks) are not counted as looked after.
/// </summary>
public sealed record LacEpisode(
    string EpisodeId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? ReasonNewEpisode,
    string LegalStatus,
    string? CategoryOfNeed,
    string? PlacementType,
    string? PlacementProvider,
    string? PlacementPostcode,
    double? PlacementDistanceMiles,
    bool? PlacementInsideLa,
    string? ReasonCeased) : IOpenEnded
{
    /// <summary>Legal status V3 or V4: a short break, excluded from looked-after counts.</summary>
    public bool IsShortBreak => LegalStatus is "V3" or "V4";
}

/// <summary>M: missing; A: absent (away from placement without permission, whereabouts known).</summary>
public enum MissingType
{
    Missing,
    Absent,
}

/// <summary>A missing or absent episode with its return home interview (RHI).</summary>
public sealed record MissingEpisode(
    string MissingId,
    string ChildId,
    DateTime StartDateTime,
    DateTime? EndDateTime,
    MissingType MissingOrAbsent,
    bool? RhiOffered,
    DateTime? RhiCompletedDateTime);

public sealed record AdvocacyAllocation(
    string AdvocacyId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate) : IOpenEnded;

/// <summary>How a child came to early help: FRONT_DOOR, STEP_DOWN (from statutory services), OTHER.</summary>
public enum EarlyHelpRoute
{
    FrontDoor,
    StepDown,
    Other,
}

public sealed record EarlyHelpEpisode(
    string EarlyHelpId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate,
    EarlyHelpRoute Route) : IOpenEnded;

/// <summary>An organisational change that charts annotate ("IRO post vacant", "new Group Manager").</summary>
public sealed record ContextEvent(
    DateOnly Date,
    DateOnly? EndDate,
    string Label,
    string? Category);
