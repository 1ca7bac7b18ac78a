using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class ContactsTests
{
    [Fact]
    public void MonthBoundaries_CountByContactDate()
    {
        var data = new CaseData
        {
            Contacts =
            [
                Contact("2017-04-30"), // April (last day)
                Contact("2017-05-01"), // May (first day, a bank holiday: still a contact)
                Contact("2017-05-15"),
                Contact("2017-05-20"),
                Contact("2017-05-31"), // May (last day)
                Contact("2017-06-01"), // June
            ],
        };
        var r = Run(data, "2017-04", "2017-06", null, Contacts.Id);
        // April 1, May 4 (1, 15, 20, 31 May), June 1; a count of events: YTD sums 1, 5, 6.
        Assert.Equal([1.0, 4.0, 1.0], r[Contacts.Id].Results.Select(x => x.Value!.Value));
        Assert.Equal([1.0, 5.0, 6.0], r[Contacts.Id].Results.Select(x => x.YtdValue!.Value));
        Assert.Null(r[Contacts.Id, M("2017-05")]!.Denominator);
        Assert.Equal(Rag.None, r[Contacts.Id, M("2017-05")]!.Rag);
    }

    [Fact]
    public void LeapDayAndYearStart_YtdRestartsOnFirstApril()
    {
        var data = new CaseData
        {
            Contacts = [Contact("2016-02-29"), Contact("2016-03-31"), Contact("2016-03-31"), Contact("2016-04-01")],
        };
        var s = Run(data, "2016-02", "2016-04", null, Contacts.Id)[Contacts.Id];
        // 29 February is February's; two on the same day count twice; 1 April starts a new year.
        Assert.Equal([1.0, 2.0, 1.0], s.Results.Select(x => x.Value!.Value));
        Assert.Equal([1.0, 3.0, 1.0], s.Results.Select(x => x.YtdValue!.Value));
    }

    [Fact]
    public void MonthWithoutContacts_IsZeroNotMissing()
    {
        var data = new CaseData { Contacts = [Contact("2017-04-10"), Contact("2017-06-10")] };
        var may = Run(data, "2017-04", "2017-06", null, Contacts.Id)[Contacts.Id, M("2017-05")]!;
        Assert.Equal(0.0, may.Value);
        Assert.Equal(1.0, may.YtdValue);
    }
}
