using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class InspectionTableTests
{
    [Fact]
    public void Columns_ExactlyAsTheContract()
    {
        var r = Run(new CaseData { Referrals = [Referral("A", "2017-05-01", nfa: true)] }, "2017-05-31", InspectionConvention.Corrected);
        var lines = InspectionTable.ToText(r).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("list,measure_id,category,value,numerator,denominator,unit", lines[0]);
        Assert.Contains("referrals,referrals,,1,,,count", lines);
        Assert.Contains("referrals,referrals_rate_per_10k,,,1,,rate_per_10k", lines);
        Assert.Contains("referrals,referrals_nfa_pct,,100,1,1,percent", lines);
        Assert.Contains("referrals,referrals_source,1A,100,1,1,percent", lines);
    }

    [Fact]
    public void EveryRule_HasAnInspId()
    {
        Assert.All(InspectionRules.All, r => Assert.StartsWith("INSP_", r.Id, StringComparison.Ordinal));
        Assert.Equal(InspectionRules.All.Count, InspectionRules.All.Select(r => r.Id).Distinct().Count());
    }
}
