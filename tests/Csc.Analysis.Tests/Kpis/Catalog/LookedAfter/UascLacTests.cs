using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class UascLacTests
{
    private static readonly DataSupplied WithUasc = new()
    {
        Tables = new HashSet<CaseTable> { CaseTable.Children, CaseTable.LacEpisodes },
        Fields = new HashSet<OptionalField> { OptionalField.ChildUasc },
    };

    private static Child Uasc(string id, bool? uasc) => Child(id, "2001-01-01") with { Uasc = uasc };

    [Fact]
    public void LookedAfterAtTheMonthEnd_FlaggedY_EachChildOnce()
    {
        var data = new CaseData
        {
            Children = [Uasc("A", true), Uasc("B", true), Uasc("C", false), Uasc("D", null), Uasc("E", true)],
            LacEpisodes =
            [
                Ep("A", "2017-05-31", null),                                          // starts on the month end: looked after at 31 May
                Ep("B", "2017-01-01", "2017-05-31", ceased: "E13"),                   // ends on the month end: looked after at 30 April, not 31 May
                Ep("C", "2017-01-01", null),                                          // N: not counted
                Ep("D", "2017-01-01", null),                                          // blank: not counted
                Ep("E", "2017-02-28", "2017-04-10", ceased: "X1"), Ep("E", "2017-04-10", null, "P"), // a chain of episodes: one child
                Ep("E", "2017-03-01", null, legal: "V3"),                             // a short break: never counted
            ],
            Supplied = WithUasc,
        };
        Assert.Equal([2L, 2L, 2L], Nums(data, UascLac.Id, "2017-03", "2017-05"));
        Assert.Equal([1L, 2L], Nums(data, UascLac.Id, "2017-01", "2017-02")); // B from January, E from 28 February
    }

    [Fact]
    public void LeapDay_StartsAndEnds()
    {
        var data = new CaseData
        {
            Children = [Uasc("A", true)],
            LacEpisodes = [Ep("A", "2016-02-29", "2016-03-31", ceased: "E8")],
            Supplied = WithUasc,
        };
        Assert.Equal([0L, 1L, 0L], Nums(data, UascLac.Id, "2016-01", "2016-03"));
    }

    [Fact]
    public void NoUascColumn_Unavailable()
    {
        var data = new CaseData { Children = [Uasc("A", null)], LacEpisodes = [Ep("A", "2017-01-01", null)] };
        Assert.False(Run(data.Supplying(CaseTable.Children, CaseTable.LacEpisodes), "2017-05", "2017-05", null, UascLac.Id)[UascLac.Id].IsAvailable);
        Assert.True(Run(data with { Supplied = WithUasc }, "2017-05", "2017-05", null, UascLac.Id)[UascLac.Id].IsAvailable);
    }
}
