using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reliability;

namespace Csc.Analysis.Tests.Reliability;

public sealed class KpiReliabilityTests
{
    private static LoadResult Load(params SourceFile[] files) => new(DataFormat.Canonical, new CaseData(), [], files);

    [Fact]
    public void EveryRowLoaded_AndJoined_IsReliable()
        => Assert.False(KpiReliability.Assess(Load(new SourceFile("/d/cp_visits.csv", "", 10, 10) { Table = CaseTable.CpVisits }), KpiCatalog.Default).Any);

    [Fact]
    public void ATableWhoseChildIdsDoNotJoin_MakesTheKpisItFeedsUnreliable_WithNoRowRejected()
    {
        var reliability = KpiReliability.Assess(Load(new SourceFile("/d/cp_visits.csv", "", 10, 20663) { Table = CaseTable.CpVisits, ChildIdsDoNotJoin = true }), KpiCatalog.Default);
        Assert.Contains("cp_visits_within_15wd_pct", reliability.UnreliableKpis);
        Assert.DoesNotContain("referrals", reliability.UnreliableKpis);
        Assert.Equal("cp_visits.csv: its child ids do not join children.csv", Assert.Single(reliability.Losses).Describe());
    }

    [Fact]
    public void RejectedRows_AndIdsThatDoNotJoin_AreBothSaid()
    {
        var loss = new TableLoss { Table = CaseTable.Referrals, FileName = "referrals.csv", RowsRead = 4, RowsRejected = 1, FileRejected = false, ChildIdsDoNotJoin = true };
        Assert.Equal("referrals.csv: 1 of 4 rows rejected; its child ids do not join children.csv", loss.Describe());
        Assert.Equal("referrals.csv: 1 of 4 rows rejected", (loss with { ChildIdsDoNotJoin = false }).Describe());
    }
}
