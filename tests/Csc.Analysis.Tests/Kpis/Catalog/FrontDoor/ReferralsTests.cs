using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class ReferralsTests
{
    [Fact]
    public void CountInMonth_MonthEndsInclusive()
    {
        var data = new CaseData { Referrals = [Referral("2017-05-01"), Referral("2017-05-31"), Referral("2017-06-01")] };
        var s = Run(data, "2017-05", "2017-06", null, Referrals.Id)[Referrals.Id];
        Assert.Equal([2.0, 1.0], s.Results.Select(x => x.Value!.Value));
        Assert.Equal([2.0, 3.0], s.Results.Select(x => x.YtdValue!.Value));
    }

    [Fact]
    public void LeapDay_AndSameDayReferrals_EachCount()
    {
        var data = new CaseData { Referrals = [Referral("2016-02-29"), Referral("2016-02-29"), Referral("2016-03-01")] };
        var s = Run(data, "2016-02", "2016-04", null, Referrals.Id)[Referrals.Id];
        // February 2, March 1, April 0; the YTD restarts on 1 April.
        Assert.Equal([2.0, 1.0, 0.0], s.Results.Select(x => x.Value!.Value));
        Assert.Equal([2.0, 3.0, 0.0], s.Results.Select(x => x.YtdValue!.Value));
    }
}
