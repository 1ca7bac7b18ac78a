using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;

namespace Csc.Analysis.Inspection;

/// <summary>
/// List 3: referrals in the window, their rate, source and primary need, the share with no further action and the
/// re-referrals (another referral of the child in the 12 months before).
/// </summary>
internal static class ReferralMeasures
{
    public static void Measure(InspectionContext ctx)
    {
        const string list = InspectionLists.Referrals;
        if (!ctx.Data.SuppliedOrGuess().Has(CaseTable.Referrals))
        {
            ctx.NotCarriedList(list, "the input has no referrals.");
            return;
        }
        var all = ctx.Records(ctx.Data.Referrals, r => r.ChildId + "|" + IsoFormat.Date(r.ReferralDate));
        var rows = all.Where(r => ctx.InWindow(r.ReferralDate)).ToList();
        ctx.CountAndRate(list, KpiIds.Referrals, ctx.Cohort(rows, r => r.ChildId));
        ctx.Count(list, "referrals_records", rows.Count);
        ctx.Percent(list, ReferralsNfaPct.Id, string.Empty, rows.Count(r => r.Nfa), rows.Count);

        // A re-referral: another referral of the child dated on or after date.AddMonths(-12) and before the date.
        var datesByChild = all.GroupBy(r => r.ChildId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ReferralDate).Order().ToArray(), StringComparer.Ordinal);
        var repeats = rows.Count(r =>
        {
            var dates = datesByChild[r.ChildId];
            var i = Array.BinarySearch(dates, r.ReferralDate.AddMonths(-12));
            var first = i >= 0 ? FirstIndex(dates, i) : ~i;
            return first < dates.Length && dates[first] < r.ReferralDate;
        });
        ctx.Percent(list, ReferralsRepeat12mPct.Id, string.Empty, repeats, rows.Count);
        ctx.Mix(list, "referrals_source", [.. rows.Select(r => r.Source)]);
        if (rows.Any(r => r.PrimaryNeedCode is not null))
        {
            ctx.Mix(list, "referrals_primary_need", [.. rows.Select(r => r.PrimaryNeedCode)]);
        }
        ctx.Demographics(list, rows.Select(r => (r.ChildId, r.ReferralDate)));
    }

    private static int FirstIndex(DateOnly[] dates, int i)
    {
        while (i > 0 && dates[i - 1] == dates[i])
        {
            i--;
        }
        return i;
    }
}
