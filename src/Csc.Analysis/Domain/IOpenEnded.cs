namespace Csc.Analysis.Domain;

/// <summary>Something with a start and an optional end (plans, episodes, allocations); open at d when start &lt;= d and (no end or end &gt; d): <see cref="OpenEnded"/>.</summary>
public interface IOpenEnded
{
    /// <summary>The record's own id (a plan, episode or allocation id): when two of a child's records start on the same day, the smaller id (ordinal) comes first.</summary>
    string RecordId { get; }

    /// <summary>The child the record is about.</summary>
    string ChildId { get; }

    /// <summary>The first day (inclusive).</summary>
    DateOnly StartDate { get; }

    /// <summary>The end date (the record is not open on it), or null while still open.</summary>
    DateOnly? EndDate { get; }
}
