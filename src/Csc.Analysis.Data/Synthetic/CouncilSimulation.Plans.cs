using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

// CP plans, CIN plans, ICPCs and the chains (contact, referral, assessment, strategy discussion) behind them.
internal sealed partial class CouncilSimulation
{
    private void OpeningStock()
    {
        var first = from.FirstDay;
        var cpN = Target(StoryTargets.At(StoryTargets.CpOpen, from));
        for (var k = 0; k < cpN; k++)
        {
            var start = RandomWorkingDay(first.AddDays(-540), first.AddDays(-1));
            var child = NewChild(start, ChildAge());
            var end = CapBefore18(child, first.AddDays(rng.Between(5, 420)), start);
            var team = CpTeam();
            cpOpen.Add(new Plan(Id("CP", ++nCp), child, start, end, team, Worker(team))
            {
                Category = AbuseCategories[rng.Pick(AbuseWeights)],
            });
        }
        var cinN = Target(StoryTargets.At(StoryTargets.CinOpen, from));
        for (var k = 0; k < cinN; k++)
        {
            var start = RandomWorkingDay(first.AddDays(rng.Chance(0.12) ? -700 : -365), first.AddDays(-1));
            var child = NewChild(start, ChildAge());
            var end = CapBefore18(child, first.AddDays(rng.Between(5, 400)), start);
            var team = CinTeam(start);
            cinOpen.Add(new Plan(Id("CIN", ++nCin), child, start, end, team, Worker(team)));
        }
        OpeningLac();
    }

    /// <summary>The planned end, moved to the day before the 18th birthday when later, and after the start.</summary>
    private static DateOnly CapBefore18(ChildInfo child, DateOnly end, DateOnly start)
    {
        var last = child.Eighteenth.AddDays(-1);
        if (end > last)
        {
            end = last;
        }
        return end <= start ? start.AddDays(1) : end;
    }

    private List<IcpcItem> CpMonth(ReportingMonth m, DateOnly start, DateOnly end, out List<IcpcItem> noPlan)
    {
        var closing = new List<Plan>();
        Partition(cpOpen, end, closing);
        var target = Target(StoryTargets.At(StoryTargets.CpOpen, m));
        var minStarts = Math.Max(1, Share(0.06, target));
        var starts = target - cpOpen.Count;
        if (starts < minStarts)
        {
            EndEarly(cpOpen, minStarts - starts, start, end, closing, longOnly: false);
            starts = minStarts;
        }

        // step-downs to a CIN plan and the closed plans' rows
        foreach (var p in closing)
        {
            if (p.Reason is EndReason.Natural or EndReason.Early && p.Child.Eighteenth > p.End.AddDays(120) && rng.Chance(0.45))
            {
                var team = CinTeam(p.End);
                var cinEnd = CapBefore18(p.Child, p.End.AddDays(CinDurationDays()), p.End);
                cinOpen.Add(new Plan(Id("CIN", ++nCin), p.Child, p.End, cinEnd, team, Worker(team)));
            }
            FinishCp(p, p.End);
        }

        var items = new List<IcpcItem>(starts);
        var last = Min(end, extract);
        for (var k = 0; k < starts; k++)
        {
            var date = RandomWorkingDay(start, last);
            var child = TakeFromPlans(cinOpen, date, 16, 0.2, EndReason.ToCp) ?? NewChild(date, ChildAge());
            var team = CpTeam();
            var category = AbuseCategories[rng.Pick(AbuseWeights)];
            var plan = new Plan(Id("CP", ++nCp), child, date, CapBefore18(child, date.AddDays(CpDurationDays()), date), team, Worker(team))
            {
                Category = category,
                LatestCategory = rng.Chance(0.85) ? category : AbuseCategories[rng.Pick(AbuseWeights)],
            };
            cpOpen.Add(plan);
            items.Add(new IcpcItem(child, date, team, plan));
        }

        // conferences that did not make a plan (most go on to a CIN plan)
        noPlan = [];
        var noPlanCount = (int)((0.17 * starts) + rng.NextDouble());
        for (var k = 0; k < noPlanCount; k++)
        {
            var date = RandomWorkingDay(start, last);
            var child = NewChild(date, ChildAge());
            var team = CpTeam();
            if (rng.Chance(0.6))
            {
                var cinTeam = CinTeam(date);
                cinOpen.Add(new Plan(Id("CIN", ++nCin), child, date, CapBefore18(child, date.AddDays(CinDurationDays()), date), cinTeam, Worker(cinTeam)));
            }
            noPlan.Add(new IcpcItem(child, date, team, null));
        }
        return items;
    }

    private void CinMonth(ReportingMonth m, DateOnly start, DateOnly end, List<IcpcItem> noPlanIcpcs)
    {
        var closing = new List<Plan>();
        Partition(cinOpen, end, closing);
        var target = Target(StoryTargets.At(StoryTargets.CinOpen, m));
        var minStarts = Math.Max(1, Share(0.05, target));
        var yearAgo = end.DayNumber - 365;
        var longCount = 0;
        foreach (var p in cinOpen)
        {
            if (p.Start.DayNumber < yearAgo)
            {
                longCount++;
            }
        }
        var longTarget = Share(StoryTargets.CinOverYearShare(m), target);
        if (longCount > longTarget)
        {
            EndEarly(cinOpen, longCount - longTarget, start, end, closing, longOnly: true);
        }
        var starts = target - cinOpen.Count;
        if (starts < minStarts)
        {
            EndEarly(cinOpen, minStarts - starts, start, end, closing, longOnly: false, notLong: true);
            starts = minStarts;
        }
        foreach (var p in closing)
        {
            FinishCin(p, p.End);
        }
        var last = Min(end, extract);
        for (var k = 0; k < starts; k++)
        {
            var date = RandomWorkingDay(start, last);
            var child = NewChild(date, ChildAge());
            var team = CinTeam(date);
            cinOpen.Add(new Plan(Id("CIN", ++nCin), child, date, CapBefore18(child, date.AddDays(CinDurationDays()), date), team, Worker(team)));
            CinChain(child, date);
        }
    }

    /// <summary>Moves plans that end by <paramref name="end"/> from <paramref name="open"/> to <paramref name="closing"/>, keeping order.</summary>
    private static void Partition(List<Plan> open, DateOnly end, List<Plan> closing)
    {
        var keep = 0;
        for (var i = 0; i < open.Count; i++)
        {
            var p = open[i];
            if (p.End <= end)
            {
                closing.Add(p);
            }
            else
            {
                open[keep++] = p;
            }
        }
        open.RemoveRange(keep, open.Count - keep);
    }

    /// <summary>Ends <paramref name="count"/> open plans during the month (random ones, the longest-running when asked).</summary>
    private void EndEarly(List<Plan> open, int count, DateOnly start, DateOnly end, List<Plan> closing, bool longOnly, bool notLong = false)
    {
        var yearAgo = end.DayNumber - 365;
        var candidates = new List<int>();
        for (var i = 0; i < open.Count; i++)
        {
            var p = open[i];
            var isLong = p.Start.DayNumber < yearAgo;
            if (p.Start < end && (!longOnly || isLong) && (!notLong || !isLong))
            {
                candidates.Add(i);
            }
        }
        rng.Shuffle(candidates);
        var chosen = new HashSet<int>();
        for (var k = 0; k < count && k < candidates.Count; k++)
        {
            chosen.Add(candidates[k]);
        }
        var keep = 0;
        for (var i = 0; i < open.Count; i++)
        {
            var p = open[i];
            if (chosen.Contains(i))
            {
                p.End = RandomDay(Max(start, p.Start.AddDays(1)), end);
                p.Reason = EndReason.Early;
                closing.Add(p);
            }
            else
            {
                open[keep++] = p;
            }
        }
        open.RemoveRange(keep, open.Count - keep);
    }

    /// <summary>With probability <paramref name="chance"/>, takes a child from an open plan (ending the plan on <paramref name="date"/>).</summary>
    private ChildInfo? TakeFromPlans(List<Plan> open, DateOnly date, int maxAge, double chance, EndReason reason, int minAge = 0)
    {
        if (open.Count == 0 || !rng.Chance(chance))
        {
            return null;
        }
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var p = open[rng.Next(open.Count)];
            var age = p.Child.AgeOn(date);
            if (p.Reason == EndReason.Natural && p.Start < date && p.End > date && age <= maxAge && age >= minAge && p.Child.Eighteenth > date.AddDays(120))
            {
                p.End = date;
                p.Reason = reason;
                return p.Child;
            }
        }
        return null;
    }

    private void FinishCp(Plan p, DateOnly? end)
    {
        var endDate = end is { } e ? Closed(e) : null;
        cpPlans.Add(new CpPlan(p.Id, p.Child.Id, p.Start, endDate, p.Category, p.LatestCategory ?? p.Category, p.Team, p.Worker));
        CpVisitsFor(p, endDate);
    }

    private void FinishCin(Plan p, DateOnly? end)
        => cinPlans.Add(new CinPlan(p.Id, p.Child.Id, p.Start, end is { } e ? Closed(e) : null, p.Team, p.Worker));

    private void CpVisitsFor(Plan p, DateOnly? end)
    {
        var stop = end ?? extract.AddDays(1);
        var v = Cal.AddWorkingDays(p.Start, rng.Between(1, 8));
        while (v < stop && v <= extract)
        {
            cpVisits.Add(new CpVisit(
                Id("V", ++nVisit),
                p.Child.Id,
                v,
                rng.Chance(0.05) ? null : rng.Chance(0.72),
                p.Worker));
            var timely = rng.Chance(StoryTargets.CpVisitTimely(ReportingMonth.Of(v)));
            v = Cal.AddWorkingDays(v, timely ? rng.Between(5, 15) : rng.Between(16, 26));
        }
    }

    // ---------------------------------------------------------------- ICPCs

    private void IcpcMonth(int mi, ReportingMonth m, List<IcpcItem> withPlan, List<IcpcItem> noPlan)
    {
        var all = new List<IcpcItem>(withPlan.Count + noPlan.Count);
        all.AddRange(withPlan);
        all.AddRange(noPlan);
        rng.Shuffle(all);
        var rate = StoryTargets.Seasonal(StoryTargets.IcpcTimely, m);

        // planted team from the plant start: the conference's true delay, then the record entered late.
        // From three months before the plant start the team also leaves a handful of ICPC dates missing or mistyped.
        var normal = new List<IcpcItem>(all.Count);
        foreach (var item in all)
        {
            var teamRow = plant && item.Team == PlantedTeam && item.Conference >= plantStart.AddMonths(-1);
            if (!teamRow)
            {
                normal.Add(item);
                continue;
            }
            item.Planted = item.Conference >= plantStart;
            if (item.Planted)
            {
                var behind = m == to;
                var pTrue = Math.Min(0.92, rate + 0.22);

                // in the last month the team falls behind: records entered 7-14 working days late, and the
                // conferences held in time were mostly held close to the deadline; before that 1-4 days late
                item.Delay = rng.Chance(pTrue) ? (behind ? rng.Between(9, 15) : WithinDelay()) : LateDelay();
                item.Recorded = Min(Cal.AddWorkingDays(item.Conference, behind ? rng.Between(7, 14) : rng.Between(1, 4)), extract);
            }
            else
            {
                item.Delay = rng.Chance(rate) ? WithinDelay() : LateDelay();
                item.Recorded = Min(Cal.AddWorkingDays(item.Conference, rng.Pick([15, 30, 20, 15, 10, 10])), extract);
            }

            // a handful of ICPC dates left blank or typed with last year's year
            if (badKinds.Count > 0 && (rng.Chance(0.08) || (m == to && item.Planted)))
            {
                item.Bad = badKinds[0];
                badKinds.RemoveAt(0);
                continue;
            }
            if (!item.Planted)
            {
                normal.Add(item);
                continue;
            }
            var observedDelay = item.Delay + Cal.WorkingDaysBetween(item.Conference, item.Recorded);
            var offset = MonthOffset(item.Recorded);
            plantedObservedCount[offset]++;
            if (observedDelay <= 15)
            {
                plantedObservedWithin[offset]++;
            }
        }

        // everyone else: exactly enough within 15 working days for the month's target; when the month's
        // count cannot come within 1.2 points of the target, one more conference (that made no plan) is held
        var total = normal.Count + plantedObservedCount[mi];
        for (var extra = 0; extra < 4 && total > 0 && Math.Abs(((double)Share(rate, total) / total) - rate) > 0.012; extra++)
        {
            var date = RandomWorkingDay(m.FirstDay, Min(m.LastDay, extract));
            var item = new IcpcItem(NewChild(date, ChildAge()), date, IssTeams[rng.Pick([0.5, 0, 0.5])], null);
            normal.Add(item);
            all.Add(item);
            total++;
        }
        var within = Math.Clamp(Share(rate, total) - plantedObservedWithin[mi], 0, normal.Count);
        for (var k = 0; k < normal.Count; k++)
        {
            var item = normal[k];
            item.Delay = k < within ? WithinDelay() : LateDelay();
            item.Recorded = Min(Cal.AddWorkingDays(item.Conference, rng.Pick([15, 30, 20, 15, 10, 10])), extract);
        }

        foreach (var item in all)
        {
            IcpcChain(item);
        }
    }

    /// <summary>
    /// Section 47 enquiries still waiting for their conference at the extract date: the strategy
    /// discussions of conferences that would be held in the month after the last one. No ICPC date yet.
    /// </summary>
    private void PendingS47s()
    {
        var next = to.Next;
        var rate = StoryTargets.Seasonal(StoryTargets.IcpcTimely, next);
        var n = Target(30);
        for (var k = 0; k < n; k++)
        {
            var conference = RandomWorkingDay(next.FirstDay, next.LastDay);
            var sd = Cal.AddWorkingDays(conference, -(rng.Chance(rate) ? WithinDelay() : LateDelay()));
            if (sd > extract)
            {
                continue;
            }
            var child = NewChild(sd, ChildAge());
            var team = CpTeam();
            var referralDate = sd.AddDays(-rng.Between(0, 5));
            var referralId = ContactAndReferral(child, referralDate, BragRating.Red);
            AddAssessment(child, referralId, Min(referralDate.AddDays(rng.Between(0, 2)), extract), extract.AddDays(1), AssessmentOutcome.Cp, "Assessment Team");
            s47s.Add(new Section47Enquiry(Id("S", ++nS47), child.Id, sd, false, null, null, null, team, Worker(team)));
        }
    }

    private int WithinDelay() => rng.Chance(0.6) ? rng.Between(10, 15) : rng.Between(3, 9);

    private int LateDelay() => rng.Chance(0.75) ? rng.Between(16, 25) : rng.Between(26, 40);

    private void IcpcChain(IcpcItem item)
    {
        var sd = Cal.AddWorkingDays(item.Conference, -item.Delay);
        var referralDate = sd.AddDays(-rng.Between(0, 5));
        var referralId = ContactAndReferral(item.Child, referralDate, BragRating.Red);
        var assessmentStart = referralDate.AddDays(rng.Between(0, 2));
        var authorised = Max(item.Conference, Cal.AddWorkingDays(assessmentStart, rng.Between(10, 40)));
        AddAssessment(item.Child, referralId, assessmentStart, authorised, item.CpPlan is null ? AssessmentOutcome.Cin : AssessmentOutcome.Cp, "Assessment Team");

        DateOnly? icpcDate = item.Conference;
        var s47Id = Id("S", ++nS47);
        if (item.Planted || item.Bad is not null)
        {
            icpcDate = item.Planted ? item.Recorded : item.Conference;
            if (item.Bad is { } bad)
            {
                icpcDate = Mistype(bad, icpcDate.Value);
            }
            planted.Add(new PlantedRow(s47Id, item.Child.Id, item.Team, item.Bad ?? PlantedRowKind.RecordedDateAsIcpcDate, sd, item.Conference, icpcDate, item.Recorded));
        }
        s47s.Add(new Section47Enquiry(s47Id, item.Child.Id, sd, false, icpcDate, item.Recorded, item.CpPlan is not null, item.Team, Worker(item.Team)));
    }

    /// <summary>The typed ICPC date for a planted bad row: blank, or the year one too low (before the strategy discussion).</summary>
    private static DateOnly? Mistype(PlantedRowKind kind, DateOnly typed) => kind switch
    {
        PlantedRowKind.MissingIcpcDate => null,
        PlantedRowKind.YearTooLow => typed.AddYears(-1),
        _ => typed,
    };

    // ---------------------------------------------------------------- chains

    private string ContactAndReferral(ChildInfo child, DateOnly date, BragRating rating)
    {
        var contactId = Id("CT", ++nContact);
        contacts.Add(new Contact(contactId, child.Id, date, ContactSource(ReportingMonth.Of(date)), rng.Chance(0.6) ? rating : BragRating.Amber, ContactOutcome.Referral, "MASH"));
        var offset = MonthOffset(date);
        if (offset >= 0 && offset < monthCount)
        {
            chainContacts[offset]++;
        }
        var referralId = Id("R", ++nReferral);
        referrals.Add(new Referral(referralId, child.Id, date, contacts[^1].Source, false, "Assessment Team", Worker("Assessment Team")));
        return referralId;
    }

    private void AddAssessment(ChildInfo child, string referralId, DateOnly start, DateOnly authorised, AssessmentOutcome outcome, string team)
    {
        var done = authorised <= extract;
        assessments.Add(new Assessment(Id("A", ++nAssessment), child.Id, referralId, start, done ? authorised : null, done ? outcome : null, team, Worker(team)));
        if (done)
        {
            var offset = MonthOffset(authorised);
            if (offset >= 0 && offset < monthCount)
            {
                chainAssessmentsAuthorised[offset]++;
            }
        }
    }

    /// <summary>A CIN plan from an assessment: contact, referral, assessment (and a section 47 with no ICPC for a quarter).</summary>
    private void CinChain(ChildInfo child, DateOnly planStart)
    {
        var authorised = planStart.AddDays(-rng.Between(0, 3));
        var start = Cal.AddWorkingDays(authorised, -rng.Between(8, 40));
        var referralDate = start.AddDays(-rng.Between(0, 2));
        var referralId = ContactAndReferral(child, referralDate, BragRating.Amber);
        AddAssessment(child, referralId, start, authorised, AssessmentOutcome.Cin, "Assessment Team");
        if (rng.Chance(0.25))
        {
            var sd = Min(start.AddDays(rng.Between(0, 3)), authorised);
            s47s.Add(new Section47Enquiry(Id("S", ++nS47), child.Id, sd, true, null, null, false, "Assessment Team", Worker("Assessment Team")));
        }
    }

    /// <summary>A child new to services coming into care: contact, referral and an assessment with outcome LAC.</summary>
    private void LacChain(ChildInfo child, DateOnly careStart)
    {
        var referralDate = Max(careStart.AddDays(-rng.Between(0, 10)), child.Dob.AddDays(1));
        var referralId = ContactAndReferral(child, referralDate, BragRating.Red);
        var start = Min(referralDate.AddDays(rng.Between(0, 2)), careStart);
        AddAssessment(child, referralId, start, Cal.AddWorkingDays(start, rng.Between(10, 40)), AssessmentOutcome.Lac, "Assessment Team");
    }

    private static readonly string[] Sources = ["Police", "Schools", "Health", "Individual", "LA services", "Other"];

    private string ContactSource(ReportingMonth m)
    {
        ReadOnlySpan<double> w = m.Month == 8 ? [0.34, 0.04, 0.18, 0.14, 0.14, 0.16] : [0.28, 0.22, 0.14, 0.1, 0.12, 0.14];
        return Sources[rng.Pick(w)];
    }
}
