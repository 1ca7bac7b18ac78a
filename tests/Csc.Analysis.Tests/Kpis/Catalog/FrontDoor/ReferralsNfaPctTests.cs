using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class ReferralsNfaPctTests
{
    private static Referral Ref(string date, bool nfa) => new(Id("R"), Id("C"), D(date), "SCHOOL", nfa, "MASH", "W1");

    [Fact]
    public void NfaReferrals_OfTheMonthsReferrals_PooledFromApril()
    {
        var data = new CaseData
        {
            Referrals = [Ref("2017-03-31", true), Ref("2017-04-01", true), Ref("2017-04-30", false), Ref("2017-04-30", false), Ref("2017-05-01", true), Ref("2016-02-29", true)],
        };
        Assert.Equal([(1L, 1L), (1L, 3L), (1L, 1L)], N.Counts(data, ReferralsNfaPct.Id, "2017-03", "2017-05"));
        var r = Run(data, "2016-02", "2017-05", null, ReferralsNfaPct.Id)[ReferralsNfaPct.Id];
        Assert.Equal(100.0, r[M("2016-02")]!.Value);
        Assert.Null(r[M("2016-03")]!.Value); // no referrals: no value, not 0%
        // the YTD pools from 1 April: 2 of 4 at May 2017; March's referral is in the year before
        Assert.Equal(50.0, r[M("2017-05")]!.YtdValue);
        Assert.Equal(100.0, r[M("2017-03")]!.YtdValue);
    }

    [Fact]
    public void NoReferrals_Unavailable()
        => Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, ReferralsNfaPct.Id)[ReferralsNfaPct.Id].IsAvailable);
}
