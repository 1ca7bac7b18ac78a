using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.N;

namespace Csc.Analysis.Tests.Kpis.Catalog.LookedAfter;

public sealed class LacDentalCheckPctTests
{
    private static (long, long) At(CaseData data, string month) => Counts(data, LacDentalCheckPct.Id, month, month).Single();

    [Fact]
    public void ACompletedDentalCheck_NotAnAssessment_NotRefused()
    {
        var data = new CaseData
        {
            LacEpisodes = [Ep("A", "2016-01-01", null), Ep("B", "2016-01-01", null), Ep("C", "2016-01-01", null), Ep("D", "2016-01-01", null)],
            LacHealth =
            [
                Check("A", "2017-03-31", HealthCheckType.DentalCheck),                            // an OC2 flag's day: in from March 2017 to February 2018
                Check("B", "2017-03-31"),                                                          // a health assessment: not a dental check
                Check("C", "2017-03-31", HealthCheckType.DentalCheck, HealthCheckStatus.Refused), // refused
                Check("D", "2017-03-31", HealthCheckType.DentalCheck, HealthCheckStatus.Other),
            ],
        };
        Assert.Equal((0L, 4L), At(data, "2017-02"));
        Assert.Equal((1L, 4L), At(data, "2017-03"));
        Assert.Equal((1L, 4L), At(data, "2018-02"));
        Assert.Equal((0L, 4L), At(data, "2018-03")); // 31 March 2018 less a year is 31 March 2017: out
    }

    [Fact]
    public void TwentyNinthOfFebruary_AndAChainOfEpisodes()
    {
        var data = new CaseData
        {
            // one period from 29 February 2016 through a change of placement on 1 June 2016
            LacEpisodes = [Ep("E", "2016-02-29", "2016-06-01", ceased: "X1"), Ep("E", "2016-06-01", null, "P")],
            LacHealth = [Check("E", "2016-03-01", HealthCheckType.DentalCheck)],
        };
        // 28 February 2017 less a year is 28 February 2016, before the period: not yet in the denominator;
        // at 31 March 2017 the period is a year old and the check of 1 March 2016 is before 31 March 2016: out
        Assert.Equal((0L, 0L), At(data, "2017-02"));
        Assert.Equal((0L, 1L), At(data, "2017-03"));
    }
}
