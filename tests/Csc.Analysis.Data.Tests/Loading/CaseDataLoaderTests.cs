using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Tests.Canonical;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Loading;

public sealed class CaseDataLoaderTests
{
    /// <summary>A canonical folder of 600 referrals over April 2017 (20 a day) and the lines given after them.</summary>
    private static string Write(TempFolder folder, params string[] more)
    {
        var lines = new List<string> { "referral_id,child_id,referral_date,source,nfa,team,worker" };
        for (var day = 1; day <= 30; day++)
        {
            for (var i = 0; i < 20; i++)
            {
                lines.Add($"R{day:00}{i:00},C{i},2017-04-{day:00},Police,N,Team,W1");
            }
        }
        lines.AddRange(more);
        folder.Write("referrals.csv", string.Join('\n', lines) + "\n");
        return folder.Path;
    }

    [Fact]
    public void WithoutExtractDate_ADateAfterTheDataEnd_IsALocatedWarning_AndTheMonthsStopAtTheEnd()
    {
        using var folder = new TempFolder();
        var load = CaseDataLoader.Load(Write(folder, "R2099,C1,2099-01-01,Police,N,Team,W1"));
        var late = Assert.Single(load.Issues, i => i.RuleId == SharedRules.DateAfterDataEndId);
        Assert.Equal(IssueSeverity.Warning, late.Severity);
        Assert.Equal(("referrals.csv", "referral_date", "2099-01-01"), (late.File, late.Column, late.Value));
        Assert.Equal(
            "referral_date 2099-01-01 of R2099 is after the data's activity, which ends on 2017-04-30: a mistyped date? "
            + "The record is kept, but the months after 2017-04 are reported only when asked for (--to, or --extract-date).",
            late.Reason);
        Assert.Equal(601, load.Data.Referrals.Count);
        Assert.Equal(new ReportingMonth(2017, 4), new Kpis.KpiEngineOptions().ResolveMonths(load.Data)!.Value.To);
    }

    [Fact]
    public void WithAnExtractDate_TheFutureDateIsTheLoadersError_NotALateDate()
    {
        using var folder = new TempFolder();
        var load = CaseDataLoader.Load(Write(folder, "R2099,C1,2099-01-01,Police,N,Team,W1"), options: new LoadOptions { ExtractDate = new DateOnly(2017, 5, 31) });
        Assert.DoesNotContain(load.Issues, i => i.RuleId == SharedRules.DateAfterDataEndId);
        Assert.Contains(load.Issues, i => i.RuleId == "CAN_FUTURE_DATE" && i.Line == 602);
    }

    [Theory]
    [InlineData("9999-01-01", "the year 9999 is outside 1900 to 2100")]
    [InlineData("0001-01-01", "the year 1 is outside 1900 to 2100")]
    public void AnImpossibleYear_IsARejectedRow_NeverACrash(string date, string reason)
    {
        using var folder = new TempFolder();
        var load = CaseDataLoader.Load(Write(folder, $"RBAD,C1,{date},Police,N,Team,W1"));
        var bad = Assert.Single(load.Issues, i => i.Line == 602);
        Assert.Equal(("CAN_DATE_FORMAT", IssueSeverity.Error), (bad.RuleId, bad.Severity));
        Assert.Contains(reason, bad.Reason, StringComparison.Ordinal);
        Assert.Equal(600, load.Data.Referrals.Count);
        Assert.Equal(new ReportingMonth(2017, 4), new Kpis.KpiEngineOptions().ResolveMonths(load.Data)!.Value.To);
    }
}
