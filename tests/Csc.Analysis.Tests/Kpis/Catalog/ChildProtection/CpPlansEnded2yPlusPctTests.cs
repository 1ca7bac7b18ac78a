using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpPlansEnded2yPlusPctTests
{
    [Fact]
    public void Days728_729_730()
    {
        // all end on 1 May 2019; from 2017 to 2019 there is no 29 February
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2017-05-03", "2019-05-01"), // 728 days: not two years
                Cp("B", "2017-05-02", "2019-05-01"), // 729 days: two years by DfE's count (730 counting the end day)
                Cp("C", "2017-05-01", "2019-05-01"), // 730 days
                Cp("D", "2017-05-01", null),         // open: not an end
            ],
        };
        Assert.Equal([(2L, 3L)], Counts(data, CpPlansEnded2yPlusPct.Id, "2019-05", "2019-05"));
    }

    [Fact]
    public void LeapYears_CountDays_NotCalendarYears()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2015-03-01", "2017-02-27"), // 729 days across 29 February 2016: two years, though 1 March 2017 is the calendar date
                Cp("B", "2016-03-01", "2018-02-27"), // 728 days: no 29 February in between
                Cp("C", "2016-02-29", "2018-02-27"), // 729 days from 29 February (AddYears(2) is 28 February 2018)
                Cp("D", "2016-03-01", "2018-02-28"), // 729 days
            ],
        };
        Assert.Equal([(1L, 1L)], Counts(data, CpPlansEnded2yPlusPct.Id, "2017-02", "2017-02"));
        Assert.Equal([(2L, 3L)], Counts(data, CpPlansEnded2yPlusPct.Id, "2018-02", "2018-02"));
        Assert.True(CpPlansEnded2yPlusPct.LastedTwoYears(D("2016-02-29"), D("2018-02-27")));
        Assert.False(CpPlansEnded2yPlusPct.LastedTwoYears(D("2016-03-01"), D("2018-02-27")));
    }

    [Fact]
    public void MonthEnds_AndThePooledYearToDate()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2015-03-31", "2017-03-31"), // ends on 31 March: March, the previous year; 731 days
                Cp("B", "2016-01-01", "2017-04-01"), // 1 April: short
                Cp("C", "2015-04-30", "2017-04-30"), // 731 days
                Cp("D", "2017-05-31", "2017-05-31"), // starts and ends the same day: 0 days
            ],
        };
        var r = Run(data, "2017-03", "2017-05", null, CpPlansEnded2yPlusPct.Id)[CpPlansEnded2yPlusPct.Id];
        Assert.Equal(100.0, r[M("2017-03")]!.Value);
        Assert.Equal(50.0, r[M("2017-04")]!.Value);
        Assert.Equal(0.0, r[M("2017-05")]!.Value);
        Assert.Equal(100.0 / 3, r[M("2017-05")]!.YtdValue);
    }

    [Fact]
    public void NoPlanEnds_NoValue_NoPlans_Unavailable()
    {
        var open = Run(new CaseData { CpPlans = [Cp("A", "2017-01-01", null)] }, "2017-05", "2017-05", null, CpPlansEnded2yPlusPct.Id)[CpPlansEnded2yPlusPct.Id];
        Assert.True(open.IsAvailable);
        Assert.Null(open[M("2017-05")]!.Value);
        Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, CpPlansEnded2yPlusPct.Id)[CpPlansEnded2yPlusPct.Id].IsAvailable);
    }
}
