using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>
/// Front door and assessment KPIs: each definition is followed by its calculation. Events count in
/// the month of their date; percentages pool numerators and denominators for the year to date.
/// </summary>
public static class FrontDoorKpis
{
    internal static IEnumerable<KpiDefinition> Create(KpiTimescales t)
    {
        yield return new(KpiIds.Contacts, "Contacts", KpiArea.FrontDoor, KpiUnit.Count, KpiPolarity.Neutral, KpiKind.Flow,
            "contacts dated in the month", null, KpiSources.Contacts, null, RateOn.Month, Contacts);

        // Lower is better: a high NFA rate means contacts that did not need the front door. Target 30%, amber to 35%.
        yield return new(KpiIds.ContactsNfaPct, "Contacts ending in no further action (%)", KpiArea.FrontDoor, KpiUnit.Percent, KpiPolarity.LowerIsBetter, KpiKind.Flow,
            "the month's contacts with outcome NFA", "contacts dated in the month", KpiSources.Contacts,
            RagRule.FromTarget(30, KpiPolarity.LowerIsBetter, 5), RateOn.Month, ContactsNfa);

        // Lower is better: Blue is the lowest level of need. Target 20%, amber to 30%.
        yield return new(KpiIds.ContactsBluePct, "Contacts rated Blue (%)", KpiArea.FrontDoor, KpiUnit.Percent, KpiPolarity.LowerIsBetter, KpiKind.Flow,
            "the month's contacts with BRAG rating Blue", "contacts dated in the month", KpiSources.Contacts,
            RagRule.FromTarget(20, KpiPolarity.LowerIsBetter, 10), RateOn.Month, ContactsBlue);

        yield return new(KpiIds.ContactsEarlyHelpPct, "Contacts passed to early help (%)", KpiArea.FrontDoor, KpiUnit.Percent, KpiPolarity.Neutral, KpiKind.Flow,
            "the month's contacts with outcome EARLY_HELP", "contacts dated in the month", KpiSources.Contacts, null, RateOn.Month, ContactsEarlyHelp);

        yield return new(KpiIds.EarlyHelpStepDowns, "Early help step-downs from statutory services", KpiArea.FrontDoor, KpiUnit.Count, KpiPolarity.Neutral, KpiKind.Flow,
            "early help episodes starting in the month with route STEP_DOWN", null, KpiSources.EarlyHelp, null, RateOn.Month, EarlyHelpStepDowns);

        yield return new(KpiIds.Referrals, "Referrals", KpiArea.FrontDoor, KpiUnit.Count, KpiPolarity.Neutral, KpiKind.Flow,
            "referrals dated in the month", null, KpiSources.Referrals, null, RateOn.Month, Referrals);

        // Higher is better. Target 85% (England about 83% in 2016/17), amber from 75%.
        var clock = t.AssessmentClockStart == AssessmentClockStart.Referral ? "the referral" : "the assessment start";
        yield return new(KpiIds.AssessmentsWithin45WdPct, $"Assessments authorised within {t.AssessmentWorkingDays} working days (%)", KpiArea.FrontDoor, KpiUnit.Percent, KpiPolarity.HigherIsBetter, KpiKind.Flow,
            $"assessments authorised in the month with at most {t.AssessmentWorkingDays} working days from {clock} to authorisation",
            "assessments authorised in the month", KpiSources.Assessments | (t.AssessmentClockStart == AssessmentClockStart.Referral ? KpiSources.Referrals : KpiSources.None),
            RagRule.FromTarget(85, KpiPolarity.HigherIsBetter, 10), RateOn.Month, AssessmentsWithinTimescale);

        // Lower is better. Target 30%, amber to 40% (the seed: 22% YTD against 48% a year earlier).
        yield return new(KpiIds.AssessmentsNfaPct, "Assessments ending in no further action (%)", KpiArea.FrontDoor, KpiUnit.Percent, KpiPolarity.LowerIsBetter, KpiKind.Flow,
            "assessments authorised in the month with outcome NFA", "assessments authorised in the month", KpiSources.Assessments,
            RagRule.FromTarget(30, KpiPolarity.LowerIsBetter, 10), RateOn.Month, AssessmentsNfa);
    }

    /// <summary>contacts: one per contact, in the month of its date.</summary>
    public static void Contacts(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var c in inputs.Data.Contacts)
        {
            sink.AddEvent(c.ContactDate, true, false, c);
        }
    }

    /// <summary>contacts_nfa_pct: every contact in the denominator, NFA outcomes in the numerator.</summary>
    public static void ContactsNfa(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var c in inputs.Data.Contacts)
        {
            sink.AddEvent(c.ContactDate, c.Outcome == ContactOutcome.Nfa, true, c);
        }
    }

    /// <summary>contacts_blue_pct: every contact in the denominator, BRAG Blue in the numerator.</summary>
    public static void ContactsBlue(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var c in inputs.Data.Contacts)
        {
            sink.AddEvent(c.ContactDate, c.BragRating == BragRating.Blue, true, c);
        }
    }

    /// <summary>contacts_early_help_pct: every contact in the denominator, EARLY_HELP outcomes in the numerator.</summary>
    public static void ContactsEarlyHelp(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var c in inputs.Data.Contacts)
        {
            sink.AddEvent(c.ContactDate, c.Outcome == ContactOutcome.EarlyHelp, true, c);
        }
    }

    /// <summary>early_help_step_downs: early help episodes with route STEP_DOWN, in the month they start.</summary>
    public static void EarlyHelpStepDowns(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var e in inputs.Data.EarlyHelp)
        {
            if (e.Route == EarlyHelpRoute.StepDown)
            {
                sink.AddEvent(e.StartDate, true, false, e);
            }
        }
    }

    /// <summary>referrals: one per referral, in the month of its date.</summary>
    public static void Referrals(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var r in inputs.Data.Referrals)
        {
            sink.AddEvent(r.ReferralDate, true, false, r);
        }
    }

    /// <summary>
    /// assessments_within_45wd_pct: assessments authorised in the month; numerator when
    /// WD(clock start, authorised) &lt;= the timescale. With the referral clock, an assessment whose
    /// referral is missing is left out and reported (ASSESSMENT_REFERRAL_MISSING).
    /// </summary>
    public static void AssessmentsWithinTimescale(KpiInputs inputs, IKpiSink sink)
    {
        var t = inputs.Timescales;
        foreach (var a in inputs.Data.Assessments)
        {
            if (a.AuthorisedDate is not { } authorised)
            {
                continue;
            }
            var start = a.StartDate;
            if (t.AssessmentClockStart == AssessmentClockStart.Referral)
            {
                if (a.ReferralId is null || !inputs.ReferralDates.TryGetValue(a.ReferralId, out start))
                {
                    inputs.Report(new DataIssue(IssueSeverity.Warning, "ASSESSMENT_REFERRAL_MISSING", "assessments", null, "referral_id", a.ReferralId,
                        $"assessment {a.AssessmentId} (child {a.ChildId}) has no matching referral, so the referral clock cannot start; it is left out of {KpiIds.AssessmentsWithin45WdPct}. Add the referral or use the assessment-start clock."), a.AssessmentId);
                    continue;
                }
            }
            if (inputs.TryWorkingDays(start, authorised, "assessments", a.AssessmentId, out var wd))
            {
                sink.AddEvent(authorised, wd <= t.AssessmentWorkingDays, true, a);
            }
        }
    }

    /// <summary>assessments_nfa_pct: assessments authorised in the month; numerator when the outcome is NFA.</summary>
    public static void AssessmentsNfa(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var a in inputs.Data.Assessments)
        {
            if (a.AuthorisedDate is { } authorised)
            {
                sink.AddEvent(authorised, a.Outcome == AssessmentOutcome.Nfa, true, a);
            }
        }
    }
}
