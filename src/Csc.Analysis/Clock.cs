namespace Csc.Analysis;

/// <summary>Helpers for injected time: the kit never reads the system clock directly.</summary>
public static class Clock
{
    /// <summary>Today's date in UTC from the given provider.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }
}
