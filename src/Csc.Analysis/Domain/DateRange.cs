namespace Csc.Analysis.Domain;

/// <summary>
/// A range of dates. Both ends are INCLUSIVE: <c>new DateRange(d, d)</c> is one day long.
/// </summary>
public sealed record DateRange
{
    /// <summary>The days from <paramref name="start"/> to <paramref name="end"/>, both inclusive; an end before the start is an <see cref="ArgumentException"/>.</summary>
    public DateRange(DateOnly start, DateOnly end)
    {
        Preconditions.CheckArgument(end >= start, $"The end {IsoFormat.Date(end)} is before the start {IsoFormat.Date(start)}.");
        Start = start;
        End = end;
    }

    /// <summary>The first day (inclusive).</summary>
    public DateOnly Start { get; }

    /// <summary>The last day in the range (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>Number of days, counting both ends.</summary>
    public int Length => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Whether <paramref name="date"/> is in the range (both ends inclusive).</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Whether the two ranges share at least one day.</summary>
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>Every day from <see cref="Start"/> to <see cref="End"/>, in order.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    /// <summary>The range as <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    public override string ToString() => $"{IsoFormat.Date(Start)}..{IsoFormat.Date(End)}";
}
