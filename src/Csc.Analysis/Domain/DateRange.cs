namespace Csc.Analysis.Domain;

/// <summary>
/// A range of dates. Both ends are INCLUSIVE: <c>new DateRange(d, d)</c> is one day long.
/// </summary>
public sealed record DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        Preconditions.CheckArgument(end >= start, $"The end {IsoFormat.Date(end)} is before the start {IsoFormat.Date(start)}.");
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    /// <summary>The last day in the range (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>Number of days, counting both ends.</summary>
    public int Length => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    public IEnumerable<DateOnly> Days()
    {
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    public override string ToString() => $"{IsoFormat.Date(Start)}..{IsoFormat.Date(End)}";
}
