using System.Globalization;
using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

/// <summary>
/// Adds the optional tables and columns of the canonical extract to one generated unit, after the simulation:
/// the referrals' closure date, reason for closure and primary need; the CP plans' previous plans; the children's
/// UASC flag; CP reviews, looked-after reviews, health assessments and dental checks, care leavers and (with the
/// first unit) the population estimates. Every value is drawn from a random stream of its own (derived from the
/// seed and the unit, apart from the simulation's), so the tables and columns the simulation writes are the same
/// bytes with or without this step. Each value is consistent with the unit's rows: a referral's child in need
/// episode does not close while a plan or period of care it leads to is open, reviews and checks fall inside
/// their plan or period of care, and no date is after the extract. Linear in the rows (one pass per table,
/// grouped by child).
/// </summary>
internal sealed class SyntheticOptionalData
{
    /// <summary>The stream number of the optional data's random stream (the simulation's are the unit indexes).</summary>
    private const int StreamOffset = 1 << 20;

    private static readonly WorkingDayCalendar Cal = WorkingDayCalendar.EnglandAndWales;

    private readonly Xoshiro256 rng;
    private readonly CaseData data;
    private readonly SyntheticOptions options;
    private readonly int unitIndex;
    private readonly string prefix;
    private readonly DateOnly extract;
    private readonly DateOnly periodStart;

    private readonly Dictionary<string, Child> childById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CareSpell>> careByChild = new(StringComparer.Ordinal);
    private readonly HashSet<string> uasc = new(StringComparer.Ordinal);

    private SyntheticOptionalData(CaseData data, SyntheticOptions options, int unitIndex, string prefix)
    {
        this.data = data;
        this.options = options;
        this.unitIndex = unitIndex;
        this.prefix = prefix;
        rng = new Xoshiro256(Xoshiro256.DeriveSeed(options.Seed, StreamOffset + unitIndex));
        extract = options.ExtractDate;
        periodStart = options.From.FirstDay;
    }

    /// <summary>The unit's data with the optional tables and columns added (the simulation's values unchanged).</summary>
    public static CaseData Add(CaseData data, SyntheticOptions options, int unitIndex, string prefix)
        => new SyntheticOptionalData(data, options, unitIndex, prefix).Run();

    private CaseData Run()
    {
        foreach (var c in data.Children)
        {
            childById[c.ChildId] = c;
        }
        PeriodsOfCare();
        var children = Children();
        var referrals = Referrals();
        var cpPlans = CpPlans();
        return data with
        {
            Children = children,
            Referrals = referrals,
            CpPlans = cpPlans,
            CpReviews = CpReviews(),
            LacReviews = LacReviews(),
            LacHealth = LacHealth(),
            CareLeavers = CareLeavers(),
            Population = unitIndex == 0 ? Population() : [],
            // every table and column is generated, so an empty one (no care leavers in a short period) says none, not unknown
            Supplied = new DataSupplied { Tables = Enum.GetValues<CaseTable>().ToHashSet(), Fields = Enum.GetValues<OptionalField>().ToHashSet() },
        };
    }

    private string Id(string kind, int n) => string.Concat(prefix, kind, n.ToString("D6", CultureInfo.InvariantCulture));

    private DateOnly RandomDay(DateOnly a, DateOnly b) => b <= a ? a : a.AddDays(rng.Between(0, b.DayNumber - a.DayNumber));

    /// <summary>The working day on or before <paramref name="d"/>, but not before <paramref name="floor"/>.</summary>
    private static DateOnly WorkingOnOrBefore(DateOnly d, DateOnly floor)
    {
        var x = d;
        while (!Cal.IsWorkingDay(x) && x > floor)
        {
            x = x.AddDays(-1);
        }
        return x;
    }

    private static Dictionary<string, List<T>> ByChild<T>(IReadOnlyList<T> rows, Func<T, string> child)
    {
        var map = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var id = child(r);
            if (!map.TryGetValue(id, out var list))
            {
                map[id] = list = [];
            }
            list.Add(r);
        }
        return map;
    }

    // ---------------------------------------------------------------- periods of care

    /// <summary>A period of care: a chain of looked-after episodes (not short breaks) each starting the day the previous ended.</summary>
    private sealed record CareSpell(string ChildId, DateOnly Start, DateOnly? End, string? FirstNeed, string? LastReasonCeased);

    private void PeriodsOfCare()
    {
        var episodes = ByChild([.. data.LacEpisodes.Where(e => !e.IsShortBreak)], e => e.ChildId);
        foreach (var (child, list) in episodes)
        {
            list.Sort((a, b) => a.StartDate != b.StartDate ? a.StartDate.CompareTo(b.StartDate) : string.CompareOrdinal(a.EpisodeId, b.EpisodeId));
            var spells = new List<CareSpell>();
            var i = 0;
            while (i < list.Count)
            {
                var first = list[i];
                var last = first;
                while (i + 1 < list.Count && last.EndDate is { } e && list[i + 1].StartDate == e)
                {
                    last = list[++i];
                }
                spells.Add(new CareSpell(child, first.StartDate, last.EndDate, first.CategoryOfNeed, last.ReasonCeased));
                i++;
            }
            careByChild[child] = spells;
        }
    }

    // ---------------------------------------------------------------- children: uasc

    private List<Child> Children()
    {
        var result = new List<Child>(data.Children.Count);
        foreach (var c in data.Children)
        {
            var isUasc = false;
            if (careByChild.TryGetValue(c.ChildId, out var spells) && c.DateOfBirth is { } dob)
            {
                // A few per cent of the looked-after children: older children (14 and over when they came into care), mostly boys.
                var age = Ages.WholeYears(dob, spells[0].Start);
                if (age >= 14)
                {
                    isUasc = rng.Chance(c.Sex == "M" ? 0.16 : 0.05);
                }
            }
            if (isUasc)
            {
                uasc.Add(c.ChildId);
            }
            result.Add(c with { Uasc = isUasc });
        }
        return result;
    }

    // ---------------------------------------------------------------- referrals: closure, reason, primary need

    /// <summary>A service a referral can lead to: a CP plan, a CIN plan or a period of care.</summary>
    private sealed record Service(DateOnly Start, DateOnly? End, bool Care, string? Need, string? ReasonCeased);

    private List<Referral> Referrals()
    {
        var services = new Dictionary<string, List<Service>>(StringComparer.Ordinal);
        void AddService(string child, Service s)
        {
            if (!services.TryGetValue(child, out var list))
            {
                services[child] = list = [];
            }
            list.Add(s);
        }
        foreach (var p in data.CpPlans)
        {
            AddService(p.ChildId, new Service(p.StartDate, p.EndDate, false, "N1", null));
        }
        foreach (var p in data.CinPlans)
        {
            AddService(p.ChildId, new Service(p.StartDate, p.EndDate, false, null, null));
        }
        foreach (var (child, spells) in careByChild)
        {
            foreach (var s in spells)
            {
                AddService(child, new Service(s.Start, s.End, true, s.FirstNeed, s.LastReasonCeased));
            }
        }
        var assessments = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        foreach (var a in data.Assessments)
        {
            // the latest assessment of the referral stands for it
            if (a.ReferralId is { } rid && (!assessments.TryGetValue(rid, out var had) || a.StartDate >= had.StartDate))
            {
                assessments[rid] = a;
            }
        }
        // the next referral of the same child (the window of services a referral leads to ends there)
        var next = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var (_, list) in ByChild(data.Referrals, r => r.ChildId))
        {
            list.Sort((a, b) => a.ReferralDate != b.ReferralDate ? a.ReferralDate.CompareTo(b.ReferralDate) : string.CompareOrdinal(a.ReferralId, b.ReferralId));
            for (var i = 0; i < list.Count; i++)
            {
                next[list[i].ReferralId] = i + 1 < list.Count ? list[i + 1].ReferralDate : null;
            }
        }

        var result = new List<Referral>(data.Referrals.Count);
        foreach (var r in data.Referrals)
        {
            var until = next[r.ReferralId];
            var led = new List<Service>();
            if (services.TryGetValue(r.ChildId, out var list))
            {
                foreach (var s in list)
                {
                    if (s.Start >= r.ReferralDate && (until is not { } u || s.Start < u))
                    {
                        led.Add(s);
                    }
                }
            }
            assessments.TryGetValue(r.ReferralId, out var assessment);
            var (closure, reason) = Closure(r, led, assessment);
            result.Add(r with { ClosureDate = closure, ReasonForClosure = reason, PrimaryNeedCode = PrimaryNeed(r, led) });
        }
        return result;
    }

    private (DateOnly? Closure, string? Reason) Closure(Referral r, List<Service> led, Assessment? assessment)
    {
        DateOnly? closure;
        string reason;
        if (led.Count > 0)
        {
            if (led.Any(s => s.End is null))
            {
                return (null, null);
            }
            var last = led[0];
            foreach (var s in led)
            {
                if (s.End > last.End)
                {
                    last = s;
                }
            }
            closure = last.End!.Value.AddDays(rng.Between(0, 14));
            reason = last.Care ? CareClosureReason(r.ChildId, last) : OtherClosureReason();
        }
        else if (assessment is not null)
        {
            if (assessment.AuthorisedDate is not { } authorised)
            {
                return (null, null);
            }
            switch (assessment.Outcome)
            {
                case AssessmentOutcome.Nfa:
                    closure = authorised.AddDays(rng.Between(0, 7));
                    reason = "RC8";
                    break;
                case AssessmentOutcome.EarlyHelp:
                    closure = authorised.AddDays(rng.Between(0, 7));
                    reason = "RC9";
                    break;
                default:
                    // support without a plan, for a few weeks or months
                    closure = authorised.AddDays(rng.Between(20, 150));
                    reason = OtherClosureReason();
                    break;
            }
        }
        else if (r.Nfa)
        {
            closure = r.ReferralDate.AddDays(rng.Between(0, 3));
            reason = "RC8";
        }
        else
        {
            closure = r.ReferralDate.AddDays(rng.Between(5, 45));
            reason = rng.Chance(0.7) ? "RC8" : "RC9";
        }
        return closure > extract ? (null, null) : (closure, reason);
    }

    private string OtherClosureReason() => new[] { "RC7", "RC5", "RC3", "RC2" }[rng.Pick([94, 4, 1.8, 0.2])];

    private string CareClosureReason(string child, Service care)
    {
        switch (care.ReasonCeased)
        {
            case "E11" or "E12":
                return "RC1";
            case "E43" or "E44":
                return "RC4";
            case "E41" or "E45" or "E46" or "E47" or "E48":
                return "RC3";
            case "E2":
                return "RC2";
            default:
                break;
        }
        var adult = care.End is { } end && childById.TryGetValue(child, out var c) && c.AgeOn(end) >= 18;
        return adult ? (rng.Chance(0.6) ? "RC6" : "RC7") : OtherClosureReason();
    }

    private static readonly string[] NeedCodes = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"];
    private static readonly double[] NeedWeights = [1, 52, 6, 4, 11, 16, 3, 0.5, 2.5, 4];

    private string PrimaryNeed(Referral r, List<Service> led)
    {
        if (uasc.Contains(r.ChildId) && led.Any(s => s.Care))
        {
            return "N8";
        }
        foreach (var s in led)
        {
            if (s.Care && s.Need is { } n)
            {
                return n;
            }
        }
        if (led.Any(s => s.Need == "N1"))
        {
            return "N1";
        }
        if (childById.TryGetValue(r.ChildId, out var c) && c.Disability == "Y" && rng.Chance(0.5))
        {
            return "N2";
        }
        return NeedCodes[rng.Pick(NeedWeights)];
    }

    // ---------------------------------------------------------------- CP plans: previous plans

    private List<CpPlan> CpPlans()
    {
        // Plans of the child before this one: those in the data that started earlier. The simulation's children have no
        // history before the data (its opening stock is made at the start), so a plan is a second or subsequent plan exactly
        // when an earlier one is in the data, and the column leaves cp_plans_second_or_subsequent_pct as it was without it.
        var previous = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, list) in ByChild(data.CpPlans, p => p.ChildId))
        {
            list.Sort((a, b) => a.StartDate != b.StartDate ? a.StartDate.CompareTo(b.StartDate) : string.CompareOrdinal(a.CpPlanId, b.CpPlanId));
            var earlier = 0;
            for (var i = 0; i < list.Count; i++)
            {
                // plans on the same day are not earlier than each other
                if (i > 0 && list[i].StartDate > list[i - 1].StartDate)
                {
                    earlier = i;
                }
                previous[list[i].CpPlanId] = earlier;
            }
        }
        return [.. data.CpPlans.Select(p => p with { PreviousCpPlans = previous[p.CpPlanId] })];
    }

    // ---------------------------------------------------------------- CP reviews

    private List<CpReview> CpReviews()
    {
        var reviews = new List<CpReview>();
        var n = 0;
        foreach (var p in data.CpPlans)
        {
            // the first review conference within three months of the start, then every six months; about one in ten late
            var limit = p.EndDate is { } end ? end.AddDays(-1) : extract;
            limit = limit < extract ? limit : extract;
            var due = p.StartDate.AddMonths(3);
            var first = true;
            while (true)
            {
                var late = rng.Chance(first ? 0.09 : 0.06);
                var day = late ? due.AddDays(rng.Between(1, 35)) : RandomDay(due.AddDays(first ? -28 : -35), due);
                day = WorkingOnOrBefore(day, p.StartDate.AddDays(1));
                if (day <= p.StartDate || day > limit)
                {
                    break;
                }
                reviews.Add(new CpReview(Id("CPR", ++n), p.CpPlanId, p.ChildId, day));
                due = day.AddMonths(6);
                first = false;
            }
        }
        return reviews;
    }

    // ---------------------------------------------------------------- looked-after reviews

    private List<LacReview> LacReviews()
    {
        var reviews = new List<LacReview>();
        var n = 0;
        foreach (var c in data.Children)
        {
            if (!careByChild.TryGetValue(c.ChildId, out var spells))
            {
                continue;
            }
            foreach (var s in spells)
            {
                // first within 20 working days of the period's start, second within 3 months of it, then six-monthly; a few late
                var limit = s.End is { } end ? end.AddDays(-1) : extract;
                limit = limit < extract ? limit : extract;
                var count = 0;
                var due = Cal.AddWorkingDays(s.Start, 20);
                while (true)
                {
                    DateOnly day;
                    if (rng.Chance(count == 0 ? 0.04 : 0.05))
                    {
                        day = due.AddDays(rng.Between(1, count == 0 ? 10 : 30));
                    }
                    else if (count == 0)
                    {
                        day = Cal.AddWorkingDays(s.Start, rng.Between(12, 20));
                    }
                    else
                    {
                        day = RandomDay(due.AddDays(count == 1 ? -21 : -35), due);
                    }
                    day = WorkingOnOrBefore(day, s.Start.AddDays(1));
                    if (day <= s.Start || day > limit)
                    {
                        break;
                    }
                    reviews.Add(new LacReview(Id("LR", ++n), c.ChildId, day));
                    count++;
                    due = count == 1 ? day.AddMonths(3) : day.AddMonths(6);
                }
            }
        }
        return reviews;
    }

    // ---------------------------------------------------------------- health assessments and dental checks

    private List<LacHealthCheck> LacHealth()
    {
        var checks = new List<LacHealthCheck>();
        var n = 0;
        foreach (var c in data.Children)
        {
            if (!careByChild.TryGetValue(c.ChildId, out var spells))
            {
                continue;
            }
            foreach (var s in spells)
            {
                var limit = s.End is { } end ? end.AddDays(-1) : extract;
                limit = limit < extract ? limit : extract;
                Checks(c, s, limit, HealthCheckType.HealthAssessment, ref n, checks);
                Checks(c, s, limit, HealthCheckType.DentalCheck, ref n, checks);
            }
        }
        return checks;
    }

    /// <summary>
    /// The checks of one type in one period of care: the first within a few weeks (health) or months (dental) of the
    /// start, then yearly (health assessments every six months under 5); mostly on time, some late; most completed,
    /// some refused (more often by teenagers) or not done for another reason.
    /// </summary>
    private void Checks(Child c, CareSpell s, DateOnly limit, HealthCheckType type, ref int n, List<LacHealthCheck> checks)
    {
        var health = type == HealthCheckType.HealthAssessment;
        var day = health ? Cal.AddWorkingDays(s.Start, rng.Between(10, 30)) : s.Start.AddDays(rng.Between(30, 150));
        while (true)
        {
            day = WorkingOnOrBefore(day, s.Start.AddDays(1));
            if (day <= s.Start || day > limit)
            {
                return;
            }
            var age = c.AgeOn(day) ?? 10;
            var refused = age >= 13 ? (health ? 0.06 : 0.09) : (health ? 0.01 : 0.03);
            var other = health ? 0.03 : 0.05;
            var u = rng.NextDouble();
            var status = u < refused ? HealthCheckStatus.Refused : u < refused + other ? HealthCheckStatus.Other : HealthCheckStatus.Completed;
            checks.Add(new LacHealthCheck(Id("HC", ++n), c.ChildId, type, day, status));
            var due = health && age < 5 ? day.AddMonths(6) : day.AddYears(1);
            day = rng.Chance(health ? 0.05 : 0.08) ? due.AddDays(rng.Between(1, 60)) : RandomDay(due.AddDays(-50), due);
        }
    }

    // ---------------------------------------------------------------- care leavers

    private static readonly string[] SuitableAccommodation = ["U1", "Z1", "D1", "E1", "B1", "K1", "T1", "Y1"];
    private static readonly string[] UnsuitableAccommodation = ["S2", "W2", "V2", "K2", "Y2"];

    private List<CareLeaver> CareLeavers()
    {
        var leavers = new List<CareLeaver>();
        var n = 0;
        foreach (var c in data.Children)
        {
            if (c.DateOfBirth is not { } dob || !careByChild.TryGetValue(c.ChildId, out var spells))
            {
                continue;
            }
            // a care leaver: the last period of care ended at 16 or over, after 13 weeks or more, not by adoption or a court order
            var last = spells[^1];
            if (last.End is not { } left || Ages.WholeYears(dob, left) < 16 || left.DayNumber - last.Start.DayNumber < 91
                || last.LastReasonCeased is "E11" or "E12" or "E41" or "E43" or "E44" or "E45" or "E46" or "E47" or "E48" or "E2")
            {
                continue;
            }
            var gone = false;
            for (var age = 17; age <= 21 && !gone; age++)
            {
                var birthday = dob.AddYears(age);
                if (birthday < left || birthday < periodStart || birthday > extract)
                {
                    continue;
                }
                var inTouch = new[] { CareLeaverContact.Yes, CareLeaverContact.No, CareLeaverContact.Refused, CareLeaverContact.NotRequired, CareLeaverContact.ReturnedHome, CareLeaverContact.Died }
                    [rng.Pick([88, 4, 3, 2.5, 2.3, 0.2])];
                gone = inTouch is CareLeaverContact.Died or CareLeaverContact.ReturnedHome;
                string? activity = null;
                string? accommodation = null;
                if (inTouch is CareLeaverContact.Yes or CareLeaverContact.NotRequired)
                {
                    activity = age <= 18
                        ? new[] { "F2", "P2", "F4", "F5", "P5", "G4", "G5", "G6" }[rng.Pick([42, 6, 8, 7, 3, 6, 24, 4])]
                        : new[] { "F1", "P1", "F2", "P2", "F4", "F5", "P5", "G4", "G5", "G6" }[rng.Pick([8, 2, 11, 3, 5, 18, 6, 10, 28, 9])];
                    var suitable = rng.Chance(0.88);
                    accommodation = suitable
                        ? SuitableAccommodation[rng.Pick(age <= 18 ? [12, 30, 30, 10, 12, 2, 3, 1] : [40, 18, 12, 8, 12, 5, 3, 2])]
                        : UnsuitableAccommodation[rng.Pick([25, 20, 20, 20, 15])];
                }
                leavers.Add(new CareLeaver(Id("CL", ++n), c.ChildId, birthday, inTouch, activity, accommodation,
                    accommodation is null ? null : accommodation[^1] == '1'));
            }
        }
        return leavers;
    }

    // ---------------------------------------------------------------- population

    /// <summary>
    /// The mid-year estimates of children aged 0 to 17 for every financial year the data covers: an outer London
    /// borough of about 56,000 children growing by about 1 per cent a year, times the scale (the whole data set's,
    /// carried by the first unit).
    /// </summary>
    private List<PopulationEstimate> Population()
    {
        var first = PopulationEstimate.YearFor(periodStart);
        var last = PopulationEstimate.YearFor(extract);
        var estimates = new List<PopulationEstimate>();
        var children = 55_400.0 + rng.Between(0, 1200);
        for (var y = first; y <= last; y++)
        {
            estimates.Add(new PopulationEstimate(y, (int)Math.Round(children * options.Scale, MidpointRounding.AwayFromZero)));
            children *= 1 + rng.Uniform(0.006, 0.016);
        }
        return estimates;
    }
}
