namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// referrals_repeat_12m_pct: of the referrals dated in the month, those whose child has another referral dated on or
/// after referral_date.AddMonths(-12) and strictly before referral_date (DfE's re-referrals within 12 months, CIN census).
/// </summary>
public static class ReferralsRepeat12mPct
{
    /// <summary>The stable id.</summary>
    public const string Id = "referrals_repeat_12m_pct";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Re-referrals within 12 months (%)",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.Percent,
        Kind = KpiKind.Flow,
        Numerator = "of those, referrals whose child has another referral dated on or after referral_date.AddMonths(-12) and before referral_date",
        Denominator = "referrals dated in the month",
        Sources = KpiSources.Referrals,
        Polarity = KpiPolarity.LowerIsBetter,
        Calculation = Calculate,
    };

    /// <summary>
    /// The referrals sorted once by child, then date (a linear counting sort by child); walking each child's referrals
    /// in date order, a referral is a re-referral when the child's latest referral dated before its own day (not one on
    /// the same day) is on or after its date less 12 months.
    /// </summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (referrals, keys) = KpiInputs.SortByChild(inputs.Data.Referrals.ToArray(), static r => r.ChildId, static r => r.ReferralDate.DayNumber, inputs.ChildKeyOf);
        var child = -1;
        DateOnly? latest = null;        // the date of the child's latest referral so far
        DateOnly? latestBefore = null;  // the child's latest referral date before the current referral's day
        for (var i = 0; i < referrals.Length; i++)
        {
            var r = referrals[i];
            if (keys[i] != child)
            {
                child = keys[i];
                latest = null;
                latestBefore = null;
            }
            if (latest is { } l && l < r.ReferralDate)
            {
                latestBefore = l;
            }
            var repeat = latestBefore is { } before && before >= r.ReferralDate.AddMonths(-12);
            sink.AddEvent(r.ReferralDate, repeat, true, r);
            latest = r.ReferralDate;
        }
    }
}
