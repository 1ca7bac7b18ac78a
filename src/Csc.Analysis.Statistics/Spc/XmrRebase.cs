namespace Csc.Analysis.Statistics.Spc;

/// <summary>
/// Where an XmR chart's limits should be re-established, found by the Stable Shift Algorithm (Woodcock and others,
/// implemented in the R package autospc; this is the kit's own code from the published description), using only the
/// shift (run) rule.
/// <para>Terms: a <em>rule-breaking run</em> is a run of <see cref="SpcOptions.RunLength"/> or more consecutive points strictly
/// on one side of a centre line (a point exactly on it belongs to neither side); every point from which at least RunLength
/// points of one run remain starts one. A period's <em>calculation period</em> is its first <c>periodMinimum</c> points;
/// its centre line is their mean.</para>
/// <para>Steps: the first period starts at point 0. From the end of the current calculation period, find the first
/// rule-breaking run against the current centre line that starts there or later (the trigger, at t). If fewer than
/// <c>periodMinimum</c> points remain from t, stop. Candidate centre line: the mean of points t .. t + periodMinimum − 1.
/// Reject the candidate when, against the candidate centre line, a run on the side opposite to the shift starts inside
/// the candidate calculation period and reaches RunLength points (counting points after the period too), or when the
/// period's last run is on the opposite side and still open at the end of the data (more data could make it an opposing
/// rule break); then look for the next trigger from t + 1. Otherwise accept: a new period starts at t, and the search
/// continues from t + periodMinimum.</para>
/// <para>So each period has at least <c>periodMinimum</c> points, and a shift that reverses within that many points is not
/// taken for a new process. Cost: O(n) per centre line plus O(periodMinimum + RunLength) per candidate.</para>
/// </summary>
public static class XmrRebase
{
    /// <summary>
    /// The 0-based indices where a new period starts (strictly increasing, each at least <paramref name="periodMinimum"/>
    /// after the one before and at most n − periodMinimum), ready for <see cref="SpcOptions.RebaseAt"/>; empty when the
    /// series has fewer than 2 × periodMinimum points or no stable shift.
    /// </summary>
    /// <param name="values">The series, in time order (no NaN).</param>
    /// <param name="options">Only <see cref="SpcOptions.RunLength"/> is read: the length of a rule-breaking run.</param>
    /// <param name="periodMinimum">Points in a calculation period (autospc uses 21, or 24 for monthly data; at least 2).</param>
    /// <exception cref="ArgumentException">A NaN value, a run length below 2 or a period minimum below 2.</exception>
    public static int[] StableShifts(ReadOnlySpan<double> values, SpcOptions options, int periodMinimum)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (periodMinimum < 2)
        {
            throw new ArgumentException($"A calculation period needs at least 2 points; got {periodMinimum}.", nameof(periodMinimum));
        }
        if (options.RunLength < 2)
        {
            throw new ArgumentException($"RunLength must be at least 2 (Making Data Count uses 7, autospc 8); got {options.RunLength}.", nameof(options));
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                throw new ArgumentException($"Value {i} is NaN; the series must be complete.", nameof(values));
            }
        }
        var n = values.Length;
        if (n < 2 * periodMinimum)
        {
            return [];
        }
        var rebase = new List<int>();
        var runLength = options.RunLength;
        var centre = Mean(values.Slice(0, periodMinimum));
        var remaining = RunsFrom(values, centre);
        var counter = periodMinimum;
        while (n - counter >= periodMinimum)
        {
            var trigger = -1;
            for (var i = counter; i < n; i++)
            {
                if (remaining[i] >= runLength)
                {
                    trigger = i;
                    break;
                }
            }
            if (trigger < 0 || n - trigger < periodMinimum)
            {
                break;
            }
            var side = Math.Sign(values[trigger] - centre);
            var candidate = Mean(values.Slice(trigger, periodMinimum));
            if (Reverts(values, trigger, periodMinimum, candidate, -side, runLength))
            {
                counter = trigger + 1;
                continue;
            }
            rebase.Add(trigger);
            centre = candidate;
            remaining = RunsFrom(values, centre);
            counter = trigger + periodMinimum;
        }
        return [.. rebase];
    }

    // remaining[i]: how many consecutive points from i on lie strictly on the same side of the centre as point i (0 on it).
    private static int[] RunsFrom(ReadOnlySpan<double> values, double centre)
    {
        var remaining = new int[values.Length];
        for (var i = values.Length - 1; i >= 0; i--)
        {
            var side = Math.Sign(values[i] - centre);
            remaining[i] = side == 0 ? 0 : 1 + (i + 1 < values.Length && Math.Sign(values[i + 1] - centre) == side ? remaining[i + 1] : 0);
        }
        return remaining;
    }

    // An opposing rule break against the candidate centre: a run on side `opposite` that starts in [start, start + length)
    // and reaches runLength (points after the period count), or the period's final run on that side open to the end of the data.
    private static bool Reverts(ReadOnlySpan<double> values, int start, int length, double candidate, int opposite, int runLength)
    {
        var run = 0;
        for (var i = start; i < values.Length; i++)
        {
            if (i >= start + length && run == 0)
            {
                return false; // no opposing run open at the period's end; one starting later does not count
            }
            if (Math.Sign(values[i] - candidate) == opposite)
            {
                run++;
                if (run >= runLength)
                {
                    return true;
                }
            }
            else
            {
                if (i >= start + length)
                {
                    return false; // the period's last run has ended short of a rule break
                }
                run = 0;
            }
        }
        return run > 0; // still open at the end of the data: more data could make it an opposing rule break
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }
        return sum / values.Length;
    }
}
