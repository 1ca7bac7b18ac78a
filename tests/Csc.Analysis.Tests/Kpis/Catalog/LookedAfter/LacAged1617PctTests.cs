using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacAged1617PctTests
{
    [Fact]
    public void SixteenOnMonthEnd_WorkedByHand()
    {
        var r = Run(LacTests.LacData(), "2017-05", "2017-05", null, LacAged1617Pct.Id);
        var may = r[LacAged1617Pct.Id, M("2017-05")]!;
        // 31 May 2017: L1 (born 15 Jun 2000) is 16; L5 has no child row (not in the numerator); L6 is 7: 1 / 3.
        Assert.Equal((1L, 3L), (may.Numerator!.Value, may.Denominator!.Value));
    }

    [Fact]
    public void LeapDayBirthday_EighteenOnFirstMarch()
    {
        // Born 29 Feb 2000: 16 on 29 Feb 2016; 18 on 1 March 2018 (2018 is not a leap year).
        var data = new CaseData
        {
            Children = [Child("A", "2000-02-29")],
            LacEpisodes = [Lac("A", "2015-01-01", null)],
        };
        var s = Run(data, "2016-01", "2018-03", null, LacAged1617Pct.Id)[LacAged1617Pct.Id];
        Assert.Equal(0L, s[M("2016-01")]!.Numerator); // 15 on 31 Jan 2016
        Assert.Equal(1L, s[M("2016-02")]!.Numerator); // 16 on 29 Feb 2016
        Assert.Equal(1L, s[M("2018-02")]!.Numerator); // still 17 on 28 Feb 2018
        Assert.Equal(0L, s[M("2018-03")]!.Numerator); // 18 on 31 Mar 2018
    }
}
