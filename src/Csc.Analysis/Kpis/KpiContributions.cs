using System.Runtime.CompilerServices;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>
/// The per-record contributions behind KPI figures: for a KPI and a range of months, every record in
/// its numerator or denominator with its group keys, from the same calculation the engine runs (so
/// the contributions of a month add up to the engine's numerator and denominator; a rate per 10,000's denominator
/// is the population, not records, so its contributions are its numerator's). One pass over
/// the KPI's data; the output has one row per record per month it counts in.
/// </summary>
public static class KpiContributions
{
    /// <summary>The contributions of one KPI in one month.</summary>
    public static IReadOnlyList<KpiContribution> For(CaseData data, string kpiId, ReportingMonth month, KpiEngineOptions? options = null)
        => For(data, kpiId, month, month, options);

    /// <summary>The contributions of one KPI from <paramref name="from"/> to <paramref name="to"/>, ordered by month.</summary>
    public static IReadOnlyList<KpiContribution> For(CaseData data, string kpiId, ReportingMonth from, ReportingMonth to, KpiEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(kpiId);
        Preconditions.CheckArgument(from <= to, $"The first month {from} is after the last month {to}.");
        options ??= KpiEngineOptions.Default;
        var catalog = options.ResolveCatalog();
        var def = catalog[kpiId];
        var inputs = new KpiInputs(data, catalog.Timescales, options.Calendar);
        var sink = new CollectingSink(from.Index, to.Index);
        if (KpiEngine.IsAvailable(def, data))
        {
            def.Calculation(inputs, sink);
        }
        return sink.Build(def.Id, inputs);
    }

    /// <summary>Keys of a case record counted on <paramref name="date"/>.</summary>
    public static KpiGroupKeys KeysOf(object record, DateOnly date, IReadOnlyDictionary<string, Child> children)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(children);
        var (_, _, childId, team, worker, legal, category) = Describe(record);
        var age = children.TryGetValue(childId, out var c) ? c.AgeOn(date) : null;
        return new KpiGroupKeys(team ?? KpiGroupKeys.NotRecorded, worker ?? KpiGroupKeys.NotRecorded, KpiGroupKeys.AgeBandOf(age),
            legal ?? KpiGroupKeys.NotRecorded, category ?? KpiGroupKeys.NotRecorded);
    }

    private static (string Type, string Id, string ChildId, string? Team, string? Worker, string? Legal, string? Category) Describe(object record) => record switch
    {
        Contact c => ("contact", c.ContactId, c.ChildId, c.Team, null, null, c.Source),
        Referral r => ("referral", r.ReferralId, r.ChildId, r.Team, r.Worker, null, r.Source),
        Assessment a => ("assessment", a.AssessmentId, a.ChildId, a.Team, a.Worker, null, a.Outcome?.ToString()),
        Section47Enquiry s => ("s47_enquiry", s.S47Id, s.ChildId, s.Team, s.Worker, null, null),
        CpPlan p => ("cp_plan", p.CpPlanId, p.ChildId, p.Team, p.Worker, null, p.LatestCategory ?? p.InitialCategory),
        CinPlan p => ("cin_plan", p.CinPlanId, p.ChildId, p.Team, p.Worker, null, null),
        LacEpisode e => ("lac_episode", e.EpisodeId, e.ChildId, null, null, e.LegalStatus, e.CategoryOfNeed),
        MissingEpisode m => ("missing_episode", m.MissingId, m.ChildId, null, null, null, m.MissingOrAbsent == MissingType.Missing ? "M" : "A"),
        AdvocacyAllocation a => ("advocacy", a.AdvocacyId, a.ChildId, null, null, null, null),
        EarlyHelpEpisode e => ("early_help", e.EarlyHelpId, e.ChildId, null, null, null, e.Route.ToString()),
        CpVisit v => ("cp_visit", v.VisitId, v.ChildId, null, v.Worker, null, null),
        CareLeaver l => ("care_leaver", l.CareLeaverId, l.ChildId, null, null, null, null),
        _ => throw new ArgumentException($"A KPI subject of type {record.GetType().Name} has no group keys; add it to KpiContributions.Describe.", nameof(record)),
    };

    /// <summary>Collects (month, record) pairs; a record added to one month as numerator and as denominator separately is one contribution.</summary>
    private sealed class CollectingSink(int first, int last) : IKpiSink
    {
        private readonly Dictionary<(int Month, object Subject), (bool Num, bool Den, DateOnly? Date)> cells = new(new CellComparer());
        private readonly List<(int Month, object Subject)> order = [];

        public void Add(int firstMonth, int lastMonth, bool numerator, bool denominator, object subject, DateOnly? eventDate)
        {
            var a = Math.Max(firstMonth, first);
            var b = Math.Min(lastMonth, last);
            for (var m = a; m <= b; m++)
            {
                var key = (m, subject);
                if (cells.TryGetValue(key, out var cell))
                {
                    cells[key] = (cell.Num || numerator, cell.Den || denominator, cell.Date ?? eventDate);
                }
                else
                {
                    cells[key] = (numerator, denominator, eventDate);
                    order.Add(key);
                }
            }
        }

        public IReadOnlyList<KpiContribution> Build(string kpiId, KpiInputs inputs)
        {
            var list = new List<KpiContribution>(order.Count);
            foreach (var key in order.OrderBy(k => k.Month))
            {
                var cell = cells[key];
                var month = ReportingMonth.FromIndex(key.Month);
                var date = cell.Date ?? month.LastDay;
                var (type, id, child, _, _, _, _) = Describe(key.Subject);
                list.Add(new KpiContribution(kpiId, month, type, id, child, date, cell.Num, cell.Den, KeysOf(key.Subject, date, inputs.ChildrenById), key.Subject));
            }
            return list;
        }
    }

    private sealed class CellComparer : IEqualityComparer<(int Month, object Subject)>
    {
        public bool Equals((int Month, object Subject) x, (int Month, object Subject) y) => x.Month == y.Month && ReferenceEquals(x.Subject, y.Subject);

        public int GetHashCode((int Month, object Subject) obj) => HashCode.Combine(obj.Month, RuntimeHelpers.GetHashCode(obj.Subject));
    }
}
