using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class S47EnquiriesTests
{
    /// <summary>Section 47 enquiries around the May 2017 bank holidays, shared by the ICPC tests.</summary>
    internal static CaseData S47Data() => new()
    {
        Section47Enquiries =
        [
            S47("2017-05-02", "2017-05-02"),             // A: same day, 0 WD: within
            S47("2017-05-08", "2017-05-30"),             // B: 15 WD because 29 May is a bank holiday: within
            S47("2017-05-05", "2017-05-30"),             // C: 16 WD: not within
            S47("2017-05-10", "2017-05-09"),             // D: ICPC before the strategy discussion: data error
            S47("2017-05-03", "2017-05-20", notRequired: true), // E: marked not required: no ICPC
            S47("2017-04-20", "2017-05-11"),             // F: 14 WD over Easter and 1 May: within
            S47("2017-04-03", null),                     // G: no ICPC
        ],
    };

    [Fact]
    public void CountByStrategyDiscussionMonth()
    {
        var s = Run(S47Data(), "2017-04", "2017-05", null, S47Enquiries.Id)[S47Enquiries.Id];
        // April: F, G. May: A, B, C, D, E (an enquiry with no ICPC needed is still an enquiry).
        Assert.Equal([2.0, 5.0], s.Results.Select(x => x.Value!.Value));
        Assert.Equal([2.0, 7.0], s.Results.Select(x => x.YtdValue!.Value));
    }

    [Fact]
    public void LeapDayAndYearEnd_CountInTheirOwnMonth()
    {
        var data = new CaseData { Section47Enquiries = [S47("2016-02-29", null), S47("2016-03-31", null), S47("2016-04-01", null)] };
        var s = Run(data, "2016-02", "2016-04", null, S47Enquiries.Id)[S47Enquiries.Id];
        Assert.Equal([1.0, 1.0, 1.0], s.Results.Select(x => x.Value!.Value));
        Assert.Equal([1.0, 2.0, 1.0], s.Results.Select(x => x.YtdValue!.Value));
    }
}
