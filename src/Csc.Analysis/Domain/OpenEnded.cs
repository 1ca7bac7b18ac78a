namespace Csc.Analysis.Domain;

/// <summary>The kit's one rule for "open at a date": start &lt;= d and (no end or end &gt; d). A plan ending on 31 May is not open at the end of May; one starting on 31 May is.</summary>
public static class OpenEnded
{
    /// <summary>Whether a record from <paramref name="start"/> to <paramref name="end"/> (exclusive; null: open) is open on <paramref name="date"/>.</summary>
    public static bool IsOpenAt(DateOnly start, DateOnly? end, DateOnly date) => start <= date && (end is null || end.Value > date);

    /// <summary>Whether <paramref name="item"/> is open on <paramref name="date"/>.</summary>
    public static bool IsOpenAt(this IOpenEnded item, DateOnly date) => IsOpenAt(item.StartDate, item.EndDate, date);
}
