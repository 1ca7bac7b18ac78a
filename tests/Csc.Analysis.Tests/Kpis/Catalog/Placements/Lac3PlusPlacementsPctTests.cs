using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.Placements;

public sealed class Lac3PlusPlacementsPctTests
{
    private static CaseData Data() => new()
    {
        LacEpisodes =
        [
            // A: S 15 Jun 2016, P 10 Jan 2017, P 1 Mar 2017 (a chain)
            Ep("A", "2016-06-15", "2017-01-10", "S", "X1"), Ep("A", "2017-01-10", "2017-03-01", "P", "X1"), Ep("A", "2017-03-01", null, "P"),
            // B: in care since 2014; a change of legal status only (L) and one move (P)
            Ep("B", "2014-01-01", "2016-09-01", "S", "X1"), Ep("B", "2016-09-01", "2017-02-01", "L", "X1"), Ep("B", "2017-02-01", null, "P"),
            // C: a first period from 29 Feb 2016 to 15 Mar 2016, then again from 1 Dec 2016 with one move
            Ep("C", "2016-02-29", "2016-03-15", "S", "E4A"), Ep("C", "2016-12-01", "2017-01-15", "S", "X1"), Ep("C", "2017-01-15", null, "P"),
            // E: short breaks only: never in the denominator
            Ep("E", "2017-01-01", "2017-01-03", "S", "E13", legal: "V3"), Ep("E", "2017-02-01", "2017-02-03", "S", "E13", legal: "V3"), Ep("E", "2017-03-01", null, "S", legal: "V3"),
        ],
    };

    [Fact]
    public void ThreeOrMorePlacements_WorkedByHand()
    {
        // 31 Jan 2017 (w = 31 Jan 2016): A has S, P = 2; B open at w + P? no (P is 1 Feb): 1; C has S 29 Feb, S 1 Dec, P 15 Jan = 3.
        // 28 Feb 2017 (w = 28 Feb 2016): A 2; B open at w + P 1 Feb = 2; C: 29 Feb 2016 is after w, so still 3.
        // 31 Mar 2017 (w = 31 Mar 2016): A S, P, P = 3; B 2; C: 29 Feb is out and the first period ended on 15 Mar, before w: 2.
        // 31 May 2017 (w = 31 May 2016): A 3 (S 15 Jun is in the window); B 2; C 2.
        // 30 Jun 2017 (w = 30 Jun 2016): A is open at w (+1) with P, P: 3.
        var c = Counts(Data(), Lac3PlusPlacementsPct.Id, "2017-01", "2017-06");
        Assert.Equal([(1L, 3L), (1L, 3L), (1L, 3L), (1L, 3L), (1L, 3L), (1L, 3L)], c);
        Assert.Equal([1L, 1L, 0L], Nums(new CaseData { LacEpisodes = Data().LacEpisodes.Where(e => e.ChildId == "C").ToArray() }, Lac3PlusPlacementsPct.Id, "2017-01", "2017-03"));
        Assert.Equal([0L, 0L, 1L, 1L, 1L, 1L], Nums(new CaseData { LacEpisodes = Data().LacEpisodes.Where(e => e.ChildId == "A").ToArray() }, Lac3PlusPlacementsPct.Id, "2017-01", "2017-06"));
    }

    [Fact]
    public void PlacementsLeaveTheWindowAfterTwelveMonths()
    {
        // S 10 Jan 2016, P 20 Jan 2016, P 31 Jan 2016: 3 at 31 Jan 2016 to 31 Dec 2016 (w = 31 Dec 2015);
        // at 31 Jan 2017 (w = 31 Jan 2016) the episode open at w counts 1 and the three starts are all on or before w: 1.
        var data = new CaseData
        {
            LacEpisodes = [Ep("A", "2016-01-10", "2016-01-20", "S", "X1"), Ep("A", "2016-01-20", "2016-01-31", "P", "X1"), Ep("A", "2016-01-31", null, "P")],
        };
        var n = Nums(data, Lac3PlusPlacementsPct.Id, "2016-01", "2017-01");
        Assert.Equal([.. Enumerable.Repeat(1L, 12), 0L], n);
    }

    [Fact]
    public void SameDayMoves_EachEpisodeIsAPlacement()
    {
        // S and P on 2 May, P on 20 May: three placements in May (an episode that starts and ends the same day counts)
        var data = new CaseData
        {
            LacEpisodes = [Ep("A", "2017-05-02", "2017-05-02", "S", "X1"), Ep("A", "2017-05-02", "2017-05-20", "P", "X1"), Ep("A", "2017-05-20", null, "B")],
        };
        Assert.Equal([(1L, 1L)], Counts(data, Lac3PlusPlacementsPct.Id, "2017-05", "2017-05"));
    }

    [Fact]
    public void NoEpisodes_Unavailable()
        => Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, Lac3PlusPlacementsPct.Id)[Lac3PlusPlacementsPct.Id].IsAvailable);
}
