using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>
/// A record's months at month end, for one child: <see cref="First"/> to <see cref="Last"/>
/// (<see cref="Domain.ReportingMonth.Index"/> values, both included; <see cref="KpiMonths.Open"/> while open).
/// </summary>
public readonly record struct MonthSegment<T>(string ChildId, int First, int Last, T Record);

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
    private readonly Lazy<IReadOnlyList<MonthSegment<AdvocacyAllocation>>> advocacy;
    private readonly Lazy<IReadOnlyList<CpVisit>> visits;

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
        cpPlans = new(() => MergePerChild(Data.CpPlans));
        cinPlans = new(() => MergePerChild(Data.CinPlans));
        lac = new(() => MergePerChild(Data.LacEpisodes.Where(e => !e.IsShortBreak)));
        advocacy = new(() => MergePerChild(Data.Advocacy));
        visits = new(() =>
        {
            var list = Data.CpVisits.ToArray();
            Array.Sort(list, static (a, b) =>
            {
                var c = string.CompareOrdinal(a.ChildId, b.ChildId);
                return c != 0 ? c : a.VisitDate.CompareTo(b.VisitDate);
            });
            return list;
        });
    }

    public CaseData Data { get; }

    public KpiTimescales Timescales { get; }

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

    /// <summary>Advocacy allocations as per-child month-end ranges.</summary>
    public IReadOnlyList<MonthSegment<AdvocacyAllocation>> AdvocacySegments => advocacy.Value;

    /// <summary>CP visits sorted by child, then date.</summary>
    public IReadOnlyList<CpVisit> CpVisitsByChild => visits.Value;

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
                Report(new DataIssue(IssueSeverity.Warning, "KPI_DATE_OUTSIDE_CALENDAR", table, null, null, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    $"{table} record {recordId}: the date is outside the working-day calendar ({WorkingDayCalendar.MinDate:yyyy-MM-dd} to {WorkingDayCalendar.MaxDate:yyyy-MM-dd}), so its working-day KPIs leave it out; correct the date."), recordId);
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
    /// records overlap, a month goes to the record that started first, so every child counts once a
    /// month. Sorted by child id (ordinal), then month. O(n log n) for the sort, then linear.
    /// </summary>
    public static IReadOnlyList<MonthSegment<T>> MergePerChild<T>(IEnumerable<T> records)
        where T : IOpenEnded
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToArray();
        Array.Sort(list, static (a, b) =>
        {
            var c = string.CompareOrdinal(a.ChildId, b.ChildId);
            return c != 0 ? c : a.StartDate.CompareTo(b.StartDate);
        });
        var result = new List<MonthSegment<T>>(list.Length);
        string? child = null;
        var covered = int.MinValue;
        foreach (var r in list)
        {
            if (!string.Equals(child, r.ChildId, StringComparison.Ordinal))
            {
                child = r.ChildId;
                covered = int.MinValue;
            }
            var (first, last) = KpiMonths.OpenAtMonthEnd(r.StartDate, r.EndDate);
            if (covered != int.MinValue)
            {
                first = Math.Max(first, covered + 1);
            }
            if (first <= last)
            {
                result.Add(new MonthSegment<T>(r.ChildId, first, last, r));
                covered = last;
            }
        }
        return result;
    }

    /// <summary>
    /// Calls <paramref name="overlap"/> for every month range where a child has a segment in both
    /// lists (both sorted by child, then month, disjoint per child). Linear in the two lengths.
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
            var c = string.CompareOrdinal(a[i].ChildId, b[j].ChildId);
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
