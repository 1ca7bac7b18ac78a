using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>
/// One row a rule looked at. <see cref="Flagged"/> says whether the rule flagged it; eligible rows that
/// pass make the denominator of the monthly flagged share. <see cref="Month"/> is the month the row is
/// counted in (the ICPC's month for ICPC rules, the strategy discussion's for a missing ICPC, the
/// plan's start for CP-plan rules).
/// </summary>
public sealed record RuleObservation(
    string RuleId,
    string RecordId,
    string ChildId,
    string Team,
    string Worker,
    ReportingMonth Month,
    bool Flagged,
    DateOnly? StrategyDiscussionDate,
    DateOnly? IcpcDate,
    DateOnly? IcpcRecordedDate,
    DateOnly? CpPlanStartDate,
    string Detail);
