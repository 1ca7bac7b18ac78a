using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class CpPlansOpen2yPlusPctTests
{
    [Fact]
    public void StartedTwoYearsBefore_TheMonthEnd_Counts()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("A", "2017-05-31", null),         // at 31 May 2019: started on d.AddYears(-2) exactly: in
                Cp("B", "2017-06-01", null),         // a day short
                Cp("C", "2017-05-01", null),         // in
                Cp("D", "2015-01-01", "2019-05-31"), // ends on the month end: not on a plan at 31 May, on one at 30 April
            ],
        };
        // 30 April 2019: A, B, C, D on plans; only D started on or before 30 April 2017.
        // 31 May 2019: A, B, C; A and C started on or before 31 May 2017.
        Assert.Equal([(1L, 4L), (2L, 3L)], Counts(data, CpPlansOpen2yPlusPct.Id, "2019-04", "2019-05"));
    }

    [Fact]
    public void TwentyNinthOfFebruary_TwoYearsOldAtTheEndOfMarch()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("E", "2016-02-29", null), // 28 February 2018 less two years is 28 February 2016: not yet
                Cp("F", "2016-02-28", null), // two years old at 28 February 2018
                Cp("G", "2016-03-31", null), // two years old at 31 March 2018
            ],
        };
        Assert.Equal([(0L, 3L), (1L, 3L), (3L, 3L)], Counts(data, CpPlansOpen2yPlusPct.Id, "2018-01", "2018-03"));
    }

    [Fact]
    public void SeveralPlans_TheEarliestOpenPlanStandsForTheChild()
    {
        var data = new CaseData
        {
            CpPlans =
            [
                Cp("X", "2015-01-10", "2017-03-15"), // X's first plan: two years old from January 2017
                Cp("X", "2016-06-01", null),         // overlapping second plan: stands for X once the first ends
                Cp("Y", "2014-01-01", "2017-01-15"), // Y's plan ends and a new one starts the same day:
                Cp("Y", "2017-01-15", null),         // the new plan stands for Y, a new start
            ],
        };
        // December 2016: X by its first plan (started 10 January 2015, after 31 December 2014): not yet; Y's old plan: in.
        // January 2017: X's first plan is two years old (10 January 2015 <= 31 January 2015); Y's new plan is not.
        // March 2017: X's first plan ended on 15 March; its second (June 2016) stands: not two years. Each child once.
        Assert.Equal([(1L, 2L), (1L, 2L), (1L, 2L), (0L, 2L)], Counts(data, CpPlansOpen2yPlusPct.Id, "2016-12", "2017-03"));
    }

    [Fact]
    public void NoPlanOpen_NoValue_NoPlans_Unavailable()
    {
        var ended = Run(new CaseData { CpPlans = [Cp("A", "2015-01-01", "2017-04-30")] }, "2017-05", "2017-05", null, CpPlansOpen2yPlusPct.Id)[CpPlansOpen2yPlusPct.Id];
        Assert.True(ended.IsAvailable);
        Assert.Null(ended[M("2017-05")]!.Value);
        Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, CpPlansOpen2yPlusPct.Id)[CpPlansOpen2yPlusPct.Id].IsAvailable);
    }
}
