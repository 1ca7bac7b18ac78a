using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

/// <summary>Records for the looked-after and care-leaver national measures' tests.</summary>
internal static class N
{
    /// <summary>An episode with its reason for new episode and reason ceased.</summary>
    public static LacEpisode Ep(string child, string start, string? end, string rne = "S", string? ceased = null, string legal = "C2")
        => new(Id("E"), child, D(start), end is null ? null : D(end), rne, legal, "N1", "U4", "PR1", null, 5, true, ceased);

    public static CpReview CpRev(CpPlan plan, string date) => new(Id("CR"), plan.CpPlanId, plan.ChildId, D(date));

    public static LacReview Review(string child, string date) => new(Id("LR"), child, D(date));

    public static LacHealthCheck Check(string child, string date, HealthCheckType type = HealthCheckType.HealthAssessment, HealthCheckStatus status = HealthCheckStatus.Completed)
        => new(Id("H"), child, type, D(date), status);

    public static CareLeaver Leaver(string child, string birthday, CareLeaverContact inTouch = CareLeaverContact.Yes, string? activity = "F1", bool? suitable = true)
        => new(Id("CL"), child, D(birthday), inTouch, activity, "Z1S", suitable);

    /// <summary>The (numerator, denominator) of a KPI for each month from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static (long Num, long Den)[] Counts(CaseData data, string kpiId, string from, string to, KpiConfig? config = null)
        => [.. Run(data, from, to, config, kpiId)[kpiId].Results.Select(r => (r.Numerator!.Value, r.Denominator ?? 0))];

    /// <summary>The numerators only.</summary>
    public static long[] Nums(CaseData data, string kpiId, string from, string to, KpiConfig? config = null)
        => [.. Counts(data, kpiId, from, to, config).Select(c => c.Num)];

    /// <summary>Data that says exactly which tables and columns it carried.</summary>
    public static CaseData Supplying(this CaseData data, params CaseTable[] tables)
        => data with { Supplied = new DataSupplied { Tables = tables.ToHashSet(), Fields = new HashSet<OptionalField>() } };
}
