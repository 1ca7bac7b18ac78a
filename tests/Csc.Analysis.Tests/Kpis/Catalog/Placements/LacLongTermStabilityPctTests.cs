using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.Placements;

public sealed class LacLongTermStabilityPctTests
{
    private static (long, long)[] Of(string from, string to, Child child, params LacEpisode[] episodes)
        => Counts(new CaseData { Children = [child], LacEpisodes = episodes }, LacLongTermStabilityPct.Id, from, to);

    [Fact]
    public void PeriodAndPlacementExactlyOnTheirBoundaries()
    {
        // 31 May 2017: d.AddMonths(-30) = 30 Nov 2014 and d.AddYears(-2) = 31 May 2015. The period starts on 30 Nov 2014
        // (in from May 2017, not at 30 Apr 2017, whose boundary is 30 Oct 2014); the placement starts on 31 May 2015
        // (P); a change of legal status (L) on 1 Jan 2016 does not start a placement.
        var c = Of("2017-04", "2017-05", Child("A", "2005-01-01"),
            Ep("A", "2014-11-30", "2015-05-31", "S", "X1"), Ep("A", "2015-05-31", "2016-01-01", "P", "X1"), Ep("A", "2016-01-01", null, "L"));
        Assert.Equal([(0L, 0L), (1L, 1L)], c);
    }

    [Fact]
    public void APlacementYoungerThanTwoYears_NotInTheNumerator()
    {
        // placement from 1 Jun 2015 (after 31 May 2015): in the denominator at 31 May 2017 only; at 30 Jun 2017 (boundary 30 Jun 2015) in both
        var c = Of("2017-05", "2017-06", Child("A", "2005-01-01"),
            Ep("A", "2014-01-01", "2015-06-01", "S", "X1"), Ep("A", "2015-06-01", null, "T"));
        Assert.Equal([(0L, 1L), (1L, 1L)], c);
    }

    [Fact]
    public void SixteenthBirthdayOnMonthEnd_LeavesTheDenominator()
    {
        // born 31 May 2001: 15 at 30 Apr 2017, 16 on 31 May 2017
        var c = Of("2017-04", "2017-05", Child("A", "2001-05-31"), Ep("A", "2010-01-01", null));
        Assert.Equal([(1L, 1L), (0L, 0L)], c);
    }

    [Fact]
    public void ChainOfEpisodes_SameDayContinues_ADayGapStartsANewPeriod()
    {
        // the episode after E4A starts on the day the first ended: one period from 2013, placement from 10 Jan 2015
        var chained = Of("2017-05", "2017-05", Child("A", "2005-01-01"),
            Ep("A", "2013-01-01", "2015-01-10", "S", "E4A"), Ep("A", "2015-01-10", null, "S"));
        Assert.Equal([(1L, 1L)], chained);
        // a day's gap: the period starts on 10 Jan 2015, after 30 Nov 2014: not in the denominator
        var gap = Of("2017-05", "2017-05", Child("A", "2005-01-01"),
            Ep("A", "2013-01-01", "2015-01-09", "S", "E4A"), Ep("A", "2015-01-10", null, "S"));
        Assert.Equal([(0L, 0L)], gap);
    }

    [Fact]
    public void PlacementFrom29February_TwoYearsOldAtTheEndOfMarch()
    {
        // d.AddYears(-2) at 28 Feb 2018 is 28 Feb 2016, before the placement of 29 Feb 2016; at 31 Mar 2018 it is 31 Mar 2016
        var c = Of("2018-02", "2018-03", Child("A", "2008-01-01"),
            Ep("A", "2015-01-01", "2016-02-29", "S", "X1"), Ep("A", "2016-02-29", null, "P"));
        Assert.Equal([(0L, 1L), (1L, 1L)], c);
    }

    [Fact]
    public void NoDateOfBirth_OrShortBreak_LeftOut()
    {
        Assert.Equal([(0L, 0L)], Of("2017-05", "2017-05", Child("A"), Ep("A", "2010-01-01", null)));
        Assert.Equal([(0L, 0L)], Of("2017-05", "2017-05", Child("A", "2005-01-01"), Ep("A", "2010-01-01", null, legal: "V4")));
    }
}
