using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.ChildProtection;

public sealed class IcpcWithin15WdPctTests
{
    [Fact]
    public void SameDayBankHolidayAndDataError_WorkedByHand()
    {
        var r = Run(S47EnquiriesTests.S47Data(), "2017-05", "2017-05", null, IcpcWithin15WdPct.Id);
        var may = r[IcpcWithin15WdPct.Id, M("2017-05")]!;
        // Denominator A, B, C, F (D excluded); numerator A, B, F: 3 / 4 = 75%.
        Assert.Equal((3L, 4L, 75.0), (may.Numerator!.Value, may.Denominator!.Value, may.Value!.Value));
        // Target 90, amber from 80: red.
        Assert.Equal(Rag.Red, may.Rag);
        Assert.Equal(90.0, may.Target);
        var issue = Assert.Single(r.Issues);
        Assert.Equal("ICPC_BEFORE_S47", issue.RuleId);
        Assert.Equal(IssueSeverity.Warning, issue.Severity); // the row is kept (the ICPC was held), only left out of the percentage
        Assert.Equal("2017-05-09", issue.Value);
        Assert.Contains("is before its strategy discussion on 2017-05-10", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredTenDays_ChangesTitleNotId()
    {
        var config = new KpiConfig { Timescales = new KpiTimescales { IcpcWorkingDays = 10 } };
        var r = Run(S47EnquiriesTests.S47Data(), "2017-05", "2017-05", config, IcpcWithin15WdPct.Id);
        var may = r[IcpcWithin15WdPct.Id, M("2017-05")]!;
        // Only A (0 WD) is within 10.
        Assert.Equal((1L, 4L), (may.Numerator!.Value, may.Denominator!.Value));
        Assert.Equal("ICPCs within 10 working days of the strategy discussion (%)", r[IcpcWithin15WdPct.Id].Definition.Title);
    }

    [Fact]
    public void LeapYear_FifteenthWorkingDayOnTheLeapDay_Within()
    {
        // From Mon 8 Feb 2016: 9-12 Feb = 4, 15-19 Feb 9, 22-26 Feb 14, Mon 29 Feb 15: within; Tue 1 March 16: not.
        var data = new CaseData { Section47Enquiries = [S47("2016-02-08", "2016-02-29"), S47("2016-02-08", "2016-03-01")] };
        var s = Run(data, "2016-02", "2016-03", null, IcpcWithin15WdPct.Id)[IcpcWithin15WdPct.Id];
        Assert.Equal([(1L, 1L), (0L, 1L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
    }
}
