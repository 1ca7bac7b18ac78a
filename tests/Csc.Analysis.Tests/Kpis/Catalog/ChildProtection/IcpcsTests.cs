using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class IcpcsTests
{
    [Fact]
    public void HeldInMonth_ExcludeNotRequired()
    {
        var r = Run(S47EnquiriesTests.S47Data(), "2017-04", "2017-05", null, Icpcs.Id);
        // April none; May A, B, C, D (held, though misdated) and F (strategy discussion in April); not E.
        Assert.Equal([0.0, 5.0], r[Icpcs.Id].Results.Select(x => x.Value!.Value));
    }

    [Fact]
    public void CountsInTheMonthOfTheConference()
    {
        var data = new CaseData
        {
            Section47Enquiries =
            [
                S47("2016-02-15", "2016-02-29"), // leap day: February
                S47("2016-02-29", "2016-03-01"), // March
                S47("2016-03-31", "2016-03-31"), // same day as the strategy discussion
            ],
        };
        var s = Run(data, "2016-02", "2016-03", null, Icpcs.Id)[Icpcs.Id];
        Assert.Equal([1.0, 2.0], s.Results.Select(x => x.Value!.Value));
    }
}
