using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class IcpcToCpPlanPctTests
{
    private static Section47Enquiry Held(string strategy, string? icpc, bool? plan, bool notRequired = false) => S47(strategy, icpc, notRequired) with { CpPlanFromIcpc = plan };

    [Fact]
    public void ConferencesLeadingToAPlan_OfThoseHeldInTheMonth()
    {
        var data = new CaseData
        {
            Section47Enquiries =
            [
                Held("2017-03-20", "2017-03-31", true),  // held 31 March: March
                Held("2017-03-29", "2017-04-01", false), // held 1 April: April
                Held("2017-04-03", "2017-04-30", true),
                Held("2017-04-05", "2017-04-30", null),  // not recorded: held, but not a plan
                Held("2017-04-06", "2017-04-28", true, notRequired: true), // not held
                Held("2017-04-10", null, null),
            ],
        };
        Assert.Equal([(1L, 1L), (1L, 3L), (0L, 0L)], N.Counts(data, IcpcToCpPlanPct.Id, "2017-03", "2017-05"));
        var r = Run(data, "2017-03", "2017-05", null, IcpcToCpPlanPct.Id)[IcpcToCpPlanPct.Id];
        Assert.Null(r[M("2017-05")]!.Value); // no conference in May: no value, not 0%
        Assert.Equal(100.0 / 3, r[M("2017-05")]!.YtdValue!.Value, 9);
    }

    [Fact]
    public void NoEnquiries_Unavailable()
        => Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")] }, "2017-05", "2017-05", null, IcpcToCpPlanPct.Id)[IcpcToCpPlanPct.Id].IsAvailable);
}
