using System.Runtime.InteropServices;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// cp_reviews_in_timescale_pct: of the children on a child protection plan at month end d for three months or more,
/// those whose plan has been reviewed in time (DfE's CIN census measure "CP cases which should have been reviewed
/// that were reviewed within required timescales", table D6, LAIT RevCP, taken at every month end).
/// </summary>
public static class CpReviewsInTimescalePct
{
    /// <summary>The stable id.</summary>
    public const string Id = "cp_reviews_in_timescale_pct";

    /// <summary>The months after the plan's start by which the first review is due.</summary>
    public const int FirstReviewMonths = 3;

    /// <summary>The months after a review by which the next is due.</summary>
    public const int NextReviewMonths = 6;

    /// <summary>The definition (no timescale applies: the intervals are statutory).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Children on child protection plans reviewed in timescale (%)",
        Area = KpiArea.ChildProtection,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Snapshot,
        Numerator = "of those, children whose plan's reviews r1 < r2 < ... (dated from the plan's start to d) meet r1 <= start.AddMonths(3), each r(i+1) <= r(i).AddMonths(6) and d <= last.AddMonths(6); no review is late",
        Denominator = "children with a CP plan open at month end d that started on or before d.AddMonths(-3) (a child with several open plans counts once, by the plan that started first)",
        Sources = KpiSources.CpPlans | KpiSources.CpReviews,
        Polarity = KpiPolarity.HigherIsBetter,
        Target = new() { Value = 90, AmberBand = 5, Reason = "England's published figure was 88.1% to 93.6% in every year from 2016 to 2025 (LAIT RevCP)" },
        Calculation = Calculate,
    };

    /// <summary>
    /// Each child's merged plan segments (the open plan that started first stands for the child) from the first
    /// month end three months after the plan's start; the plan's distinct review days (from its start, before its
    /// end) are walked once in order: the plan is in time from the first review, when that was on or before
    /// start.AddMonths(3), to six months after the last review of the unbroken chain (each within six months of the
    /// one before); a review later than that breaks the chain and the plan stays late.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var reviews = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        foreach (var r in inputs.Data.CpReviews)
        {
            if (!reviews.TryGetValue(r.CpPlanId, out var days))
            {
                days = [];
                reviews.Add(r.CpPlanId, days);
            }
            days.Add(r.ReviewDate);
        }
        foreach (var days in reviews.Values)
        {
            days.Sort();
        }
        foreach (var seg in inputs.CpPlanSegments)
        {
            var plan = seg.Record;
            var first = Math.Max(seg.First, KpiMonths.FirstMonthEndMonthsAfter(plan.StartDate, FirstReviewMonths));
            if (first > seg.Last)
            {
                continue;
            }
            sink.Add(first, seg.Last, false, true, plan, null);
            if (reviews.TryGetValue(plan.CpPlanId, out var days) && InTime(plan, days) is { } inTime)
            {
                var (from, to) = ReviewChain.Months(inTime, first, seg.Last);
                if (from <= to)
                {
                    sink.Add(from, to, true, false, plan, null);
                }
            }
        }
    }

    /// <summary>
    /// The days d at which <paramref name="plan"/>'s reviews (<paramref name="days"/>, sorted) are in time: from the
    /// first review to six months after the last review of the unbroken chain; null when the first review was late
    /// or there is none in the plan.
    /// </summary>
    private static (DateOnly From, DateOnly To)? InTime(CpPlan plan, List<DateOnly> days)
    {
        var reviews = CollectionsMarshal.AsSpan(days);
        var start = 0;
        while (start < reviews.Length && reviews[start] < plan.StartDate)
        {
            start++;
        }
        var end = start;
        while (end < reviews.Length && (plan.EndDate is not { } planEnd || reviews[end] < planEnd))
        {
            end++;
        }
        if (start == end || reviews[start] > plan.StartDate.AddMonths(FirstReviewMonths))
        {
            return null; // no review in the plan, or the first late
        }
        return ReviewChain.InTime(reviews[start..end], static d => d, static (last, _) => last.AddMonths(NextReviewMonths));
    }
}
