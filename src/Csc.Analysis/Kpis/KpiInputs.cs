using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>
/// A record's months at month end, for one child: <see cref="First"/> to <see cref="Last"/>
/// (<see cref="Domain.ReportingMonth.Index"/> values, both included; <see cref="KpiMonths.Open"/> while open).
/// <see cref="ChildKey"/> numbers the child within a run (lists merged with the same key function
/// are ordered by it, so they can be intersected).
/// </summary>
public readonly record struct MonthSegment<T>(string ChildId, int First, int Last, T Record)
{
    /// <summary>The child's number within the run (for ordered merges).</summary>
    public int ChildKey { get; init; }
}

/// <summary>
/// The case data prepared once for every KPI calculation of a run: lookups built and tables sorted
/// once, open-ended records turned into per-child month ranges. Lazy: only what the requested KPIs
/// use is prepared. Also collects the data issues the calculations find.
/// </summary>
public sealed class KpiInputs
{
    private readonly List<DataIssue> issues = [];
    private readonly HashSet<(string Rule, string Id)> reported = [];
    private readonly Lazy<Dictionary<string, Child>> children;
    private readonly Lazy<Dictionary<string, DateOnly>> referralDates;
    private readonly Lazy<IReadOnlyList<MonthSegment<CpPlan>>> cpPlans;
    private readonly Lazy<IReadOnlyList<MonthSegment<CinPlan>>> cinPlans;
    private readonly Lazy<IReadOnlyList<MonthSegment<LacEpisode>>> lac;
    private readonly Lazy<IReadOnlyList<MonthSegment<Referral>>> childInNeed;
    private readonly Lazy<IReadOnlyList<MonthSegment<AdvocacyAllocation>>> advocacy;
    private readonly Lazy<(CpVisit[] Items, int[] Keys)> visits;
    private readonly Dictionary<string, int> childKeys = new(StringComparer.Ordinal);

    /// <summary>The inputs of one KPI pass over <paramref name="data"/>.</summary>
    public KpiInputs(CaseData data, KpiTimescales? timescales = null, WorkingDayCalendar? calendar = null)
    {
        Data = Preconditions.CheckNotNull(data);
        Timescales = timescales ?? KpiTimescales.Default;
        Calendar = calendar ?? WorkingDayCalendar.EnglandAndWales;
        children = new(() =>
        {
            var d = new Dictionary<string, Child>(Data.Children.Count, StringComparer.Ordinal);
            foreach (var c in Data.Children)
            {
                d.TryAdd(c.ChildId, c);
            }
            return d;
        });
        referralDates = new(() =>
        {
            var d = new Dictionary<string, DateOnly>(Data.Referrals.Count, StringComparer.Ordinal);
            foreach (var r in Data.Referrals)
            {
                d.TryAdd(r.ReferralId, r.ReferralDate);
            }
            return d;
        });
        cpPlans = new(() => MergePerChild(Data.CpPlans, ChildKeyOf));
        cinPlans = new(() => MergePerChild(Data.CinPlans, ChildKeyOf));
        lac = new(() => MergePerChild(Data.LacEpisodes.Where(e => !e.IsShortBreak), ChildKeyOf));
        childInNeed = new(() => MergePerChild(Data.Referrals, ChildKeyOf));
        advocacy = new(() => MergePerChild(Data.Advocacy, ChildKeyOf));
        visits = new(() => SortByChild(Data.CpVisits.ToArray(), static v => v.ChildId, static v => v.VisitDate.DayNumber, ChildKeyOf));
    }

    /// <summary>The case data.</summary>
    public CaseData Data { get; }

    /// <summary>The configured timescales.</summary>
    public KpiTimescales Timescales { get; }

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Problems found while calculating (an ICPC before its strategy discussion, a date outside the calendar), each once.</summary>
    public IReadOnlyList<DataIssue> Issues => issues;

    /// <summary>Children by id (the first row wins when an id repeats).</summary>
    public IReadOnlyDictionary<string, Child> ChildrenById => children.Value;

    /// <summary>Referral dates by referral id.</summary>
    public IReadOnlyDictionary<string, DateOnly> ReferralDates => referralDates.Value;

    /// <summary>CP plans as per-child month-end ranges (see <see cref="MergePerChild{T}"/>).</summary>
    public IReadOnlyList<MonthSegment<CpPlan>> CpPlanSegments => cpPlans.Value;

    /// <summary>CIN plans as per-child month-end ranges.</summary>
    public IReadOnlyList<MonthSegment<CinPlan>> CinPlanSegments => cinPlans.Value;

    /// <summary>Looked-after episodes, short breaks (V3, V4) left out, as per-child month-end ranges.</summary>
    public IReadOnlyList<MonthSegment<LacEpisode>> LacSegments => lac.Value;

    /// <summary>
    /// Each child's child in need episodes (a referral is open at d when referral_date &lt;= d and closure_date is blank
    /// or after d), merged per child: at each month end the open referral dated first stands for the child.
    /// </summary>
    public IReadOnlyList<MonthSegment<Referral>> ReferralSegments => childInNeed.Value;

    /// <summary>Advocacy allocations as per-child month-end ranges.</summary>
    public IReadOnlyList<MonthSegment<AdvocacyAllocation>> AdvocacySegments => advocacy.Value;

    /// <summary>CP visits sorted by child (<see cref="ChildKeyOf"/>), then date.</summary>
    public IReadOnlyList<CpVisit> CpVisitsByChild => visits.Value.Items;

    /// <summary>The child keys of <see cref="CpVisitsByChild"/>, position by position.</summary>
    public IReadOnlyList<int> CpVisitChildKeys => visits.Value.Keys;

    /// <summary>
    /// A number for a child id, the same for the whole run (the first id seen is 0, the next new one 1,
    /// ...): the prepared lists are ordered by it, so records of one child can be merged across tables
    /// without comparing strings. Not thread-safe: one run is sequential.
    /// </summary>
    public int ChildKeyOf(string childId)
    {
        ArgumentNullException.ThrowIfNull(childId);
        if (!childKeys.TryGetValue(childId, out var key))
        {
            key = childKeys.Count;
            childKeys.Add(childId, key);
        }
        return key;
    }

    /// <summary>Records a data issue once per rule and record id.</summary>
    public void Report(DataIssue issue, string recordId)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (reported.Add((issue.RuleId, recordId)))
        {
            issues.Add(issue);
        }
    }

    /// <summary>
    /// Working days from <paramref name="start"/> to <paramref name="end"/> (start &lt; day &lt;= end).
    /// False, with an issue reported, when a date is outside the calendar's years.
    /// </summary>
    public bool TryWorkingDays(DateOnly start, DateOnly end, string table, string recordId, out int workingDays)
    {
        foreach (var d in (ReadOnlySpan<DateOnly>)[start, end])
        {
            if (d < WorkingDayCalendar.MinDate || d > WorkingDayCalendar.MaxDate)
            {
                Report(KpiRules.Issue(KpiRules.DateOutsideCalendar, table, null, IsoFormat.Date(d),
                    $"{table} record {recordId}: the date is outside the working-day calendar ({IsoFormat.Date(WorkingDayCalendar.MinDate)} to {IsoFormat.Date(WorkingDayCalendar.MaxDate)}), so its working-day KPIs leave it out; correct the date."), recordId);
                workingDays = 0;
                return false;
            }
        }
        workingDays = Calendar.WorkingDaysBetween(start, end);
        return true;
    }

    /// <summary>
    /// Turns open-ended records into disjoint month-end ranges per child: each record covers the
    /// months at whose last day it is open (<see cref="KpiMonths.OpenAtMonthEnd"/>); when a child's
    /// records overlap, a month goes to the record that started first (of two starting the same day, the
    /// one with the smaller <see cref="IOpenEnded.RecordId"/>, ordinal), so every child counts once a
    /// month. Ordered by <paramref name="childKey"/> (default: a fresh numbering in order of first
    /// appearance), then month; lists to be intersected must share the key function. Linear: a
    /// counting sort by child, then a sort of each child's few records by start.
    /// </summary>
    public static IReadOnlyList<MonthSegment<T>> MergePerChild<T>(IEnumerable<T> records, Func<string, int>? childKey = null)
        where T : IOpenEnded
    {
        ArgumentNullException.ThrowIfNull(records);
        childKey ??= NewChildKeys();
        var (list, keys) = SortByChild(records.ToArray(), static r => r.ChildId, static r => r.StartDate.DayNumber, childKey, RecordIdOrder<T>.Instance);
        var result = new List<MonthSegment<T>>(list.Length);
        var child = -1;
        var covered = int.MinValue;
        for (var i = 0; i < list.Length; i++)
        {
            var r = list[i];
            if (keys[i] != child)
            {
                child = keys[i];
                covered = int.MinValue;
            }
            var (first, last) = KpiMonths.OpenAtMonthEnd(r.StartDate, r.EndDate);
            if (covered != int.MinValue)
            {
                first = Math.Max(first, covered + 1);
            }
            if (first <= last)
            {
                result.Add(new MonthSegment<T>(r.ChildId, first, last, r) { ChildKey = child });
                covered = last;
            }
        }
        return result;
    }

    /// <summary>
    /// Sorts by child key (a stable counting sort, linear), then within each child by
    /// <paramref name="within"/>, then (when given) by <paramref name="tie"/> among equal <paramref name="within"/>
    /// values. Returns the items and their child keys, position by position.
    /// </summary>
    internal static (T[] Items, int[] Keys) SortByChild<T>(T[] source, Func<T, string> child, Func<T, int> within, Func<string, int> childKey, IComparer<T>? tie = null)
    {
        var n = source.Length;
        var keyOf = new int[n];
        var maxKey = -1;
        for (var i = 0; i < n; i++)
        {
            keyOf[i] = childKey(child(source[i]));
            maxKey = Math.Max(maxKey, keyOf[i]);
        }
        var start = new int[maxKey + 2];
        foreach (var k in keyOf)
        {
            start[k + 1]++;
        }
        for (var k = 1; k < start.Length; k++)
        {
            start[k] += start[k - 1];
        }
        var items = new T[n];
        var keys = new int[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var p = start[keyOf[i]]++;
            items[p] = source[i];
            keys[p] = keyOf[i];
            order[p] = within(source[i]);
        }
        for (var s = 0; s < n;)
        {
            var e = s + 1;
            while (e < n && keys[e] == keys[s])
            {
                e++;
            }
            if (e - s > 1)
            {
                Array.Sort(order, items, s, e - s);
                if (tie is not null)
                {
                    SortTies(order, items, s, e, tie);
                }
            }
            s = e;
        }
        return (items, keys);
    }

    // Sorts each run of equal order values in [start, end) by the tie comparer (the runs are a child's same-day records: short).
    private static void SortTies<T>(int[] order, T[] items, int start, int end, IComparer<T> tie)
    {
        for (var s = start; s < end;)
        {
            var e = s + 1;
            while (e < end && order[e] == order[s])
            {
                e++;
            }
            if (e - s > 1)
            {
                Array.Sort(items, s, e - s, tie);
            }
            s = e;
        }
    }

    private sealed class RecordIdOrder<T> : IComparer<T>
        where T : IOpenEnded
    {
        public static readonly RecordIdOrder<T> Instance = new();

        public int Compare(T? x, T? y) => string.CompareOrdinal(x?.RecordId, y?.RecordId);
    }

    private static Func<string, int> NewChildKeys()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        return id =>
        {
            if (!map.TryGetValue(id, out var key))
            {
                key = map.Count;
                map.Add(id, key);
            }
            return key;
        };
    }

    /// <summary>
    /// Calls <paramref name="overlap"/> for every month range where a child has a segment in both
    /// lists (both from <see cref="MergePerChild{T}"/> with the same key function: ordered by child
    /// key, then month, disjoint per child). Linear in the two lengths.
    /// </summary>
    public static void Intersect<TA, TB>(
        IReadOnlyList<MonthSegment<TA>> a,
        IReadOnlyList<MonthSegment<TB>> b,
        Action<MonthSegment<TA>, MonthSegment<TB>, int, int> overlap)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(overlap);
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var c = a[i].ChildKey.CompareTo(b[j].ChildKey);
            if (c < 0) { i++; continue; }
            if (c > 0) { j++; continue; }
            var first = Math.Max(a[i].First, b[j].First);
            var last = Math.Min(a[i].Last, b[j].Last);
            if (first <= last)
            {
                overlap(a[i], b[j], first, last);
            }
            // advance the one that ends first (within the same child)
            if (a[i].Last < b[j].Last)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }
}
