using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class ReferralsRepeat12mPctTests
{
    private static Referral Ref(string child, string date) => new(Id("R"), child, D(date), "SCHOOL", false, "MASH", "W1");

    private static CaseData Data() => new()
    {
        // given out of date order: the calculation sorts each child's referrals itself
        Referrals =
        [
            // A: 28 Feb 2017 less 12 months is 28 Feb 2016, so 29 Feb 2016 is inside: both 28 Feb 2017 referrals are repeats
            Ref("A", "2017-02-28"), Ref("A", "2016-02-29"), Ref("A", "2017-02-28"),
            // B: exactly 12 months (1 Mar 2017 less 12 months is 1 Mar 2016, on or after): a repeat
            Ref("B", "2016-03-01"), Ref("B", "2017-03-01"),
            // C: 1 Mar 2017 less 12 months is 1 Mar 2016: 29 Feb 2016 is one day too early
            Ref("C", "2016-02-29"), Ref("C", "2017-03-01"),
            // D: two referrals on one day: neither has another strictly before it
            Ref("D", "2017-03-15"), Ref("D", "2017-03-15"),
            // E: month ends: 31 Mar 2017 less 12 months is 31 Mar 2016: a repeat; 1 May 2017 against 30 Apr 2016: not
            Ref("E", "2016-03-31"), Ref("E", "2017-03-31"), Ref("F", "2016-04-30"), Ref("F", "2017-05-01"),
            // G: a chain: each referral is measured from the child's latest earlier one
            Ref("G", "2015-05-10"), Ref("G", "2016-05-05"), Ref("G", "2017-05-01"),
        ],
    };

    [Fact]
    public void ReReferrals_WorkedByHand()
    {
        // Feb 2016: A, C on 29 Feb (first referrals): 0 of 2. Feb 2017: A twice: 2 of 2.
        // Mar 2017: B yes, C no, D no, D no, E yes: 2 of 5. May 2017: F no, G yes (5 May 2016 >= 1 May 2016): 1 of 2.
        Assert.Equal([(0L, 2L)], N.Counts(Data(), ReferralsRepeat12mPct.Id, "2016-02", "2016-02"));
        Assert.Equal([(2L, 2L), (2L, 5L), (0L, 0L), (1L, 2L)], N.Counts(Data(), ReferralsRepeat12mPct.Id, "2017-02", "2017-05"));
        // G's May 2016 referral is a repeat of May 2015 (10 May 2015 >= 5 May 2015); E's and B's 2016 ones are first referrals
        Assert.Equal([(1L, 1L)], N.Counts(Data(), ReferralsRepeat12mPct.Id, "2016-05", "2016-05"));
        Assert.Equal([(0L, 2L)], N.Counts(Data(), ReferralsRepeat12mPct.Id, "2016-03", "2016-03"));
        var r = Run(Data(), "2017-04", "2017-05", null, ReferralsRepeat12mPct.Id)[ReferralsRepeat12mPct.Id];
        Assert.Null(r[M("2017-04")]!.Value); // no referrals in April: no value
        Assert.Equal(50.0, r[M("2017-05")]!.YtdValue);
    }

    [Fact]
    public void NoReferrals_Unavailable()
        => Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, ReferralsRepeat12mPct.Id)[ReferralsRepeat12mPct.Id].IsAvailable);
}
