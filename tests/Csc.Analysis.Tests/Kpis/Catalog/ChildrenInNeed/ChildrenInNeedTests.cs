using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;
using ChildrenInNeedKpi = Csc.Analysis.Kpis.Catalog.ChildrenInNeed;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildrenInNeed;

public sealed class ChildrenInNeedTests
{
    private static Referral Ref(string child, string date, string? closed)
        => new(Id("R"), child, D(date), "SCHOOL", false, "MASH", "W1") { ClosureDate = closed is null ? null : D(closed) };

    internal static CaseData Data() => new()
    {
        Referrals =
        [
            Ref("A", "2016-02-29", null),         // open from 29 February 2016, a month end
            Ref("A", "2016-03-15", "2016-04-10"), // A's second, overlapping referral: A counts once
            Ref("B", "2016-01-20", "2016-02-29"), // closes on 29 February itself: not open at that month end
            Ref("C", "2016-03-31", "2016-04-30"), // referred on the month end: in March; closes on 30 April: not in April
            Ref("D", "2016-04-30", "2016-04-30"), // referred and closed on the same day: never open at a month end
            Ref("E", "2016-02-01", "2016-03-01"), // open at 29 February, closed on 1 March
            Ref("E", "2016-03-01", null),         // re-referred the day the first closed: E stays a child in need
        ],
    };

    [Fact]
    public void OpenReferralsAtMonthEnd_EachChildOnce_WorkedByHand()
    {
        // 31 January: B = 1 (E and A not yet referred). 29 February: A, E(1st); B closed on the day = 2. 31 March: A, C, E(2nd) = 3.
        // 30 April: A (its first referral is still open), E(2nd); C closed on the day, D never open = 2.
        Assert.Equal([1L, 2L, 3L, 2L], N.Nums(Data(), ChildrenInNeedKpi.Id, "2016-01", "2016-04"));
    }

    [Fact]
    public void WithoutClosureDates_Unavailable_NotEveryReferralOpenForever()
    {
        var data = new CaseData { Referrals = [Referral("2016-05-01")] };
        var results = Run(data, "2016-05", "2016-05", null, ChildrenInNeedKpi.Id);
        Assert.False(results[ChildrenInNeedKpi.Id].IsAvailable);
        Assert.Equal(
            (IReadOnlyList<OptionalField>)[OptionalField.ReferralClosureDate],
            KpiEngine.MissingOptional(KpiCatalog.Default[ChildrenInNeedKpi.Id], data.SuppliedOrGuess()).Fields);
    }

    [Fact]
    public void TheColumnCarriedButEveryReferralOpen_CountsThem()
    {
        var data = new CaseData
        {
            Referrals = [Referral("2016-05-01")],
            Supplied = new DataSupplied { Tables = new HashSet<CaseTable> { CaseTable.Referrals }, Fields = new HashSet<OptionalField> { OptionalField.ReferralClosureDate } },
        };
        Assert.Equal([1L], N.Nums(data, ChildrenInNeedKpi.Id, "2016-05", "2016-05"));
    }
}
