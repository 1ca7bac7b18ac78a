using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

// Advocacy, missing episodes, the front door (contacts, referrals, assessments, early help) and context events.
internal sealed partial class CouncilSimulation
{
    private void AdvocacyMonth(ReportingMonth m, DateOnly start, DateOnly end)
    {
        // natural ends
        var keep = 0;
        for (var i = 0; i < advocacyOpen.Count; i++)
        {
            var a = advocacyOpen[i];
            if (a.End <= end)
            {
                FinishAdvocacy(a);
            }
            else
            {
                advocacyOpen[keep++] = a;
            }
        }
        advocacyOpen.RemoveRange(keep, advocacyOpen.Count - keep);

        var lacIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in lacOpen)
        {
            lacIds.Add(c.Child.Id);
        }
        var lacTarget = Share(StoryTargets.AdvocateShareOfLac(m), lacOpen.Count);
        var share = StoryTargets.LacShareOfAdvocacy(m);
        var otherTarget = (int)Math.Round(lacTarget * (1 - share) / share, MidpointRounding.AwayFromZero);
        var lacCount = 0;
        foreach (var a in advocacyOpen)
        {
            if (lacIds.Contains(a.Child.Id))
            {
                lacCount++;
            }
        }
        var otherCount = advocacyOpen.Count - lacCount;

        AdjustAdvocacy(lacTarget - lacCount, true, lacIds, start, end, () => lacOpen.Count == 0 ? null : lacOpen[rng.Next(lacOpen.Count)].Child);
        AdjustAdvocacy(otherTarget - otherCount, false, lacIds, start, end, () =>
        {
            var total = cpOpen.Count + cinOpen.Count;
            if (total == 0)
            {
                return null;
            }
            var k = rng.Next(total);
            var p = k < cpOpen.Count ? cpOpen[k] : cinOpen[k - cpOpen.Count];
            return p.Start <= end ? p.Child : null;
        });
    }

    private void AdjustAdvocacy(int change, bool lac, HashSet<string> lacIds, DateOnly start, DateOnly end, Func<ChildInfo?> candidate)
    {
        if (change > 0)
        {
            for (var k = 0; k < change; k++)
            {
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var child = candidate();
                    if (child is null || childrenWithAdvocacy.Contains(child.Id) || lacIds.Contains(child.Id) != lac || child.Eighteenth <= end.AddDays(30))
                    {
                        continue;
                    }
                    var s = RandomDay(start, end);
                    if (s < child.Dob || (lastAdvocacyEnd.TryGetValue(child.Id, out var previousEnd) && previousEnd > s))
                    {
                        continue;
                    }
                    advocacyOpen.Add(new Advocacy(Id("ADV", ++nAdvocacy), child, s, Min(s.AddDays(rng.Between(120, 420)), child.Eighteenth)));
                    childrenWithAdvocacy.Add(child.Id);
                    break;
                }
            }
        }
        else if (change < 0)
        {
            var ending = new List<Advocacy>();
            foreach (var a in advocacyOpen)
            {
                if (lacIds.Contains(a.Child.Id) == lac && a.Start < end)
                {
                    ending.Add(a);
                }
            }
            rng.Shuffle(ending);
            if (ending.Count > -change)
            {
                ending.RemoveRange(-change, ending.Count + change);
            }
            foreach (var a in ending)
            {
                a.End = RandomDay(Max(start, a.Start.AddDays(1)), end);
                FinishAdvocacy(a);
            }
            var set = new HashSet<Advocacy>(ending);
            advocacyOpen.RemoveAll(set.Contains);
        }
    }

    private void FinishAdvocacy(Advocacy a)
    {
        advocacy.Add(new AdvocacyAllocation(a.Id, a.Child.Id, a.Start, Closed(a.End)));
        childrenWithAdvocacy.Remove(a.Child.Id);
        lastAdvocacyEnd[a.Child.Id] = a.End;
    }

    private void MissingMonth(ReportingMonth m, DateOnly start, DateOnly end)
    {
        var n = (int)((StoryTargets.MissingReturns(m) * f) + rng.NextDouble());
        var within = Share(StoryTargets.Seasonal(StoryTargets.ReturnInterviewTimely, m), n);
        var extractEnd = extract.ToDateTime(new TimeOnly(23, 59));
        for (var k = 0; k < n; k++)
        {
            var child = MissingChild(end);
            if (child is null)
            {
                continue;
            }
            var day = RandomDay(start, Min(end, extract));
            var returned = day.ToDateTime(new TimeOnly(rng.Between(0, 19), rng.Between(0, 59)));
            var hours = rng.NextDouble() switch
            {
                < 0.6 => rng.Uniform(2, 24),
                < 0.9 => rng.Uniform(24, 72),
                _ => rng.Uniform(72, 200),
            };
            var started = returned.AddMinutes(-Math.Round(hours * 60));
            if (DateOnly.FromDateTime(started) < child.Dob.AddYears(10))
            {
                started = returned.AddHours(-3);
            }
            var available = (extractEnd - returned).TotalHours;
            DateTime? interview;
            if (k < within)
            {
                interview = returned.AddMinutes(Math.Round(rng.Uniform(3, Math.Min(71.5, available)) * 60));
            }
            else if (available > 74 && rng.Chance(0.55))
            {
                interview = returned.AddMinutes(Math.Round(rng.Uniform(73, Math.Min(400, available)) * 60));
            }
            else
            {
                interview = null;
            }
            missing.Add(new MissingEpisode(Id("M", ++nMissing), child.Id, started, returned, rng.Chance(0.08) ? MissingType.Absent : MissingType.Missing, true, interview));
        }
        if (m == to)
        {
            // still missing at the extract: no return, no interview yet
            for (var k = 0; k < Math.Max(1, Target(2)); k++)
            {
                var child = MissingChild(end);
                if (child is not null)
                {
                    var startedAt = RandomDay(end.AddDays(-2), end).ToDateTime(new TimeOnly(rng.Between(8, 20), rng.Between(0, 59)));
                    missing.Add(new MissingEpisode(Id("M", ++nMissing), child.Id, startedAt, null, MissingType.Missing, null, null));
                }
            }
        }
    }

    /// <summary>A child who goes missing: mostly a looked-after teenager, sometimes a teenager on a CP or CIN plan.</summary>
    private ChildInfo? MissingChild(DateOnly end)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            ChildInfo? child;
            if (rng.Chance(0.7) || (cpOpen.Count + cinOpen.Count) == 0)
            {
                child = lacOpen.Count == 0 ? null : lacOpen[rng.Next(lacOpen.Count)].Child;
            }
            else
            {
                var k = rng.Next(cpOpen.Count + cinOpen.Count);
                child = (k < cpOpen.Count ? cpOpen[k] : cinOpen[k - cpOpen.Count]).Child;
            }
            if (child is not null && child.AgeOn(end) >= 11 && child.AgeOn(end) < 18)
            {
                return child;
            }
        }
        return null;
    }

    private void CloseOpenStock()
    {
        foreach (var p in cpOpen)
        {
            FinishCp(p, p.End);
        }
        foreach (var p in cinOpen)
        {
            FinishCin(p, p.End);
        }
        foreach (var c in lacOpen)
        {
            EmitEpisode(c.Child, c.Current, null, null);
        }
        foreach (var a in advocacyOpen)
        {
            advocacy.Add(new AdvocacyAllocation(a.Id, a.Child.Id, a.Start, Closed(a.End)));
        }
        cpOpen.Clear();
        cinOpen.Clear();
        lacOpen.Clear();
        advocacyOpen.Clear();
    }

    // ---------------------------------------------------------------- front door

    private void FrontDoor()
    {
        var fillerAssessments = new List<int>[monthCount];
        for (var i = 0; i < monthCount; i++)
        {
            fillerAssessments[i] = [];
        }
        var outcomes = new List<ContactOutcome>();
        for (var i = 0; i < monthCount; i++)
        {
            var m = from.PlusMonths(i);
            var start = m.FirstDay;
            var last = Min(m.LastDay, extract);
            var total = (int)((StoryTargets.Contacts(m) * f) + rng.NextDouble());
            var fillers = Math.Max(0, total - chainContacts[i]);
            var earlyHelpCount = Math.Min(fillers, Share(StoryTargets.ContactEarlyHelpShare(m), total));
            var referralCount = Math.Clamp(Share(StoryTargets.ContactReferralShare(m), total) - chainContacts[i], 0, fillers - earlyHelpCount);
            var nfaCount = Math.Min(Share(StoryTargets.ContactNfaShare(m), total), fillers - earlyHelpCount - referralCount);
            var signpost = Math.Min(Share(0.17, total), fillers - earlyHelpCount - referralCount - nfaCount);
            var other = fillers - earlyHelpCount - referralCount - nfaCount - signpost;
            outcomes.Clear();
            Fill(outcomes, ContactOutcome.EarlyHelp, earlyHelpCount);
            Fill(outcomes, ContactOutcome.Referral, referralCount);
            Fill(outcomes, ContactOutcome.Nfa, nfaCount);
            Fill(outcomes, ContactOutcome.Signpost, signpost);
            Fill(outcomes, ContactOutcome.Other, other);
            rng.Shuffle(outcomes);
            var blue = Share(StoryTargets.ContactBlueShare(m), total);
            foreach (var outcome in outcomes)
            {
                var date = rng.Chance(0.04) ? RandomDay(start, last) : RandomWorkingDay(start, last);
                if (date > last)
                {
                    date = last;
                }
                var child = ContactChild(date);
                BragRating rating;
                if (outcome is ContactOutcome.Nfa or ContactOutcome.Signpost or ContactOutcome.Other && blue > 0)
                {
                    rating = BragRating.Blue;
                    blue--;
                }
                else
                {
                    rating = outcome switch
                    {
                        ContactOutcome.Referral => rng.Chance(0.5) ? BragRating.Amber : BragRating.Red,
                        ContactOutcome.EarlyHelp => rng.Chance(0.7) ? BragRating.Green : BragRating.Amber,
                        _ => rng.Chance(0.8) ? BragRating.Green : BragRating.Amber,
                    };
                }
                var contactId = Id("CT", ++nContact);
                var source = ContactSource(m);
                contacts.Add(new Contact(contactId, child.Id, date, source, rating, outcome, "MASH"));
                if (outcome == ContactOutcome.EarlyHelp)
                {
                    AddEarlyHelp(child, Min(date.AddDays(rng.Between(0, 3)), extract), EarlyHelpRoute.FrontDoor);
                }
                else if (outcome == ContactOutcome.Referral)
                {
                    var referralDate = Min(date.AddDays(rng.Between(0, 1)), extract);
                    var nfa = rng.Chance(0.08);
                    var referralId = Id("R", ++nReferral);
                    referrals.Add(new Referral(referralId, child.Id, referralDate, source, nfa, "Assessment Team", Worker("Assessment Team")));
                    if (!nfa)
                    {
                        var aStart = Min(referralDate.AddDays(rng.Between(0, 3)), extract);
                        var authorised = Cal.AddWorkingDays(aStart, rng.Chance(0.92) ? rng.Between(5, 45) : rng.Between(46, 70));
                        var done = authorised <= extract;
                        assessments.Add(new Assessment(Id("A", ++nAssessment), child.Id, referralId, aStart, done ? authorised : null, null, "Assessment Team", Worker("Assessment Team")));
                        if (done)
                        {
                            fillerAssessments[MonthOffset(authorised)].Add(assessments.Count - 1);
                        }
                        if (rng.Chance(0.05))
                        {
                            var sd = Min(aStart.AddDays(rng.Between(0, 2)), extract);
                            s47s.Add(new Section47Enquiry(Id("S", ++nS47), child.Id, sd, true, null, null, false, "Assessment Team", Worker("Assessment Team")));
                        }
                    }
                }
            }

            // early help started some other way (health visitors, schools' own referrals)
            for (var k = 0; k < Math.Max(0, (int)((4 * f) + rng.NextDouble())); k++)
            {
                var date = RandomWorkingDay(start, last);
                AddEarlyHelp(ContactChild(date), Min(date, extract), EarlyHelpRoute.Other);
            }
        }

        // outcomes of the front-door assessments: exact NFA share and step-downs per month of authorisation
        for (var i = 0; i < monthCount; i++)
        {
            var m = from.PlusMonths(i);
            var list = fillerAssessments[i];
            rng.Shuffle(list);
            var total = list.Count + chainAssessmentsAuthorised[i];
            var nfa = Math.Min(list.Count, Share(StoryTargets.Seasonal(StoryTargets.AssessmentNfa, m), total));
            var stepDowns = Math.Min(list.Count - nfa, Target(StoryTargets.StepDowns(m)));
            for (var k = 0; k < list.Count; k++)
            {
                var a = assessments[list[k]];
                var outcome = k < nfa ? AssessmentOutcome.Nfa : k < nfa + stepDowns ? AssessmentOutcome.EarlyHelp : AssessmentOutcome.Other;
                assessments[list[k]] = a with { Outcome = outcome };
                if (outcome == AssessmentOutcome.EarlyHelp)
                {
                    var auth = a.AuthorisedDate!.Value;
                    var ehStart = auth.AddDays(rng.Between(0, Math.Max(0, Math.Min(5, Min(m.LastDay, extract).DayNumber - auth.DayNumber))));
                    AddEarlyHelp(ChildById(a.ChildId, auth), ehStart, EarlyHelpRoute.StepDown);
                }
            }
        }
    }

    private static void Fill(List<ContactOutcome> list, ContactOutcome outcome, int count)
    {
        for (var k = 0; k < count; k++)
        {
            list.Add(outcome);
        }
    }

    private readonly Dictionary<string, ChildInfo> contactChildren = new(StringComparer.Ordinal);

    private ChildInfo ChildById(string id, DateOnly at) => contactChildren.TryGetValue(id, out var c) ? c : throw new InvalidOperationException($"Child {id} unknown at {IsoFormat.Date(at)}.");

    /// <summary>The child of a front-door contact: a quarter are children seen before, the rest new.</summary>
    private ChildInfo ContactChild(DateOnly date)
    {
        if (recentContactChildren.Count > 50 && rng.Chance(0.25))
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var c = recentContactChildren[rng.Next(recentContactChildren.Count)];
                if (c.Dob < date && c.Eighteenth > date.AddDays(30))
                {
                    return c;
                }
            }
        }
        var age = rng.NextDouble() switch
        {
            < 0.3 => rng.Between(0, 4),
            < 0.55 => rng.Between(5, 9),
            < 0.85 => rng.Between(10, 14),
            _ => rng.Between(15, 17),
        };
        var child = NewChild(date, age, mustBeUnder18Until: date.AddDays(30));
        contactChildren[child.Id] = child;
        if (recentContactChildren.Count >= 3000)
        {
            recentContactChildren.RemoveRange(0, 1000);
        }
        recentContactChildren.Add(child);
        return child;
    }

    private void AddEarlyHelp(ChildInfo child, DateOnly start, EarlyHelpRoute route)
    {
        var end = start.AddDays(rng.Between(60, 270));
        earlyHelp.Add(new EarlyHelpEpisode(Id("EH", ++nEarlyHelp), child.Id, start, Closed(end), route));
    }

    // ---------------------------------------------------------------- context

    private void ContextEvents()
    {
        var list = new List<ContextEvent>();
        for (var y = from.Year; y <= to.Year; y++)
        {
            list.Add(new ContextEvent(new DateOnly(y, 7, 22), new DateOnly(y, 9, 1), "School summer holidays", "season"));
        }
        list.Add(new ContextEvent(new DateOnly(2016, 7, 4), null, "10-day review of assessments introduced in the Assessment Team", "practice"));
        list.Add(new ContextEvent(FamiliesTogetherStart, null, "Families Together team starts", "team"));
        list.Add(new ContextEvent(new DateOnly(2016, 10, 3), null, "Independent audit of section 20 cases begins", "practice"));
        list.Add(new ContextEvent(new DateOnly(2016, 11, 28), null, "New Group Manager in ISS", "staffing"));
        list.Add(new ContextEvent(new DateOnly(2017, 3, 13), null, "IRO post vacant", "staffing"));
        foreach (var e in list)
        {
            if (e.Date >= from.FirstDay && e.Date <= extract)
            {
                events.Add(e.EndDate is { } end && end > extract ? e with { EndDate = null } : e);
            }
        }
    }
}
