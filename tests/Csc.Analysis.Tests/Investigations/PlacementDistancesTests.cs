using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;

namespace Csc.Analysis.Tests.Investigations;

public sealed class PlacementDistancesTests
{
    private static readonly DateOnly Day = new(2017, 5, 31);

    private static LacEpisode Episode(string id, double? miles, string legal = "C2", DateOnly? end = null)
        => new(id, "C" + id, new DateOnly(2016, 1, 1), end, "S", legal, "N1", "U1", "PR1", null, miles, null, null);

    [Fact]
    public void At_FourKnownOneUnknown_BandsMedianOfTheMiddleTwoAndFarCount()
    {
        // Known: 2, 10, 20.5, 60 (sorted). Bands: 0-5 {2}, 5-10 {10}, 10-20 {}, 20-50 {20.5}, over 50 {60}.
        // Median of four = (10 + 20.5) / 2 = 15.25. More than 20 miles: 20.5 and 60. The short break and
        // the episode that ended before the day are not open.
        var data = new CaseData
        {
            LacEpisodes =
            [
                Episode("1", 20.5), Episode("2", 2), Episode("3", 60), Episode("4", 10), Episode("5", null),
                Episode("6", 3, legal: "V3"), Episode("7", 3, end: new DateOnly(2017, 5, 1)),
            ],
        };
        var r = PlacementDistances.At(data, Day);
        Assert.Equal(5, r.Open);
        Assert.Equal(4, r.Known);
        Assert.Equal(15.25, r.MedianMiles);
        Assert.Equal(2, r.Far);
        Assert.Equal([1, 1, 0, 1, 1], r.BandCounts);
        Assert.Equal("5 episodes open on 31 May 2017; 4 with a recorded distance, median 15.3 miles, 2 more than 20 miles away.", r.Finding);
    }

    [Fact]
    public void At_OddCount_MedianIsTheMiddleValue()
    {
        var data = new CaseData { LacEpisodes = [Episode("1", 7), Episode("2", 1), Episode("3", 30)] };
        Assert.Equal(7, PlacementDistances.At(data, Day).MedianMiles);
    }

    [Fact]
    public void At_NoDistanceRecorded_SaysWhatWouldGiveThem()
    {
        var data = new CaseData { LacEpisodes = [Episode("1", null)] };
        var r = PlacementDistances.At(data, Day);
        Assert.Null(r.MedianMiles);
        Assert.Equal([0, 0, 0, 0, 0], r.BandCounts);
        Assert.StartsWith("1 episodes open on 31 May 2017, none with a recorded placement distance", r.Finding);
    }

    [Fact]
    public void At_NoEpisodes_SaysNoChildLookedAfter()
    {
        var r = PlacementDistances.At(new CaseData(), Day);
        Assert.Equal(0, r.Open);
        Assert.StartsWith("No child was looked after on 31 May 2017", r.Finding);
    }
}
