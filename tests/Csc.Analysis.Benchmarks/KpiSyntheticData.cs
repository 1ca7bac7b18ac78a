using Csc.Analysis.Domain;

namespace Csc.Analysis.Benchmarks;

/// <summary>
/// Synthetic case data for the KPI benchmarks: monthly volumes of a London-borough-sized council
/// (about 650 contacts, 175 referrals, 40 s47 enquiries, 270 CP plans, 320 CIN plans and 250 looked-after
/// children) multiplied by the scale, with plausible durations. Deterministic for a seed. Not a
/// story generator: volumes only, for timing.
/// </summary>
public static class KpiSyntheticData
{
    public static CaseData Build(int seed, double scale, ReportingMonth from, ReportingMonth to)
    {
        var rng = new Random(seed);
        var children = new List<Child>();
        var contacts = new List<Contact>();
        var referrals = new List<Referral>();
        var assessments = new List<Assessment>();
        var s47s = new List<Section47Enquiry>();
        var cp = new List<CpPlan>();
        var visits = new List<CpVisit>();
        var cin = new List<CinPlan>();
        var lac = new List<LacEpisode>();
        var missing = new List<MissingEpisode>();
        var advocacy = new List<AdvocacyAllocation>();
        var earlyHelp = new List<EarlyHelpEpisode>();
        string[] teams = ["T1", "T2", "T3", "T4", "T5"];
        string[] legal = ["C2", "C2", "C1", "V2", "V2", "E1"];
        string[] reasons = ["E4A", "E4A", "E13", "E11", "E45", "E3", "E8"];
        var id = 0;
        string Next(string prefix) => prefix + (++id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        int N(double perMonth) => (int)Math.Round(perMonth * scale * (0.9 + (0.2 * rng.NextDouble())));
        DateOnly Day(ReportingMonth m) => m.FirstDay.AddDays(rng.Next(DateTime.DaysInMonth(m.Year, m.Month)));
        string NewChild(DateOnly on)
        {
            var c = Next("C");
            children.Add(new Child(c, rng.Next(2) == 0 ? "M" : "F", on.AddDays(-rng.Next(1, 18 * 365)), "WBRI", null, null));
            return c;
        }
        // Plans and episodes open before the first month, so the stocks start near their level.
        var warmup = from.PlusMonths(-24);
        foreach (var m in ReportingMonth.Sequence(warmup, to))
        {
            var inRange = m >= from;
            if (inRange)
            {
                for (var i = N(650); i > 0; i--)
                {
                    var d = Day(m);
                    contacts.Add(new Contact(Next("CO"), NewChild(d), d, "POLICE", (BragRating)rng.Next(5), (ContactOutcome)rng.Next(5), teams[rng.Next(teams.Length)]));
                }
                for (var i = N(175); i > 0; i--)
                {
                    var d = Day(m);
                    var r = new Referral(Next("R"), NewChild(d), d, "SCHOOL", rng.Next(10) == 0, teams[rng.Next(teams.Length)], "W" + rng.Next(40));
                    referrals.Add(r);
                    var authorised = rng.Next(10) == 0 ? (DateOnly?)null : d.AddDays(rng.Next(5, 80));
                    assessments.Add(new Assessment(Next("A"), r.ChildId, r.ReferralId, d, authorised, (AssessmentOutcome)rng.Next(6), r.Team, r.Worker));
                }
                for (var i = N(40); i > 0; i--)
                {
                    var d = Day(m);
                    var held = rng.Next(4) != 0;
                    s47s.Add(new Section47Enquiry(Next("S"), NewChild(d), d, !held, held ? d.AddDays(rng.Next(-1, 30)) : null, null, null, teams[rng.Next(teams.Length)], "W" + rng.Next(40)));
                }
                for (var i = N(34); i > 0; i--)
                {
                    var start = Day(m).ToDateTime(new TimeOnly(rng.Next(24), 0));
                    var end = start.AddHours(rng.Next(2, 96));
                    missing.Add(new MissingEpisode(Next("M"), NewChild(DateOnly.FromDateTime(start)), start, end, rng.Next(5) == 0 ? MissingType.Absent : MissingType.Missing, true,
                        rng.Next(4) == 0 ? null : end.AddHours(rng.Next(1, 120))));
                }
                for (var i = N(60); i > 0; i--)
                {
                    var d = Day(m);
                    earlyHelp.Add(new EarlyHelpEpisode(Next("EH"), NewChild(d), d, d.AddDays(rng.Next(30, 300)), (EarlyHelpRoute)rng.Next(3)));
                }
            }
            for (var i = N(22); i > 0; i--)
            {
                var d = Day(m);
                var child = NewChild(d);
                var end = d.AddDays(rng.Next(60, 600));
                cp.Add(new CpPlan(Next("CP"), child, d, end <= to.LastDay ? end : null, "NEG", "NEG", teams[rng.Next(teams.Length)], "W" + rng.Next(40)));
                for (var v = d.AddDays(rng.Next(1, 15)); v < end && v <= to.LastDay; v = v.AddDays(rng.Next(5, 20)))
                {
                    visits.Add(new CpVisit(Next("V"), child, v, true, "W1"));
                }
            }
            for (var i = N(30); i > 0; i--)
            {
                var d = Day(m);
                var end = d.AddDays(rng.Next(60, 500));
                cin.Add(new CinPlan(Next("CIN"), NewChild(d), d, end <= to.LastDay ? end : null, teams[rng.Next(teams.Length)], "W" + rng.Next(40)));
            }
            for (var i = N(9); i > 0; i--)
            {
                var d = Day(m);
                var child = NewChild(d);
                var episodes = rng.Next(1, 5);
                for (var e = 0; e < episodes && d <= to.LastDay; e++)
                {
                    var end = d.AddDays(rng.Next(30, 400));
                    var last = e == episodes - 1;
                    lac.Add(new LacEpisode(Next("E"), child, d, end <= to.LastDay ? end : null, "S", legal[rng.Next(legal.Length)], "N1", "U1", "PR1", null,
                        rng.Next(10) == 0 ? null : rng.NextDouble() * 60, rng.Next(2) == 0, end > to.LastDay ? null : last ? reasons[rng.Next(reasons.Length)] : "X1"));
                    d = end;
                }
                if (rng.Next(12) == 0)
                {
                    advocacy.Add(new AdvocacyAllocation(Next("ADV"), child, Day(m), null));
                }
            }
        }
        return new CaseData
        {
            ExtractDate = to.LastDay,
            Children = children,
            Contacts = contacts,
            Referrals = referrals,
            Assessments = assessments,
            Section47Enquiries = s47s,
            CpPlans = cp,
            CpVisits = visits,
            CinPlans = cin,
            LacEpisodes = lac,
            MissingEpisodes = missing,
            Advocacy = advocacy,
            EarlyHelp = earlyHelp,
        };
    }
}
