using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class EarlyHelpStepDownsTests
{
    [Fact]
    public void OnlyStepDownRoute_SumsYtd()
    {
        var data = new CaseData
        {
            EarlyHelp =
            [
                EarlyHelp("2017-03-31", EarlyHelpRoute.StepDown), // March: previous financial year
                EarlyHelp("2017-04-01", EarlyHelpRoute.StepDown),
                EarlyHelp("2017-05-10", EarlyHelpRoute.StepDown),
                EarlyHelp("2017-05-11", EarlyHelpRoute.FrontDoor),
            ],
        };
        var s = Run(data, "2017-03", "2017-05", null, EarlyHelpStepDowns.Id)[EarlyHelpStepDowns.Id];
        Assert.Equal([1.0, 1.0, 1.0], s.Results.Select(x => x.Value!.Value));
        // YTD restarts on 1 April: March 1 (its own year), April 1, May 1 + 1 = 2.
        Assert.Equal([1.0, 1.0, 2.0], s.Results.Select(x => x.YtdValue!.Value));
    }

    [Fact]
    public void LeapDayAndMonthEnd_CountInTheirStartMonth()
    {
        var data = new CaseData
        {
            EarlyHelp =
            [
                EarlyHelp("2016-02-29", EarlyHelpRoute.StepDown),
                EarlyHelp("2016-02-29", EarlyHelpRoute.StepDown), // same day: two episodes
                EarlyHelp("2016-03-01", EarlyHelpRoute.StepDown),
            ],
        };
        var s = Run(data, "2016-02", "2016-03", null, EarlyHelpStepDowns.Id)[EarlyHelpStepDowns.Id];
        Assert.Equal([2.0, 1.0], s.Results.Select(x => x.Value!.Value));
    }
}
