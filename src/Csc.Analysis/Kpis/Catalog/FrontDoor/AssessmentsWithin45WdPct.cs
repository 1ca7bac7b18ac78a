namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// assessments_within_45wd_pct: assessments authorised within the assessment timescale (45 working
/// days by default) of the clock start (the assessment's start, or its referral when configured).
/// </summary>
public static class AssessmentsWithin45WdPct
{
    /// <summary>The stable id (it stays the same when the timescale changes).</summary>
    public const string Id = "assessments_within_45wd_pct";

    /// <summary>The definition with the configured timescale and clock start.</summary>
    public static KpiDefinition Define(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        var referralClock = timescales.AssessmentClockStart == AssessmentClockStart.Referral;
        var clock = referralClock ? "the referral" : "the assessment start";
        return new()
        {
            Id = Id,
            Title = $"Assessments authorised within {timescales.AssessmentWorkingDays} working days (%)",
            Area = KpiArea.FrontDoor,
            Unit = KpiUnit.Percent,
            Kind = KpiKind.Flow,
            Numerator = $"assessments authorised in the month with at most {timescales.AssessmentWorkingDays} working days from {clock} to authorisation",
            Denominator = "assessments authorised in the month",
            Sources = KpiSources.Assessments | (referralClock ? KpiSources.Referrals : KpiSources.None),
            Polarity = KpiPolarity.HigherIsBetter,
            Target = new() { Value = 85, AmberBand = 10, Reason = "England was about 83% in 2016/17" },
            Calculation = Calculate,
        };
    }

    /// <summary>
    /// Assessments authorised in the month; numerator when WD(clock start, authorised) &lt;= the
    /// timescale. With the referral clock, an assessment whose referral is missing is left out and
    /// reported (ASSESSMENT_REFERRAL_MISSING).
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
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
                    inputs.Report(KpiRules.Issue(KpiRules.AssessmentReferralMissing, "assessments", "referral_id", a.ReferralId,
                        $"assessment {a.AssessmentId} (child {a.ChildId}) has no matching referral, so the referral clock cannot start; it is left out of {Id}. Add the referral or use the assessment-start clock."), a.AssessmentId);
                    continue;
                }
            }
            if (inputs.TryWorkingDays(start, authorised, "assessments", a.AssessmentId, out var wd))
            {
                sink.AddEvent(authorised, wd <= t.AssessmentWorkingDays, true, a);
            }
        }
    }
}
