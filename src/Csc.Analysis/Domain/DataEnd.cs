namespace Csc.Analysis.Domain;

/// <summary>
/// The day a data set's activity ends, told apart from a few dates after it that are mistypes: when the data has no
/// extract date, this day (not the latest date in it) decides the last month reported, so one referral typed as
/// 2099-01-01 or two months ahead neither makes a report of empty months nor goes unnoticed (it is a
/// <see cref="LateDate"/>).
/// </summary>
/// <remarks>
/// The activity dates are those of <see cref="CaseData.LatestActivityDate"/>: contacts, referrals, assessment starts and
/// authorisations, strategy discussions and ICPCs, and the starts and ends of CP plans, CIN plans and looked-after
/// episodes. A day is <em>active</em> when it holds at least <see cref="ActiveDayShare"/> of the median count of the days
/// that have any activity (and at least <see cref="MinActiveDayCount"/>); the data ends on the last active day. A data
/// set of fewer than <see cref="MinDatesToJudge"/> activity dates is too small to tell a mistype from a quiet day: it
/// ends on its latest date. Two linear passes: one counts dates per day, one lists the dates after the end.
/// </remarks>
/// <param name="Date">The last day of the data's activity (inclusive).</param>
/// <param name="Later">The dates after <paramref name="Date"/>, in table order then record order.</param>
public sealed record DataEnd(DateOnly Date, IReadOnlyList<LateDate> Later)
{
    /// <summary>Fewer activity dates than this and the data ends on its latest date (500).</summary>
    public const int MinDatesToJudge = 500;

    /// <summary>An active day has at least this share of the median daily count (0.05: 5%).</summary>
    public const double ActiveDayShare = 0.05;

    /// <summary>An active day has at least this many activity dates (2), however quiet the data.</summary>
    public const int MinActiveDayCount = 2;

    // Found once per data set: the load's check, the engine's default month and the inspection's as-at date all ask for
    // it. Keyed by the instance (a CaseData made with `with` is another instance, so it is found afresh); a CaseData's
    // tables do not change once it is built.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CaseData, Found> Cache = [];

    /// <summary>The data's end, or null when it has no activity dates. Found once per <see cref="CaseData"/> instance.</summary>
    public static DataEnd? Find(CaseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Cache.GetValue(data, d => new Found(Compute(d))).End;
    }

    private static DataEnd? Compute(CaseData data)
    {
        var perDay = new Dictionary<DateOnly, int>();
        var total = 0;
        Visit(data, (_, _, _, d) =>
        {
            perDay[d] = perDay.GetValueOrDefault(d) + 1;
            total++;
        });
        if (perDay.Count == 0)
        {
            return null;
        }
        var days = perDay.Keys.Order().ToArray();
        var end = days[^1];
        if (total >= MinDatesToJudge)
        {
            var counts = perDay.Values.Order().ToArray();
            var median = counts.Length % 2 == 1 ? counts[counts.Length / 2] : (counts[(counts.Length / 2) - 1] + counts[counts.Length / 2]) / 2.0;
            var threshold = Math.Max(MinActiveDayCount, median * ActiveDayShare);
            var i = days.Length - 1;
            while (i > 0 && perDay[days[i]] < threshold)
            {
                i--;
            }
            end = days[i];
        }
        var later = new List<LateDate>();
        if (end < days[^1])
        {
            Visit(data, (table, id, column, d) =>
            {
                if (d > end)
                {
                    later.Add(new LateDate(table, id, column, d));
                }
            });
        }
        return new DataEnd(end, later);
    }

    private static void Visit(CaseData data, Action<CaseTable, string, string, DateOnly> visit)
    {
        void Take(CaseTable table, string id, string column, DateOnly? d)
        {
            if (d is { } v)
            {
                visit(table, id, column, v);
            }
        }
        foreach (var c in data.Contacts) Take(CaseTable.Contacts, c.ContactId, "contact_date", c.ContactDate);
        foreach (var r in data.Referrals) Take(CaseTable.Referrals, r.ReferralId, "referral_date", r.ReferralDate);
        foreach (var a in data.Assessments)
        {
            Take(CaseTable.Assessments, a.AssessmentId, "start_date", a.StartDate);
            Take(CaseTable.Assessments, a.AssessmentId, "authorised_date", a.AuthorisedDate);
        }
        foreach (var s in data.Section47Enquiries)
        {
            Take(CaseTable.Section47, s.S47Id, "strategy_discussion_date", s.StrategyDiscussionDate);
            Take(CaseTable.Section47, s.S47Id, "icpc_date", s.IcpcDate);
        }
        foreach (var p in data.CpPlans)
        {
            Take(CaseTable.CpPlans, p.CpPlanId, "start_date", p.StartDate);
            Take(CaseTable.CpPlans, p.CpPlanId, "end_date", p.EndDate);
        }
        foreach (var p in data.CinPlans)
        {
            Take(CaseTable.CinPlans, p.CinPlanId, "start_date", p.StartDate);
            Take(CaseTable.CinPlans, p.CinPlanId, "end_date", p.EndDate);
        }
        foreach (var e in data.LacEpisodes)
        {
            Take(CaseTable.LacEpisodes, e.EpisodeId, "start_date", e.StartDate);
            Take(CaseTable.LacEpisodes, e.EpisodeId, "end_date", e.EndDate);
        }
    }

    private sealed record Found(DataEnd? End);
}
