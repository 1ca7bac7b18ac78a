using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

public sealed class PeerComparisonTests
{
    private static readonly ReportingMonth February = new(2017, 2);

    // A council with n contacts on 28 February 2017, n of them going on to a referral when referred is true.
    private static KpiResults Council(int contacts)
        => KpiEngine.Compute(new CaseData
        {
            ExtractDate = new DateOnly(2017, 3, 31),
            Contacts = [.. Enumerable.Range(1, contacts).Select(i => new Contact($"K{i}", $"C{i}", new DateOnly(2017, 2, 28), null, BragRating.None, ContactOutcome.Referral, null))],
        }, new KpiEngineOptions { From = February, To = February });

    [Fact]
    public void Compare_MedianRangeAndNoRankForACount()
    {
        var peers = new[] { (CouncilCode.Parse("001"), 1), (CouncilCode.Parse("002"), 4), (CouncilCode.Parse("003"), 6) }
            .Select(p => new CouncilKpiResults(p.Item1, Council(p.Item2))).ToList();
        var comparison = PeerComparison.Compare(CouncilCode.Parse("311"), Council(2), peers, February);
        Assert.Equal(["001", "002", "003"], comparison.Peers.Select(p => p.Value));
        var contacts = Assert.Single(comparison.Rows, r => r.KpiId == KpiIds.Contacts);
        // Others 1, 4 and 6: median 4, lowest 1, highest 6; a count is not ranked; four councils have a figure.
        Assert.Equal(new PeerComparisonRow(KpiIds.Contacts, 2, 4, 1, 6, null, 4), contacts);
    }

    [Fact]
    public void Compare_NoPeerFigure_MedianIsNull()
    {
        var comparison = PeerComparison.Compare(CouncilCode.Parse("311"), Council(2), [], February);
        var contacts = Assert.Single(comparison.Rows, r => r.KpiId == KpiIds.Contacts);
        Assert.Equal((2.0, (double?)null, 1), (contacts.Value!.Value, contacts.Median, contacts.Of));
    }
}
