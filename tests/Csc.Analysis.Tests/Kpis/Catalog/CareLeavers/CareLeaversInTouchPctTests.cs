using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.CareLeavers;

public sealed class CareLeaversInTouchPctTests
{
    [Fact]
    public void AgesNineteenToTwentyOne_InTheBirthdaysMonth_DiedAndReturnedHomeLeftOut()
    {
        var data = new CaseData
        {
            Children =
            [
                Child("A", "1998-05-31"), Child("B", "1996-06-01"), Child("C", "1995-05-15"), Child("D", "1999-05-15"),
                Child("E", "1996-05-20"), Child("F", "1997-05-21"), Child("G", "1997-05-01"), Child("K", "1998-05-10"), Child("J"),
            ],
            CareLeavers =
            [
                Leaver("A", "2017-05-31"),                                   // 19th birthday on the month end: May
                Leaver("B", "2017-06-01"),                                   // 21st on the 1st of June: June
                Leaver("C", "2017-05-15"),                                   // 22nd: too old
                Leaver("D", "2017-05-15"),                                   // 18th: too young
                Leaver("E", "2017-05-20", CareLeaverContact.Died),           // died: out of the cohort
                Leaver("F", "2017-05-21", CareLeaverContact.ReturnedHome),   // returned home: out
                Leaver("G", "2017-05-01", CareLeaverContact.No),             // 20th, not in touch
                Leaver("K", "2017-05-10", CareLeaverContact.Refused),        // 19th, refuses contact: not in touch
                Leaver("J", "2017-05-10"),                                   // no date of birth: left out
            ],
        };
        Assert.Equal([(1L, 3L), (1L, 1L)], Counts(data, CareLeaversInTouchPct.Id, "2017-05", "2017-06"));
    }

    [Fact]
    public void BornOn29February_TheRecordedBirthdaysMonth()
    {
        var data = new CaseData
        {
            Children = [Child("H", "2000-02-29"), Child("I", "2000-02-29")],
            CareLeavers = [Leaver("H", "2019-02-28"), Leaver("I", "2019-03-01", CareLeaverContact.NotRequired)],
        };
        // both 19 that year: H in February, I (no longer requires services: not in touch) in March
        Assert.Equal([(1L, 1L), (0L, 1L)], Counts(data, CareLeaversInTouchPct.Id, "2019-02", "2019-03"));
    }

    [Fact]
    public void PooledYearToDate_FromApril()
    {
        var data = new CaseData
        {
            Children = [Child("A", "1998-03-31"), Child("B", "1998-04-01"), Child("C", "1997-05-02"), Child("D", "1996-05-31")],
            CareLeavers =
            [
                Leaver("A", "2017-03-31"),                       // March: the year before
                Leaver("B", "2017-04-01"),
                Leaver("C", "2017-05-02", CareLeaverContact.No),
                Leaver("D", "2017-05-31"),
            ],
        };
        var r = Run(data, "2017-03", "2017-05", null, CareLeaversInTouchPct.Id)[CareLeaversInTouchPct.Id];
        Assert.Equal(100.0, r[M("2017-04")]!.YtdValue);
        Assert.Equal(50.0, r[M("2017-05")]!.Value);
        Assert.Equal(200.0 / 3, r[M("2017-05")]!.YtdValue);
    }

    [Fact]
    public void ConfiguredAges_AndTheTitle()
    {
        var data = new CaseData
        {
            Children = [Child("A", "1999-05-01"), Child("B", "1996-05-01")],
            CareLeavers = [Leaver("A", "2017-05-01"), Leaver("B", "2017-05-01", CareLeaverContact.No)],
        };
        var config = new KpiConfig { Timescales = new KpiTimescales { CareLeaverAgeFrom = 17, CareLeaverAgeTo = 18 } };
        Assert.Equal([(1L, 1L)], Counts(data, CareLeaversInTouchPct.Id, "2017-05", "2017-05", config)); // A at 18; B at 21 is out
        Assert.Equal([(0L, 1L)], Counts(data, CareLeaversInTouchPct.Id, "2017-05", "2017-05"));         // the default 19 to 21: B
        Assert.Equal("Care leavers aged 17 to 18 in touch with the council (%)", CareLeaversInTouchPct.Define(config.Timescales).Title);
        Assert.Equal("Care leavers aged 19 to 21 in touch with the council (%)", CareLeaversInTouchPct.Define(KpiTimescales.Default).Title);
    }

    [Fact]
    public void DrillDown_EachRecordAContributionOfTheBirthdaysDay()
    {
        var data = new CaseData
        {
            Children = [Child("A", "1998-05-31"), Child("B", "1997-05-02")],
            CareLeavers = [Leaver("A", "2017-05-31"), Leaver("B", "2017-05-02", CareLeaverContact.No)],
        };
        var c = KpiContributions.For(data, CareLeaversInTouchPct.Id, M("2017-05"));
        Assert.Equal([("A", true, D("2017-05-31")), ("B", false, D("2017-05-02"))], c.Select(x => (x.ChildId, x.InNumerator, x.Date)).OrderBy(x => x.ChildId));
        Assert.All(c, x => Assert.Equal("care_leaver", x.RecordType));
    }

    [Fact]
    public void NoCareLeaversTable_Unavailable_NoRecordInTheMonth_NoValue()
    {
        var data = new CaseData { Children = [Child("A", "1998-01-01")] };
        Assert.False(Run(data.Supplying(CaseTable.Children), "2017-05", "2017-05", null, CareLeaversInTouchPct.Id)[CareLeaversInTouchPct.Id].IsAvailable);
        var empty = Run(data.Supplying(CaseTable.Children, CaseTable.CareLeavers), "2017-05", "2017-05", null, CareLeaversInTouchPct.Id)[CareLeaversInTouchPct.Id];
        Assert.True(empty.IsAvailable);
        Assert.Null(empty[M("2017-05")]!.Value);
    }
}
