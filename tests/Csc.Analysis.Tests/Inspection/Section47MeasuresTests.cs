using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class Section47MeasuresTests
{
    internal static CaseData Data() => new()
    {
        Children = [.. "ABCDE".Select(c => Child(c.ToString()))],
        Section47Enquiries =
        [
            S47("A", "2017-03-29", "2017-04-19", plan: true),   // Easter: 13 (within, 11-13) / 15 (within, 14-15)
            S47("B", "2017-02-01", "2017-02-01", plan: false),  // same day
            S47("C", "2017-02-10", "2017-02-09", plan: true),   // ICPC before the strategy discussion
            S47("D", "2017-01-09", "2017-01-31", plan: true),   // 16 either way: not within
            S47("E", "2017-03-01", null, notRequired: true),
        ],
    };

    [Fact]
    public void Corrected_BankHolidays_IcpcBeforeS47LeftOut()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Corrected);
        Assert.Equal(5, r.Get("s47_enquiries").Value);
        Assert.Equal(4, r.Get("icpcs").Value);
        Assert.Equal((20.0, 1L, 5L), r.Vnd("s47_icpc_not_required_pct"));
        // [13, 0, 16]: 2 of 3.
        Assert.Equal((66.7, 2L, 3L), r.Vnd("icpc_within_15wd_pct"));
        Assert.Equal(1L, r.Get("s47_icpc_duration_bins", "11-13").Numerator);
        Assert.Equal(0L, r.Get("s47_icpc_duration_bins", "14-15").Numerator);
        Assert.Equal(1L, r.Get("s47_icpc_duration_bins", "16-17").Numerator);
        Assert.Equal(13, r.Get("s47_icpc_duration_percentile", "p50").Value);
        // Plans from 3 of the 4 ICPCs.
        Assert.Equal((75.0, 3L, 4L), r.Vnd("icpc_to_cp_plan_pct"));
    }

    [Fact]
    public void Chat_MondayToFriday_IcpcBeforeS47InTheFirstBin()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Chat);
        // [15, 0, -1, 16]: 3 of 4.
        Assert.Equal((75.0, 3L, 4L), r.Vnd("icpc_within_15wd_pct"));
        Assert.Equal(2L, r.Get("s47_icpc_duration_bins", "same day").Numerator);
        Assert.Equal(1L, r.Get("s47_icpc_duration_bins", "14-15").Numerator);
        Assert.Equal(0L, r.Get("s47_icpc_duration_bins", "11-13").Numerator);
    }
}
