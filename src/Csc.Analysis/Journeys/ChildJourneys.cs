using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Journeys;

/// <summary>
/// Child journeys from a referral (issue 11 section 2): for each child's first referral dated in the period with
/// enough follow-up, the path contact → referral → assessment → (nfa | early help | CIN plan | section 47 → ICPC → CP
/// plan | looked after), counted per step with the median days between the steps' dates.
/// </summary>
/// <remarks>
/// <para>The journey's window runs from the referral date up to, not including, the child's next referral (which starts
/// a journey of its own), and at most to the end of the data. Within it:</para>
/// <list type="bullet">
/// <item>contact: the child's latest contact dated from <see cref="JourneyOptions.ContactLookbackDays"/> days before the referral to the referral day;</item>
/// <item>assessment: the assessment whose referral_id is the referral's, else the child's first assessment starting in the window;</item>
/// <item>after the assessment, the first that applies of: a section 47 enquiry (then its ICPC, then a CP plan starting on or
/// after the ICPC, then looked after from the plan's start); a CP plan without an enquiry; a CIN plan (then looked
/// after); looked after; early help; NFA (the referral or its assessment marked NFA); closed (the episode's closure
/// date in the window); else open;</item>
/// <item>without an assessment: nfa when the referral is marked NFA, closed when its episode closed in the window, else open.</item>
/// </list>
/// <para>Looked after is an episode starting in the window that is not a short break (V3, V4). Days are calendar days
/// from one step's date to the next (a contact's date, the referral date, the assessment start, the strategy discussion,
/// the ICPC, a plan's or episode's start): a same-day step is 0 and a step recorded before the one it follows is
/// negative, shown as recorded, not hidden. Linear: every table is grouped by child once and each child's few records
/// sorted.</para>
/// </remarks>
public static class ChildJourneys
{
    /// <summary>The journeys of the children referred in the period of <paramref name="options"/>.</summary>
    public static JourneyResult Analyse(CaseData data, JourneyOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (options.To < options.From)
        {
            throw new ArgumentException($"The period ends ({options.To:yyyy-MM-dd}) before it starts ({options.From:yyyy-MM-dd}).", nameof(options));
        }

        var referrals = ChildRecords.ByChild(data.Referrals, r => r.ChildId, r => r.ReferralDate);
        var contacts = ChildRecords.ByChild(data.Contacts, c => c.ChildId, c => c.ContactDate);
        var assessments = ChildRecords.ByChild(data.Assessments, a => a.ChildId, a => a.StartDate);
        var s47 = ChildRecords.ByChild(data.Section47Enquiries, s => s.ChildId, s => s.StrategyDiscussionDate);
        var cp = ChildRecords.ByChild(data.CpPlans, p => p.ChildId, p => p.StartDate);
        var cin = ChildRecords.ByChild(data.CinPlans, p => p.ChildId, p => p.StartDate);
        var lac = ChildRecords.ByChild(data.LacEpisodes.Where(e => e.LegalStatus is not ("V3" or "V4")), e => e.ChildId, e => e.StartDate);
        var earlyHelp = ChildRecords.ByChild(data.EarlyHelp, e => e.ChildId, e => e.StartDate);
        var closureKnown = data.SuppliedOrGuess().Has(OptionalField.ReferralClosureDate);

        var steps = new SortedDictionary<(JourneyState From, JourneyState To), List<int?>>();
        void Step(JourneyState from, JourneyState to, DateOnly? fromDate, DateOnly? toDate)
        {
            if (!steps.TryGetValue((from, to), out var days))
            {
                steps.Add((from, to), days = []);
            }
            days.Add(fromDate is { } a && toDate is { } b ? b.DayNumber - a.DayNumber : null);
        }

        int followed = 0, shortFollowUp = 0, stillOpen = 0;
        var dataEndExclusive = options.DataEnd.AddDays(1);
        foreach (var (child, list) in referrals)
        {
            var i = list.FindIndex(r => r.ReferralDate >= options.From);
            if (i < 0 || list[i].ReferralDate > options.To)
            {
                continue;
            }
            var referral = list[i];
            if (referral.ReferralDate.AddDays(options.FollowUpDays) > options.DataEnd)
            {
                shortFollowUp++;
                continue;
            }
            followed++;
            var start = referral.ReferralDate;
            var end = i + 1 < list.Count && list[i + 1].ReferralDate < dataEndExclusive ? list[i + 1].ReferralDate : dataEndExclusive;
            if (closureKnown && referral.ClosureDate is null)
            {
                stillOpen++;
            }

            if (ChildRecords.Last(contacts, child, c => c.ContactDate >= start.AddDays(-options.ContactLookbackDays) && c.ContactDate <= start) is { } contact)
            {
                Step(JourneyState.Contact, JourneyState.Referral, contact.ContactDate, start);
            }
            bool InWindow(DateOnly d) => d >= start && d < end;
            var closedInWindow = referral.ClosureDate is { } closed && closed < end;

            var assessment = ChildRecords.First(assessments, child, a => a.ReferralId == referral.ReferralId)
                ?? ChildRecords.First(assessments, child, a => a.ReferralId is null && InWindow(a.StartDate));
            if (assessment is null)
            {
                Step(JourneyState.Referral, referral.Nfa ? JourneyState.NoFurtherAction : closedInWindow ? JourneyState.Closed : JourneyState.StillOpen,
                    start, referral.Nfa ? referral.ClosureDate : null);
                continue;
            }
            Step(JourneyState.Referral, JourneyState.Assessment, start, assessment.StartDate);
            var at = assessment.StartDate;

            if (ChildRecords.First(s47, child, s => InWindow(s.StrategyDiscussionDate)) is { } enquiry)
            {
                Step(JourneyState.Assessment, JourneyState.Section47, at, enquiry.StrategyDiscussionDate);
                if (!enquiry.HasIcpc || !InWindow(enquiry.IcpcDate!.Value))
                {
                    continue;
                }
                var icpc = enquiry.IcpcDate.Value;
                Step(JourneyState.Section47, JourneyState.Icpc, enquiry.StrategyDiscussionDate, icpc);
                if (ChildRecords.First(cp, child, p => p.StartDate >= icpc && InWindow(p.StartDate)) is { } plan)
                {
                    Step(JourneyState.Icpc, JourneyState.CpPlan, icpc, plan.StartDate);
                    LookedAfterAfter(JourneyState.CpPlan, plan.StartDate);
                }
                continue;
            }
            if (ChildRecords.First(cp, child, p => InWindow(p.StartDate)) is { } cpPlan)
            {
                Step(JourneyState.Assessment, JourneyState.CpPlan, at, cpPlan.StartDate);
                LookedAfterAfter(JourneyState.CpPlan, cpPlan.StartDate);
                continue;
            }
            if (ChildRecords.First(cin, child, p => InWindow(p.StartDate)) is { } cinPlan)
            {
                Step(JourneyState.Assessment, JourneyState.CinPlan, at, cinPlan.StartDate);
                LookedAfterAfter(JourneyState.CinPlan, cinPlan.StartDate);
                continue;
            }
            if (ChildRecords.First(lac, child, e => InWindow(e.StartDate)) is { } episode)
            {
                Step(JourneyState.Assessment, JourneyState.LookedAfter, at, episode.StartDate);
                continue;
            }
            if (ChildRecords.First(earlyHelp, child, e => InWindow(e.StartDate)) is { } help)
            {
                Step(JourneyState.Assessment, JourneyState.EarlyHelp, at, help.StartDate);
                continue;
            }
            if (referral.Nfa || assessment.Outcome == AssessmentOutcome.Nfa)
            {
                Step(JourneyState.Assessment, JourneyState.NoFurtherAction, at, assessment.AuthorisedDate ?? referral.ClosureDate);
                continue;
            }
            Step(JourneyState.Assessment, closedInWindow ? JourneyState.Closed : JourneyState.StillOpen, at, null);

            void LookedAfterAfter(JourneyState from, DateOnly planStart)
            {
                if (ChildRecords.First(lac, child, e => e.StartDate >= planStart && InWindow(e.StartDate)) is { } e)
                {
                    Step(from, JourneyState.LookedAfter, planStart, e.StartDate);
                }
            }
        }

        return new JourneyResult
        {
            Options = options,
            Transitions = steps.Select(s => new JourneyTransition
            {
                From = s.Key.From,
                To = s.Key.To,
                Children = s.Value.Count,
                MedianDays = Median(s.Value),
            }).ToList(),
            Children = followed,
            ShortFollowUp = shortFollowUp,
            StillOpen = closureKnown ? stillOpen : null,
        };
    }

    private static double? Median(List<int?> days)
    {
        var known = days.Where(d => d is not null).Select(d => (double)d!.Value).ToArray();
        return known.Length == 0 ? null : Quantiles.Quantile(known, 0.5);
    }
}
