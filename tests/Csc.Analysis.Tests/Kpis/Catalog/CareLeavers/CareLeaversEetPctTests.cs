using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.CareLeavers;

public sealed class CareLeaversEetPctTests
{
    [Theory]
    [InlineData("F1", true)]
    [InlineData("F5", true)]
    [InlineData("P1", true)]
    [InlineData("P5", true)]
    [InlineData("F6", false)]
    [InlineData("G4", false)]
    [InlineData("P0", false)]
    [InlineData(null, false)]
    public void ActivityF1ToF5OrP1ToP5(string? activity, bool eet)
    {
        var data = new CaseData { Children = [Child("A", "1998-05-31")], CareLeavers = [Leaver("A", "2017-05-31", activity: activity)] };
        Assert.Equal([(eet ? 1L : 0L, 1L)], Counts(data, CareLeaversEetPct.Id, "2017-05", "2017-05"));
    }

    [Fact]
    public void RefusedContactStaysInTheCohort_ReturnedHomeDoesNot_TheMonthEnds()
    {
        var data = new CaseData
        {
            Children = [Child("A", "1996-04-30"), Child("B", "1997-05-01"), Child("C", "1998-05-01"), Child("D", "2000-02-29")],
            CareLeavers =
            [
                Leaver("A", "2017-04-30", activity: "F2"),                                  // 21st, 30 April: April
                Leaver("B", "2017-05-01", CareLeaverContact.Refused, activity: null),        // refuses contact: in the denominator
                Leaver("C", "2017-05-01", CareLeaverContact.ReturnedHome, activity: "P2"),   // returned home: out
                Leaver("D", "2020-02-29", activity: "P3"),                                  // 20th on 29 February 2020
            ],
        };
        Assert.Equal([(1L, 1L), (0L, 1L)], Counts(data, CareLeaversEetPct.Id, "2017-04", "2017-05"));
        Assert.Equal([(1L, 1L)], Counts(data, CareLeaversEetPct.Id, "2020-02", "2020-02"));
    }
}
