using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.CareLeavers;

public sealed class CareLeaversSuitableAccommodationPctTests
{
    [Fact]
    public void SuitableY_NotRecordedIsNotSuitable_OverTheWholeCohort()
    {
        var data = new CaseData
        {
            Children = [Child("A", "1998-05-31"), Child("B", "1997-05-01"), Child("C", "1996-05-15"), Child("D", "1996-05-16"), Child("E", "1997-02-28")],
            CareLeavers =
            [
                Leaver("A", "2017-05-31", suitable: true),                            // the month end: May
                Leaver("B", "2017-05-01", CareLeaverContact.No, suitable: null),      // not in touch, not known: in the denominator
                Leaver("C", "2017-05-15", suitable: false),
                Leaver("D", "2017-05-16", CareLeaverContact.Died, suitable: true),    // died: out of the cohort
                Leaver("E", "2017-02-28", suitable: true),                            // February
            ],
        };
        Assert.Equal([(1L, 1L), (0L, 0L), (0L, 0L), (1L, 3L)], Counts(data, CareLeaversSuitableAccommodationPct.Id, "2017-02", "2017-05"));
    }

    [Fact]
    public void TwoRecordsOfOneYoungPerson_BothCount()
    {
        // records, not children: the 20th birthday's record and a repeated one the same day
        var data = new CaseData
        {
            Children = [Child("A", "1997-05-31")],
            CareLeavers = [Leaver("A", "2017-05-31", suitable: true), Leaver("A", "2017-05-31", suitable: false)],
        };
        Assert.Equal([(1L, 2L)], Counts(data, CareLeaversSuitableAccommodationPct.Id, "2017-05", "2017-05"));
    }
}
