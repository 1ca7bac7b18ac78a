using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

/// <summary>How a planted section 47 row differs from a correctly recorded one.</summary>
public enum PlantedRowKind
{
    /// <summary>The ICPC date is the day the record was entered (IcpcDate == IcpcRecordedDate), after the real conference.</summary>
    RecordedDateAsIcpcDate,

    /// <summary>The conference was held (a CP plan started from it) but the ICPC date is blank.</summary>
    MissingIcpcDate,

    /// <summary>The year typed one too low (2016 for 2017): the ICPC is before the strategy discussion.</summary>
    YearTooLow,
}

/// <summary>
/// One section 47 row the generator planted on purpose. <see cref="ConferenceDate"/> is the real day
/// of the conference (what a correct record would show), <see cref="IcpcDate"/> what the row shows.
/// </summary>
public sealed record PlantedRow(
    string S47Id,
    string ChildId,
    string Team,
    PlantedRowKind Kind,
    DateOnly StrategyDiscussionDate,
    DateOnly ConferenceDate,
    DateOnly? IcpcDate,
    DateOnly? IcpcRecordedDate)
{
    /// <summary>True for the mistyped and missing dates (a loader or validator should report these rows).</summary>
    public bool IsBadRow => Kind != PlantedRowKind.RecordedDateAsIcpcDate;
}

/// <summary>One council-sized unit of generated data with the rows planted in it.</summary>
public sealed record SyntheticUnit(int Index, CaseData Data, IReadOnlyList<PlantedRow> Planted);

/// <summary>A whole generated data set (all units merged) with its planted rows.</summary>
public sealed record SyntheticDataSet(SyntheticOptions Options, CaseData Data, IReadOnlyList<PlantedRow> Planted);
