using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// The looked-after episodes of every child (short breaks, V3 and V4, left out), sorted by child
/// (<see cref="KpiInputs.ChildKeyOf"/>) then start, and cut into periods of care: chains of episodes
/// each starting on the day the previous ended (an episode starting before the previous one ended,
/// a data error, continues the period too). Built once per calculation in one sort: linear after it.
/// The national measures of stability, reviews and health read it.
/// </summary>
internal sealed class CareHistory
{
    private readonly List<MonthSegment<LacEpisode>> segments = [];
    private readonly List<CarePeriod> periods = [];

    private CareHistory(LacEpisode[] episodes, int[] keys)
    {
        Episodes = episodes;
        Keys = keys;
        var i = 0;
        while (i < episodes.Length)
        {
            var first = i;
            var start = episodes[i].StartDate;
            var end = episodes[i].EndDate;
            var segFirst = segments.Count;
            var covered = int.MinValue;
            AddSegment(episodes[i], keys[i], ref covered);
            i++;
            while (i < episodes.Length && keys[i] == keys[first] && (end is null || episodes[i].StartDate <= end.Value))
            {
                end = end is { } e && episodes[i].EndDate is { } next ? (next > e ? next : e) : null;
                AddSegment(episodes[i], keys[i], ref covered);
                i++;
            }
            periods.Add(new CarePeriod(keys[first], episodes[first].ChildId, start, end, first, i - 1, segFirst, segments.Count - 1));
        }
    }

    /// <summary>The episodes, by child key then start.</summary>
    public LacEpisode[] Episodes { get; }

    /// <summary>The child keys of <see cref="Episodes"/>, position by position.</summary>
    public int[] Keys { get; }

    /// <summary>The periods of care, by child key then start (disjoint for each child).</summary>
    public IReadOnlyList<CarePeriod> Periods => periods;

    /// <summary>The history of the data's episodes, with the run's child keys.</summary>
    public static CareHistory Of(KpiInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (items, keys) = KpiInputs.SortByChild(
            inputs.Data.LacEpisodes.Where(e => !e.IsShortBreak).ToArray(),
            static e => e.ChildId, static e => e.StartDate.DayNumber, inputs.ChildKeyOf);
        return new CareHistory(items, keys);
    }

    /// <summary>The months (<see cref="ReportingMonth.Index"/>) at whose end the period is open.</summary>
    public static (int First, int Last) Months(CarePeriod period) => KpiMonths.OpenAtMonthEnd(period.Start, period.End);

    /// <summary>
    /// Adds the months <paramref name="first"/> to <paramref name="last"/> of <paramref name="period"/> to the sink,
    /// each month with the episode open at its end as the subject (so numerator and denominator of a month share it).
    /// </summary>
    public void Add(IKpiSink sink, CarePeriod period, int first, int last, bool numerator, bool denominator)
    {
        for (var s = period.FirstSegment; s <= period.LastSegment && first <= last; s++)
        {
            var seg = segments[s];
            var a = Math.Max(first, seg.First);
            var b = Math.Min(last, seg.Last);
            if (a <= b)
            {
                sink.Add(a, b, numerator, denominator, seg.Record, null);
            }
        }
    }

    private void AddSegment(LacEpisode episode, int key, ref int covered)
    {
        var (first, last) = KpiMonths.OpenAtMonthEnd(episode.StartDate, episode.EndDate);
        if (covered != int.MinValue)
        {
            first = Math.Max(first, covered + 1);
        }
        if (first <= last)
        {
            segments.Add(new MonthSegment<LacEpisode>(episode.ChildId, first, last, episode) { ChildKey = key });
            covered = last;
        }
    }
}
