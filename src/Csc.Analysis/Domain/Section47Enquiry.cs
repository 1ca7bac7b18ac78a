namespace Csc.Analysis.Domain;

/// <summary>
/// A section 47 enquiry, started by a strategy discussion, with its initial child protection
/// conference (ICPC) when one was held. <see cref="IcpcRecordedDate"/> is the day the ICPC record
/// was entered on the case-management system (not the day of the conference).
/// </summary>
/// <param name="S47Id">The enquiry's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="StrategyDiscussionDate">The day of the strategy discussion that started the enquiry.</param>
/// <param name="IcpcNotRequired">True when the enquiry concluded that no conference was needed.</param>
/// <param name="IcpcDate">The day the ICPC was held; null when none.</param>
/// <param name="IcpcRecordedDate">The day the ICPC was entered on the system; null when not recorded.</param>
/// <param name="CpPlanFromIcpc">True when the ICPC started a CP plan; null when not recorded.</param>
/// <param name="Team">The team; null when blank.</param>
/// <param name="Worker">The worker; null when blank.</param>
public sealed record Section47Enquiry(
    string S47Id,
    string ChildId,
    DateOnly StrategyDiscussionDate,
    bool IcpcNotRequired,
    DateOnly? IcpcDate,
    DateOnly? IcpcRecordedDate,
    bool? CpPlanFromIcpc,
    string? Team,
    string? Worker) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>True when an ICPC was held (a date is recorded and it was not marked unnecessary).</summary>
    public bool HasIcpc => IcpcDate is not null && !IcpcNotRequired;
}
